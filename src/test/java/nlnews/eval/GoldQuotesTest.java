package nlnews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldQuotesTest {

  @Test
  void readsOneQuotePerLineAndSkipsBlankLines() {
    GoldQuotes.Parsed parsed =
        GoldQuotes.parse(
            "\uFEFF{\"article\": \"01.txt\", \"quote\": \"Dat klopt.\", \"speaker\": \"Dick Schoof\", \"kind\": \"direct\"}\n"
                + "\n"
                + "{\"kind\":\"scare\",\"speaker\":\"\",\"quote\":\"bevrijding\",\"article\":\"01.txt\",\"note\":1}\r\n");
    assertEquals(List.of(), parsed.errors());
    assertEquals(
        List.of(
            new GoldQuote("01.txt", "Dat klopt.", "Dick Schoof", "direct", 1),
            new GoldQuote("01.txt", "bevrijding", "", "scare", 3)),
        parsed.quotes());
  }

  @Test
  void decodesEscapes() {
    GoldQuotes.Parsed parsed =
        GoldQuotes.parse(
            "{\"article\": \"a.txt\", \"quote\": \"Eerst.\\n\\n\\\"Dan\\\" \\u201Ezo\\u201D \\\\ /\\/\", \"speaker\": \"X\", \"kind\": \"direct\"}");
    assertEquals(List.of(), parsed.errors());
    assertEquals("Eerst.\n\n\"Dan\" \u201Ezo\u201D \\ //", parsed.quotes().get(0).quote());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          {"article": "a.txt", "quote": "q", "speaker": "s"}                                   | missing field "kind"
          {"article": "a.txt", "quote": "q", "speaker": "s", "kind": "quote"}                  | unknown kind "quote" (expected one of direct, partial, scare, title)
          {"article": "a.txt", "quote": "q", "speaker": null, "kind": "direct"}                | field "speaker" must be a string, not null
          {"article": "a.txt", "quote": 3, "speaker": "s", "kind": "direct"}                   | field "quote" must be a string, not a number
          {"article": "a.txt", "quote": ["q"], "speaker": "s", "kind": "direct"}               | field "quote" must be a string, not an array
          {"article": "a.txt", "article": "b.txt", "quote": "q", "speaker": "s", "kind": "direct"} | not a JSON object: field "article" given twice at column 22
          {"article": "", "quote": "q", "speaker": "s", "kind": "direct"}                      | "article" and "quote" must not be empty
          {"article": "a.txt", "quote": "q", "speaker": "s", "kind": "direct"} x               | not a JSON object: text after the value at column 70
          {"article": "a.txt", "quote": "q                                                     | not a JSON object: unterminated string at column 33
          ["a.txt", "q"]                                                                       | not a JSON object: expected a JSON object, not an array
          {"article": "a.txt", "quote": "\\x", "speaker": "s", "kind": "direct"}              | not a JSON object: unknown escape \\x at column 32
          """)
  void reportsWhatIsWrongWithALine(String line, String message) {
    GoldQuotes.Parsed parsed = GoldQuotes.parse("{\"article\": \"ok.txt\", \"quote\": \"q\", \"speaker\": \"\", \"kind\": \"scare\"}\n" + line.strip());
    assertEquals(1, parsed.quotes().size());
    assertEquals(List.of(new GoldQuotes.LineError(2, message.strip().replace("\\\\", "\\"))), parsed.errors());
  }

  @Test
  void acceptsEveryKindTheOutputHas() {
    for (String kind : List.of("direct", "partial", "scare", "title")) {
      GoldQuotes.Parsed parsed =
          GoldQuotes.parse("{\"article\": \"a.txt\", \"quote\": \"q\", \"speaker\": \"\", \"kind\": \"" + kind + "\"}");
      assertTrue(parsed.errors().isEmpty(), kind + ": " + parsed.errors());
    }
  }
}

package nlnews.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Note;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writers with hostile text in every field (issue 17). */
class HostileOutputTest {

  private static final String ESC = "\u001b";
  /** Retitles the terminal and clears it. */
  private static final String ATTACK = ESC + "]0;PWNED\u0007" + ESC + "[2J";
  private static final String RLO = "\u202e";

  private static final ArticleAnalysis HOSTILE =
      new ArticleAnalysis(
          new Article(
              "a" + ATTACK + "\n.txt", "", "x",
              List.of(
                  new Paragraph(
                      1, 0, 1, false,
                      List.of(new Sentence(0, 1, List.of(new Token("x" + ATTACK, "x", "x" + RLO, TokenKind.WORD, 0, 1))))))),
          List.of(
              new Entity(
                  "Jan" + ATTACK, EntityType.PER, List.of(new Mention("Jan", 0, 1, 1)), List.of("Jan" + ATTACK, "J" + RLO + "an"),
                  "Oekra\u0085ne")),
          List.of(new Quote(1, QuoteKind.DIRECT, "goed" + ATTACK + "\t\u2028nieuws", 0, 1, "Jan" + ESC + "[31m", "hij" + RLO, "zei" + "\u009b")),
          List.of(new ParagraphTone(1, false, 0.5, ToneLabel.POSITIVE, List.of(new ToneCue("goed" + ATTACK, 0, 1, 1.5, List.of())))),
          ArticleTone.NEUTRAL,
          List.of(new Note(0, "unpaired quote mark " + ATTACK)));

  /** True for what may reach a terminal from untrusted text: no C0 but newline, no DEL, C1, line separators or bidi controls. */
  static boolean terminalSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && Terminal.unsafe(c)) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ENTITIES", "QUOTES", "TONE", "STEMS"})
  void issue17TheTextReportShowsControlCharactersAsEscapes(TextWriter.Section section) throws IOException {
    StringWriter out = new StringWriter();
    TextWriter w = new TextWriter(out, EnumSet.of(section), false);
    w.write(HOSTILE);
    w.finish();
    String report = out.toString();
    assertTrue(terminalSafe(report), report);
    assertTrue(report.startsWith("== a\\x1b]0;PWNED\\x07\\x1b[2J\\n.txt  1 paragraph"), report);
    assertTrue(report.contains("\\x1b]0;PWNED\\x07\\x1b[2J"), report);
    assertTrue(report.contains("note: unpaired quote mark \\x1b]0;PWNED"), report);
  }

  @Test
  void issue17ColourIsTheOnlyEscapeSequenceInAColouredReport() throws IOException {
    StringWriter out = new StringWriter();
    new TextWriter(out, EnumSet.allOf(TextWriter.Section.class), true).write(HOSTILE);
    String withoutOurColours = out.toString().replaceAll("\u001b\\[[0-9]+m", "");
    assertTrue(terminalSafe(withoutOurColours), withoutOurColours);
    assertTrue(withoutOurColours.contains("J\\u202ean"), withoutOurColours);
  }

  @Test
  void issue17MachineFormatsKeepTheTextExact() throws IOException {
    StringWriter json = new StringWriter();
    new JsonLinesWriter(json, List.of(Tables.ENTITIES)).write(HOSTILE);
    assertTrue(json.toString().contains("\"entity\":\"Jan\\u001b]0;PWNED\\u0007\\u001b[2J\""), json.toString());
    StringWriter csv = new StringWriter();
    DelimitedWriter.csv(csv, Tables.ENTITIES).write(HOSTILE);
    assertTrue(csv.toString().contains(",Jan" + ATTACK + ",PER,"), csv.toString());
  }

  /** Cells as a spreadsheet would read them: with --csv-safe a formula prefix gets a quote; numbers never. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          =HYPERLINK(x;y)            | '=HYPERLINK(x;y)
          +31 6 1234                 | '+31 6 1234
          -2 graden                  | '-2 graden
          @gemeente                  | '@gemeente
          Rutte                      | Rutte
          'Rutte'                    | 'Rutte'
          \"\"                         | \"\"
          """)
  void issue17SpreadsheetSafeCellsStartWithAQuote(String cell, String safe) {
    assertEquals(safe, DelimitedWriter.spreadsheetSafe(cell));
  }

  @Test
  void issue17CsvSafeIsAnOptionAndLeavesNumbersAlone() throws IOException {
    ArticleAnalysis a =
        new ArticleAnalysis(
            new Article("-", "", "x", List.of()), List.of(),
            List.of(new Quote(1, QuoteKind.DIRECT, "=1+2", 0, 1, "@jan", "-", "")),
            List.of(new ParagraphTone(1, false, -0.5, ToneLabel.NEGATIVE, List.of())), ArticleTone.NEUTRAL, List.of());
    StringWriter exact = new StringWriter();
    DelimitedWriter.csv(exact, Tables.QUOTES).write(a);
    assertEquals("article,date,source,paragraph,kind,speaker,speaker_mention,cue,quote,start,end\n-,,,1,direct,@jan,-,,=1+2,0,1\n", exact.toString());
    StringWriter safe = new StringWriter();
    DelimitedWriter.of(safe, Tables.QUOTES, false, true, true).write(a);
    assertEquals(
        "article,date,source,paragraph,kind,speaker,speaker_mention,cue,quote,start,end\n'-,,,1,direct,'@jan,'-,,'=1+2,0,1\n", safe.toString());
    StringWriter tone = new StringWriter();
    DelimitedWriter.of(tone, Tables.SENTIMENT, true, true, true).write(a);
    assertTrue(tone.toString().endsWith("'-\t\t\t1\tfalse\t-0.500\tnegative\t\t\t\n"), tone.toString());
  }

  @Test
  void issue17TsvEscapesEveryCharacterThatEndsALine() throws IOException {
    StringWriter out = new StringWriter();
    DelimitedWriter.tsv(out, Tables.QUOTES).write(HOSTILE);
    String row = out.toString().split("\n")[1];
    assertEquals(11, row.split("\t", -1).length, row);
    assertTrue(row.contains("goed" + ATTACK + "\\t\\u2028nieuws"), row);
    StringWriter separators = new StringWriter();
    DelimitedWriter.escapeTsv("a\u000bb\u000cc\u0085d\u2028e\u2029f", separators);
    assertEquals("a\\vb\\fc\\u0085d\\u2028e\\u2029f", separators.toString());
  }

  @Test
  void issue17AnArticleWithoutTextHasNoScoreToAverage() throws IOException {
    ArticleAnalysis empty = new ArticleAnalysis(new Article("leeg.txt", "2022-03", "date 2022-03\n", List.of()), List.of(), List.of(), List.of(), ArticleTone.NEUTRAL, List.of());
    StringWriter csv = new StringWriter();
    DelimitedWriter.csv(csv, Tables.ARTICLES).write(empty);
    assertEquals(
        "article,date,source,language,paragraphs,headings,sentences,tokens,entities,quotes,score,label\nleeg.txt,2022-03,,,0,0,0,0,0,0,,\n", csv.toString());
    StringWriter json = new StringWriter();
    new JsonLinesWriter(json, List.of(Tables.ARTICLES)).write(empty);
    assertTrue(json.toString().endsWith(",\"quotes\":0,\"score\":null,\"label\":null}\n"), json.toString());
    assertFalse(json.toString().contains("neutral"), json.toString());
  }
}

package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleRowsTest {

  private static final Input FILE = new Input("export.x", Path.of("export.x"), Input.Origin.NAMED, null);

  /** Each row as "id|date|source|text" or "! message" for a failed one. */
  private static List<String> rows(InputFormat format, String table) throws IOException {
    return rows(format, table.getBytes(StandardCharsets.UTF_8), RowFields.DEFAULT, 1 << 20);
  }

  private static List<String> rows(InputFormat format, byte[] bytes, RowFields fields, long max) throws IOException {
    List<String> out = new ArrayList<>();
    try (ArticleRows rows = ArticleRows.open(FILE, format, fields, null, max, new ByteArrayInputStream(bytes))) {
      while (rows.hasNext()) {
        Input i = rows.next();
        if (i.problem() != null) {
          assertEquals("export.x", i.id());
          assertEquals(InputException.Reason.BAD_ROW == i.problem().reason() ? "" : "", "");
          out.add("! " + i.problem().getMessage());
        } else {
          assertNotNull(i.row());
          assertEquals(i.id(), i.row().id());
          out.add(i.id() + "|" + i.row().date() + "|" + i.source() + "|" + i.row().text());
        }
      }
    }
    return out;
  }

  @Test
  void jsonLinesRowsAreArticlesAndBadRowsSayTheirLine() throws IOException {
    String table =
        """
        {"id": "a1", "date": "15-03-2022", "title": "Kabinet wil\\nmeer geld", "text": "Het kabinet wil meer.", "source": "NRC"}
        {"id": "a2", "date": "2022-13-01", "text": "Slechte datum."}

        {"id": "a3", "text": "  "}
        {"id": "a4", "text": "Kapot"
        {"id": 5, "outlet": "De Standaard", "text": "Goed.", "date": "2022-03-15T10:18:37Z"}
        {"text": "Zonder id."}
        {"id": "a7", "text": ["geen", "tekst"]}
        [1, 2]
        {"id": "a9", "body": "geen text-veld"}
        """;
    assertEquals(
        List.of(
            "a1|2022-03-15|NRC|Kabinet wil meer geld\n\nHet kabinet wil meer.",
            "! line 2: '2022-13-01' is not a date (2022-03-15, 2022-03-15T10:18:37Z, 15-03-2022 or 15/03/2022)",
            "! line 4: no text",
            "! line 5: not JSON: column 29: unexpected end of the text",
            "5|2022-03-15|De Standaard|Goed.",
            "export.x:7|||Zonder id.",
            "! line 8: field 'text' is not a string",
            "! line 9: not JSON: expected a JSON object, not an array",
            "! line 10: no field 'text'; name the text's field with --text-field"),
        rows(InputFormat.JSONL, table));
  }

  @Test
  void csvRowsKeepTheLineTheyStartOnAndStopAtAnUnclosedQuote() throws IOException {
    String table =
        "id,date,title,text,source\n"
            + "a1,2022-03-15,\"Titel over\ntwee regels\",\"Eerste alinea.\n\nTweede \"\"alinea\"\".\",NRC\n"
            + "a2,,,,\n"
            + "a3,15/03/2022,,Kort.\n"
            + "a4,2022-03-16,t,\"niet gesloten\n"
            + "a5,2022-03-16,t,nooit gelezen\n";
    assertEquals(
        List.of(
            "a1|2022-03-15|NRC|Titel over twee regels\n\nEerste alinea.\n\nTweede \"alinea\".",
            "! line 6: no text",
            "a3|2022-03-15||Kort.",
            "! line 8: broken CSV quoting (EOF reached before encapsulated token finished); the rest of the file is not read"),
        rows(InputFormat.CSV, table));
  }

  @Test
  void tsvUndoesTheEscapesNlnewsWrites() throws IOException {
    String table = "id\ttext\toutlet\nt1\tEen\\tnieuwe\\nregel en \\\\ een backslash\tHLN\nt2\ttwee\tdrie\tvier\n";
    assertEquals(
        List.of("t1|||Een\tnieuwe\nregel en \\ een backslash", "! line 3: 4 fields, the header has 3"),
        rows(InputFormat.TSV, table).stream().map(r -> r.replace("|HLN|", "||")).toList());
    assertEquals("HLN", rows(InputFormat.TSV, table).get(0).split("\\|")[2]);
  }

  @Test
  void aTableWithoutTheTextColumnFailsWhole() throws IOException {
    assertEquals(
        List.of("! line 1: no column 'text' for the text (the header has body, id); name it with --text-field"),
        rows(InputFormat.CSV, "id,body\n1,Tekst.\n"));
    assertEquals(
        List.of("1||x|Tekst."),
        rows(InputFormat.CSV, "nr,body,krant\n1,Tekst.,x\n".getBytes(StandardCharsets.UTF_8),
            new RowFields("nr", "date", "title", "body", List.of("krant")), 1 << 20));
  }

  @Test
  void aTableWithoutRowsIsReported() throws IOException {
    assertEquals(List.of("! no articles in it"), rows(InputFormat.JSONL, "\n\n"));
    assertEquals(List.of("! no articles in it"), rows(InputFormat.CSV, "id,text\n"));
  }

  @Test
  void aRowLongerThanTheLimitIsReportedAndTheNextGoesOn() throws IOException {
    String table = "{\"id\":\"lang\",\"text\":\"" + "x".repeat(500) + "\"}\n{\"id\":\"kort\",\"text\":\"ok\"}\n";
    assertEquals(
        List.of("! line 1: row longer than --max-bytes; not read", "kort|||ok"),
        rows(InputFormat.JSONL, table.getBytes(StandardCharsets.UTF_8), RowFields.DEFAULT, 100));
  }

  @Test
  void badBytesEndTheFileWithAHint() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"caf\u00e9\"}\n{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
    byte[] after = "\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[good.length + 1 + after.length];
    System.arraycopy(good, 0, broken, 0, good.length);
    broken[good.length] = (byte) 0xE9; // windows-1252
    System.arraycopy(after, 0, broken, good.length + 1, after.length);
    assertEquals(
        List.of("a|||caf\u00e9", "! line 2: not valid UTF-8; try --encoding windows-1252", "c|||ok"),
        rows(InputFormat.JSONL, broken, RowFields.DEFAULT, 1 << 20));
    String csv = "id,text\na,caf\u00e9\nb,caf";
    byte[] csvGood = csv.getBytes(StandardCharsets.UTF_8);
    byte[] csvBroken = new byte[csvGood.length + 4];
    System.arraycopy(csvGood, 0, csvBroken, 0, csvGood.length);
    csvBroken[csvGood.length] = (byte) 0xE9;
    csvBroken[csvGood.length + 1] = '\n';
    csvBroken[csvGood.length + 2] = 'c';
    csvBroken[csvGood.length + 3] = ',';
    assertEquals(
        List.of("a|||caf\u00e9", "! line 3: not valid UTF-8; try --encoding windows-1252", "! line 4: no text"),
        rows(InputFormat.CSV, csvBroken, RowFields.DEFAULT, 1 << 20));
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstColumn() throws IOException {
    byte[] bytes = "\uFEFFid,text\nb1,Tekst.\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("b1|||Tekst."), rows(InputFormat.CSV, bytes, RowFields.DEFAULT, 1 << 20));
  }

  @ParameterizedTest
  @CsvSource({"a.csv,CSV", "A.TSV,TSV", "x.jsonl,JSONL", "x.ndjson,JSONL", "x.txt,TEXT", "x.json,TEXT", "-,TEXT"})
  void autoChoosesByExtension(String name, InputFormat format) {
    assertEquals(format, InputFormat.AUTO.of(name));
    assertEquals(InputFormat.CSV, InputFormat.CSV.of(name));
  }

  @Test
  void rowsAreNotTextFormat() {
    assertThrows(IllegalArgumentException.class,
        () -> ArticleRows.open(FILE, InputFormat.TEXT, RowFields.DEFAULT, null, 10, new ByteArrayInputStream(new byte[0])));
    assertNull(FILE.row());
  }
}

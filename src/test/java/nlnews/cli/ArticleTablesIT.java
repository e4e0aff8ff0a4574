package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, input the way archives come, through bin/nlnews as a process: article tables (CSV,
 * TSV, JSON Lines) with bad rows among good ones, and file lists from find -print0.
 */
class ArticleTablesIT {

  @TempDir Path dir;

  private static String q(Object path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }

  @Test
  void issue18ATableAndAFolderOfTheSameArticlesGiveTheSameRows() throws Exception {
    // The same three articles as text files, each its title, a blank line and its text.
    CliProcess.Result table = CliProcess.run(null, "sentiment", "-q", "-f", "csv", "testdata/tables/artikelen.jsonl");
    assertEquals(0, table.exit(), table.stderr());
    CliProcess.Result csv = CliProcess.run(null, "sentiment", "-q", "-f", "csv", "-j1", "testdata/tables/artikelen.csv");
    assertEquals(table.stdout(), csv.stdout());
    CliProcess.Result two = CliProcess.run(null, "sentiment", "-q", "-f", "csv", "-j2", "testdata/tables/artikelen.csv");
    assertEquals(table.stdout(), two.stdout());
    List<String> lines = table.stdout().lines().toList();
    assertEquals("article,date,source,paragraph,heading,score,label,positive_cues,negative_cues,language", lines.get(0));
    assertTrue(lines.get(1).startsWith("nieuws-001,2024-05-14,Dagblad van het Oosten,1,true,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("nieuws-001,2024-05-14,Dagblad van het Oosten,2,false,"), lines.get(2));
  }

  @Test
  void issue18BadRowsAreReportedWithTheirLineAndTheOthersGoOn() throws Exception {
    Path jsonl = dir.resolve("export.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"date\":\"2024-05-14\",\"outlet\":\"HLN\",\"text\":\"De burgemeester van Gent opende de brug.\"}\n"
            + "{\"id\":\"b\",\"date\":\"14-05-2024\",\"text\":\"\"}\n"
            + "{\"id\":\"c\",\"date\":\"gisteren\",\"text\":\"Tekst.\"}\n"
            + "{\"id\":\"d\",\"text\":\"kapot\"\n"
            + "{\"id\":\"e\",\"date\":\"15/05/2024\",\"text\":\"Minister Jan Jambon was in Antwerpen.\"}\n");
    CliProcess.Result r = CliProcess.run(null, "entities", "-f", "csv", "-j2", jsonl.toString());
    assertEquals(1, r.exit(), r.stderr());
    List<String> err = r.stderr().lines().toList();
    assertEquals(
        List.of(
            "nlnews: " + jsonl + ": line 2: no text",
            "nlnews: " + jsonl + ": line 3: 'gisteren' is not a date (2022-03-15, 2022-03-15T10:18:37Z, 15-03-2022 or 15/03/2022)",
            "nlnews: " + jsonl + ": line 4: not JSON: column 25: unexpected end of the text"),
        err.subList(0, 3));
    assertTrue(r.stdout().contains("\na,2024-05-14,HLN,Gent,LOC,1,"), r.stdout());
    assertTrue(r.stdout().contains("\ne,2024-05-15,,Jan Jambon,PER,1,"), r.stdout());
  }

  @Test
  void issue18TsvFromStandardInputWithOtherFieldNames() throws Exception {
    String tsv = "nr\tkop\tbody\tkrant\n7\tBrug open\tDe brug in Gent is open.\\nDe burgemeester was er.\tHLN\n";
    CliProcess.Result r =
        CliProcess.run(tsv, "stem", "-f", "csv", "--input-format", "tsv", "--id-field", "nr", "--title-field", "kop",
            "--text-field", "body", "--source-field", "krant", "-");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\n7,,HLN,1,Brug,brug,0,4\n"), r.stdout());
    assertTrue(r.stdout().contains("\n7,,HLN,2,Gent,gent,"), r.stdout());
  }

  @Test
  void issue18FindPrint0IntoFilesFrom() throws Exception {
    Path odd = dir.resolve("met spatie\nen regel.txt");
    Files.writeString(odd, "De premier Mark Rutte was in Brussel.\n");
    Files.writeString(dir.resolve("b.txt"), "Burgemeester Femke Halsema sprak in Amsterdam.\n");
    CliProcess.Result r =
        CliProcess.shell("find " + q(dir) + " -name '*.txt' -print0 | sort -z | bin/nlnews entities -q -0 --files-from - -f csv");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("Femke Halsema,PER"), r.stdout());
    assertTrue(r.stdout().contains("Mark Rutte,PER"), r.stdout());
    CliProcess.Result lines = CliProcess.shell("ls " + q(dir.resolve("b.txt")) + " | bin/nlnews entities -q --files-from - -f csv");
    assertEquals(0, lines.exit(), lines.stderr());
    assertTrue(lines.stdout().contains("Femke Halsema,PER"), lines.stdout());
    CliProcess.Result usage = CliProcess.run(null, "entities", "-0", "testdata/articles");
    assertEquals(2, usage.exit());
    assertTrue(usage.stderr().startsWith("nlnews: -0/--null separates the list of --files-from"), usage.stderr());
  }

  @Test
  void issue18AFolderPerOutletNamesTheSource() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("nrc/2024"));
    Files.writeString(dir.resolve("nrc/2024/a.txt"), "Burgemeester Femke Halsema sprak in Amsterdam.\n");
    CliProcess.Result r = CliProcess.run(null, "entities", "-q", "-f", "csv", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\nnrc/2024/a.txt,,nrc,Femke Halsema,PER,"), r.stdout());
  }

  @Test
  void issue18AnArticleInAnotherLanguageIsNotedAndCanBeSkipped() throws Exception {
    Path jsonl = dir.resolve("mix.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"nl\",\"text\":\"De gemeenteraad heeft dinsdagavond besloten dat het nieuwe zwembad toch wordt gebouwd.\"}\n"
            + "{\"id\":\"fy\",\"text\":\"De gemeenteried hat tiisdei besletten dat it nije swimbad dochs boud wurde sil.\"}\n"
            + "{\"id\":\"de\",\"text\":\"Der Stadtrat hat am Dienstag beschlossen, dass das neue Schwimmbad doch gebaut wird.\"}\n");
    CliProcess.Result r = CliProcess.run(null, "analyze", "-q", "-f", "jsonl", jsonl.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(
        "nlnews: fy: looks like Frisian (fry), not Dutch; analysed anyway\n"
            + "nlnews: de: looks like German (deu), not Dutch; analysed anyway\n",
        r.stderr());
    assertTrue(r.stdout().contains("\"article\":\"fy\",\"date\":\"\",\"source\":\"\",\"language\":\"fry\""), r.stdout());
    assertTrue(r.stdout().contains("\"article\":\"nl\",\"date\":\"\",\"source\":\"\",\"language\":\"nld\""), r.stdout());
    CliProcess.Result skip = CliProcess.run(null, "sentiment", "-q", "-f", "csv", "--non-dutch", "skip", jsonl.toString());
    assertEquals(0, skip.exit(), skip.stderr());
    assertTrue(skip.stderr().contains("nlnews: fy: looks like Frisian (fry), not Dutch; skipped\n"), skip.stderr());
    assertEquals(List.of("article", "nl"), skip.stdout().lines().map(l -> l.split(",")[0]).toList());
  }
}

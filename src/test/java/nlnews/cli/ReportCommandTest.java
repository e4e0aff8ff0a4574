package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nlnews.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML of nlnews report, read as text: its data, its one script, and text from articles kept as data. */
class ReportCommandTest {

  /** An article that tries to get markup and script into the page in every way a text can. */
  static final String HOSTILE = """
      date 2024-02-01

      Jan de Vries zei: "<script>alert('x')</script> en </script><img src=x onerror=alert(1)>".

      Volgens Jan de Vries is <!-- een commentaar --> & &amp; <b>vet</b> geen opmaak.
      """;

  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

  static String report(Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    Files.copy(Path.of("testdata/articles/000_5c69a24cfa2252fd.txt"), articles.resolve("seed.txt"));
    Path html = dir.resolve("report.html");
    TestConsole.Run run = TestConsole.run(null, "report", "-q", "-j", "1", articles.toString(), "-o", html.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stdout());
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  @Test
  void theArticlesAreDataThatGivesBackTheirTextExactly(@TempDir Path dir) throws IOException {
    String html = report(dir);
    Matcher m = SCRIPT.matcher(html);
    List<String> blocks = new java.util.ArrayList<>();
    List<String> attributes = new java.util.ArrayList<>();
    while (m.find()) {
      attributes.add(m.group(1));
      blocks.add(m.group(2));
    }
    assertEquals(List.of(" type=\"application/json\" id=\"articles\"", " type=\"application/json\" id=\"summary\"", ""), attributes,
        "two data blocks and one script: no article opened or closed a block");
    for (String data : blocks.subList(0, 2)) {
      assertFalse(data.contains("<"), "no markup character in the data");
    }
    List<?> articles = (List<?>) Json.parse(blocks.get(0));
    assertEquals(2, articles.size());
    @SuppressWarnings("unchecked")
    Map<String, Object> hostile = (Map<String, Object>) articles.get(0);
    assertEquals("hostile.txt", hostile.get("id"));
    assertEquals(HOSTILE, hostile.get("text"));
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) Json.parse(blocks.get(1));
    assertEquals(2L, summary.get("articles"));
    assertTrue(blocks.get(1).contains("\"Jan de Vries\""), blocks.get(1));
    assertTrue(blocks.get(1).contains("\"Volodymyr Zelensky\""), blocks.get(1));
    // beside every entity row, the one article of an anonymised name or -1: no name here is one
    List<?> entities = (List<?>) summary.get("entities");
    List<?> only = (List<?>) summary.get("entityArticle");
    assertEquals(entities.size(), only.size());
    assertTrue(only.stream().allMatch(v -> ((Long) v) == -1L), only.toString());
  }

  /**
   * Marks are offsets into the article's text and rows of the tables at the end of the page
   * (ReportWriter.article): read back as the page's script reads them, they quote the hostile
   * article's names and its quotation exactly, with the speaker, verb and kind beside them.
   */
  @Test
  void theMarksPointIntoTheTextAndIntoTheSharedRows(@TempDir Path dir) throws IOException {
    String html = report(dir);
    Matcher m = SCRIPT.matcher(html);
    m.find();
    @SuppressWarnings("unchecked")
    Map<String, Object> hostile = (Map<String, Object>) ((List<?>) Json.parse(m.group(2))).get(0);
    m.find();
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) Json.parse(m.group(2));
    String text = (String) hostile.get("text");
    List<?> marks = (List<?>) summary.get("marks");
    List<?> said = (List<?>) summary.get("said");
    List<String> mentions = new java.util.ArrayList<>();
    List<?> flat = (List<?>) hostile.get("m");
    int at = 0;
    for (int i = 0; i < flat.size(); i += 3) {
      at += ((Long) flat.get(i)).intValue();
      int end = at + ((Long) flat.get(i + 1)).intValue();
      mentions.add(text.substring(at, end) + " " + marks.get(((Long) flat.get(i + 2)).intValue()));
    }
    assertEquals(List.of("Jan de Vries [Jan de Vries, PER, name]", "Jan de Vries [Jan de Vries, PER, name]"), mentions);
    List<?> q = (List<?>) hostile.get("q");
    assertEquals(4, q.size(), "one quotation: " + q);
    int start = ((Long) q.get(0)).intValue();
    assertEquals("<script>alert('x')</script> en </script><img src=x onerror=alert(1)>",
        text.substring(start, start + ((Long) q.get(1)).intValue()));
    assertEquals(List.of("Jan de Vries", "zei", "direct"), said.get(((Long) q.get(2)).intValue()));
    assertEquals(1L, q.get(3), "in the first paragraph after the header");
  }

  @Test
  void onlyTheReportsOwnScriptMayRunAndNothingMayLoad(@TempDir Path dir) throws Exception {
    String html = report(dir);
    Matcher m = SCRIPT.matcher(html);
    String script = null;
    while (m.find()) {
      script = m.group(2);
    }
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertTrue(html.contains("default-src 'none'; script-src 'sha256-" + hash + "'"), "the policy names the script's hash");
    // The markup and the script, without the data (whose text may say anything, as text).
    String page = SCRIPT.matcher(html).replaceAll(r -> r.group(1).contains("application/json") ? "" : java.util.regex.Matcher.quoteReplacement(r.group()));
    assertFalse(Pattern.compile("(?i)\\b(src|href)\\s*=").matcher(page).find(), "no attribute that loads anything");
    assertFalse(Pattern.compile("(?i)url\\(|@import|https?://(?!www\\.w3\\.org/2000/svg)").matcher(page).find(), "no address but the SVG namespace");
  }
}

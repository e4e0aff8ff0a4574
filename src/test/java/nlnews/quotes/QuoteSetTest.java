package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nlnews.eval.GoldQuote;
import nlnews.eval.GoldQuotes;
import nlnews.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the evaluation set in testdata/quotes: the gold file against the articles and the
 * annotation conventions of its README, the notes file against the gold file, and the counts
 * the issue asks of the set. Every problem is listed, not only the first.
 */
class QuoteSetTest {

  static final Path SET = Path.of("testdata/quotes");
  private static final Set<String> EVIDENCE =
      Set.of("name", "pronoun", "role", "previous-sentence", "organisation", "anonymous", "none");
  private static final List<String> OPENING = List.of("\"", "“", "„", "‘", "'", "«", ",,", "— ", "– ");
  private static final List<String> CLOSING = List.of("\"", "”", "’", "'", "»", "''");
  /** Quote marks; ' only where it cannot be an apostrophe ('s, 't, 'n, '80, 's-Hertogenbosch). */
  private static final Pattern MARKS = Pattern.compile("[\"“”„«»‘]|,,|(?:(?<=\\s)|^)'(?![st]\\b|s-|n\\b|\\d)", Pattern.MULTILINE);

  private static List<String> articles;
  private static Map<String, String> texts;
  private static List<Map<String, Object>> objects;
  private static List<GoldQuote> gold;
  private static List<String[]> notes;
  /** Where each gold quote stands in its article, or null. */
  private static List<int[]> spans;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.list(SET.resolve("articles"))) {
      articles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
    texts = new HashMap<>();
    for (String a : articles) {
      texts.put(a, Files.readString(SET.resolve("articles").resolve(a), StandardCharsets.UTF_8));
    }
    List<String> lines = Files.readAllLines(SET.resolve("gold.jsonl"), StandardCharsets.UTF_8);
    objects = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        objects.add(Json.object(line));
      }
    }
    GoldQuotes.Parsed parsed = GoldQuotes.parse(String.join("\n", lines));
    assertEquals(List.of(), parsed.errors(), "gold.jsonl");
    gold = parsed.quotes();
    List<String> noteLines = Files.readAllLines(SET.resolve("gold-notes.tsv"), StandardCharsets.UTF_8);
    assertEquals("article\tquote_start\tspeaker_evidence", noteLines.get(0));
    notes = noteLines.subList(1, noteLines.size()).stream().map(l -> l.split("\t", -1)).toList();
    spans = new ArrayList<>();
    Map<String, Integer> from = new HashMap<>();
    for (GoldQuote g : gold) {
      String t = texts.get(g.article());
      if (t == null) {
        spans.add(null);
        continue;
      }
      int start = -1;
      for (int k = t.indexOf(g.quote(), from.getOrDefault(g.article(), 0)); k >= 0; k = t.indexOf(g.quote(), k + 1)) {
        if (opened(t, k)) {
          start = k;
          break;
        }
      }
      if (start >= 0) {
        from.put(g.article(), start + g.quote().length());
        spans.add(new int[] {start, start + g.quote().length()});
      } else {
        spans.add(null);
      }
    }
  }

  private static boolean opened(String text, int k) {
    for (String o : OPENING) {
      if (text.startsWith(o, k - o.length()) && k >= o.length()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyGoldLineHasExactlyTheFourFieldsAndAValidKindAndSpeaker() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      if (!objects.get(i).keySet().equals(Set.of("article", "quote", "speaker", "kind"))) {
        problems.add("line " + (i + 1) + ": fields " + objects.get(i).keySet());
      }
    }
    for (GoldQuote g : gold) {
      boolean none = g.kind().equals("scare") || g.kind().equals("title");
      if (none != g.speaker().isEmpty()) {
        problems.add("line " + g.line() + ": the speaker must be empty exactly for scare quotes and titles");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyGoldQuoteStandsVerbatimInItsArticleInOrderBetweenMarks() {
    List<String> problems = new ArrayList<>();
    int lastArticle = -1;
    for (int i = 0; i < gold.size(); i++) {
      GoldQuote g = gold.get(i);
      int article = articles.indexOf(g.article());
      if (article < 0) {
        problems.add("line " + g.line() + ": no article " + g.article());
        continue;
      }
      if (article < lastArticle) {
        problems.add("line " + g.line() + ": articles out of order");
      }
      lastArticle = article;
      int[] span = spans.get(i);
      if (span == null) {
        problems.add("line " + g.line() + ": not found verbatim, in order, after an opening mark: " + g.quote());
        continue;
      }
      String t = texts.get(g.article());
      boolean dash = t.startsWith("— ", span[0] - 2) || t.startsWith("– ", span[0] - 2);
      if (!dash && CLOSING.stream().noneMatch(c -> t.startsWith(c, span[1]))) {
        problems.add("line " + g.line() + ": no closing mark after " + g.quote());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theNotesLineUpWithTheGoldLines() {
    List<String> problems = new ArrayList<>();
    if (notes.size() != gold.size()) {
      problems.add(gold.size() + " gold lines but " + notes.size() + " notes rows");
    }
    for (int i = 0; i < Math.min(notes.size(), gold.size()); i++) {
      String[] n = notes.get(i);
      GoldQuote g = gold.get(i);
      String start = g.quote().substring(0, Math.min(30, g.quote().length())).replace('\n', ' ').replace('\t', ' ');
      if (n.length != 3 || !n[0].equals(g.article()) || !n[1].equals(start) || !EVIDENCE.contains(n[2])) {
        problems.add("notes row " + (i + 1) + " does not match gold line " + g.line());
      } else if (n[2].equals("none") != (g.kind().equals("scare") || g.kind().equals("title"))) {
        problems.add("notes row " + (i + 1) + ": evidence none goes with scare quotes and titles only");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyArticleWithQuoteMarksHasGoldLinesAndTheOthersHaveNone() {
    Set<String> withGold = new HashSet<>();
    gold.forEach(g -> withGold.add(g.article()));
    List<String> problems = new ArrayList<>();
    for (String a : articles) {
      boolean marks = MARKS.matcher(texts.get(a)).find();
      if (marks != withGold.contains(a)) {
        problems.add(a + (marks ? ": quote marks but no gold lines" : ": gold lines but no quote marks"));
      }
      long paragraphs = Stream.of(texts.get(a).split("\n\n")).filter(p -> !p.isBlank()).count();
      if (paragraphs < 4 || paragraphs > 14) {
        problems.add(a + ": " + paragraphs + " paragraphs");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSetHasWhatTheIssueAsksFor() {
    Set<String> withGold = new HashSet<>();
    gold.forEach(g -> withGold.add(g.article()));
    long pronounOrRole = notes.stream().filter(n -> n[2].equals("pronoun") || n[2].equals("role")).count();
    long scareOrTitle = gold.stream().filter(g -> g.kind().equals("scare") || g.kind().equals("title")).count();
    long multiParagraph = gold.stream().filter(g -> g.quote().contains("\n\n")).count();
    int splits = 0;
    for (int i = 1; i < gold.size(); i++) {
      GoldQuote a = gold.get(i - 1);
      GoldQuote b = gold.get(i);
      if (spans.get(i - 1) == null || spans.get(i) == null || !a.article().equals(b.article())
          || !a.speaker().equals(b.speaker()) || !a.kind().equals("direct") || !b.kind().equals("direct")) {
        continue;
      }
      String gap = texts.get(a.article()).substring(spans.get(i - 1)[1], spans.get(i)[0]);
      String core = gap.replaceAll("^[\"“”„‘’'«» ]+|[\"“”„‘’'«» ]+$", "");
      String afterClose = gap.replaceAll("^[\"”’'»]+", "");
      if (!gap.contains("\n") && afterClose.startsWith(",") && gap.length() < 90 && !core.isEmpty()
          && (core.endsWith(".") || core.endsWith(","))) {
        splits++;
      }
    }
    assertTrue(articles.size() >= 30, articles.size() + " articles");
    assertTrue(gold.size() >= 150, gold.size() + " gold quotes");
    assertTrue(3 * pronounOrRole >= gold.size(), pronounOrRole + " pronoun or role speakers of " + gold.size());
    assertTrue(splits >= 10, splits + " split quotes");
    assertTrue(multiParagraph >= 5, multiParagraph + " multi-paragraph quotes");
    assertTrue(scareOrTitle >= 10, scareOrTitle + " scare quotes and titles");
    assertTrue(articles.stream().anyMatch(a -> !withGold.contains(a)), "an article without quotes");
  }
}

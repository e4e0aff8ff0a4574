package nlnews.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nlnews.corpus.CorpusSummary;
import nlnews.corpus.Period;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.EntityMention;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.ToneCue;

/**
 * The HTML report of {@code nlnews report}: one self-contained page (styles, script and data
 * inside; a Content-Security-Policy lets nothing load from anywhere and runs only the report's own
 * script, by its hash). Articles are written as they come, so the page is never held whole in
 * memory; the corpus tables follow at the end. Everything from the input is data: it goes into
 * JSON blocks with {@code <}, {@code >} and {@code &} escaped, so that no article text can close
 * a block or open a tag, and the script puts it on the page as text, never as HTML.
 */
public final class ReportWriter {

  private static final String TEMPLATE = "/nlnews/report/report.html";
  private static final String SCRIPT = "/nlnews/report/report.js";
  private static final String ARTICLES_AT = "<!--ARTICLES-->";
  private static final String SUMMARY_AT = "<!--SUMMARY-->";
  private static final String SCRIPT_AT = "<!--SCRIPT-->";
  private static final String HASH_AT = "SCRIPT-HASH";

  private final Writer out;
  private final Period by;
  private final String afterArticles;
  private final String afterSummary;
  private final Rows marks = new Rows();
  private final Rows cues = new Rows();
  private final Rows said = new Rows();
  private boolean first = true;

  /** Starts the page on {@code out}; articles' periods are of length {@code by}. */
  public ReportWriter(Writer out, Period by) throws IOException {
    this.out = out;
    this.by = by;
    String script = resource(SCRIPT);
    String page = resource(TEMPLATE).replace(HASH_AT, sha256(script));
    int articles = page.indexOf(ARTICLES_AT);
    int summary = page.indexOf(SUMMARY_AT);
    int code = page.indexOf(SCRIPT_AT);
    if (articles < 0 || summary < articles || code < summary) {
      throw new IllegalStateException("the report template lacks its markers");
    }
    out.write(page, 0, articles);
    this.afterArticles = page.substring(articles + ARTICLES_AT.length(), summary);
    this.afterSummary = page.substring(summary + SUMMARY_AT.length(), code) + script
        + page.substring(code + SCRIPT_AT.length());
    out.write('[');
  }

  /**
   * Adds one article: its text once, and its paragraphs, mentions and quotations as flat arrays of
   * numbers that point into that text and into three tables written once at the end of the page.
   * Written as arrays of strings and offsets, the marks took as much room as the text (entity,
   * type and form spelled out in every mention): 5,000 articles made 22 MB.
   * <ul>
   *   <li>{@code p}: per paragraph its start less the previous paragraph's end, its length, its
   *       tone in thousandths (or null), twice its number of cues plus 1 for a heading, then per
   *       cue its row in {@code cues} (words, flags) and its contribution in thousandths;
   *   <li>{@code m}: per mention its start less the previous mention's start, its length and its
   *       row in {@code marks} (entity, type, form);
   *   <li>{@code q}: per quotation its start less the previous quotation's start, its length, its
   *       row in {@code said} (speaker, reporting verb, kind) and its paragraph.
   * </ul>
   * Tones are in thousandths, as {@code %.3f} wrote them: the page shows two decimals and calls a
   * tone positive from 0.333.
   */
  public void article(ArticleAnalysis a) throws IOException {
    Article article = a.article();
    StringBuilder b = new StringBuilder(article.text().length() + 1024);
    b.append(first ? "\n" : ",\n");
    first = false;
    b.append("{\"id\":");
    string(article.id(), b);
    b.append(",\"date\":");
    string(article.date(), b);
    b.append(",\"per\":");
    string(by.of(article.date()), b);
    b.append(",\"tone\":");
    b.append(article.paragraphs().isEmpty() ? "null" : thousandths(a.articleTone().score()));
    b.append(",\"text\":");
    string(article.text(), b);
    b.append(",\"p\":[");
    List<ParagraphTone> tones = a.tones();
    int previous = 0;
    for (int i = 0; i < article.paragraphs().size(); i++) {
      Paragraph p = article.paragraphs().get(i);
      ParagraphTone t = i < tones.size() && tones.get(i).paragraph() == p.number() ? tones.get(i) : null;
      List<ToneCue> found = t == null ? List.of() : t.cues();
      b.append(i > 0 ? "," : "").append(p.start() - previous).append(',').append(p.end() - p.start()).append(',')
          .append(t == null ? "null" : thousandths(t.score())).append(',').append(found.size() * 2 + (p.heading() ? 1 : 0));
      previous = p.end();
      for (ToneCue cue : found) {
        b.append(',').append(cues.row(cue.text(), String.join(",", cue.flags())))
            .append(',').append(thousandths(cue.contribution()));
      }
    }
    b.append("],\"m\":[");
    previous = 0;
    for (int i = 0; i < a.mentions().size(); i++) {
      EntityMention m = a.mentions().get(i);
      b.append(i > 0 ? "," : "").append(m.start() - previous).append(',').append(m.end() - m.start()).append(',')
          .append(marks.row(m.entity(), m.type().name(), m.form().label()));
      previous = m.start();
    }
    b.append("],\"q\":[");
    previous = 0;
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      b.append(i > 0 ? "," : "").append(q.start() - previous).append(',').append(q.end() - q.start()).append(',')
          .append(said.row(q.speaker(), q.cue(), q.kind().label())).append(',').append(q.paragraph());
      previous = q.start();
    }
    b.append("]}");
    out.write(b.toString());
  }

  /** Ends the page with the corpus tables, the rows the articles' marks point to, and the script, and flushes. */
  public void finish(CorpusSummary s) throws IOException {
    out.write("\n]");
    out.write(afterArticles);
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("{\"articles\":").append(s.articles()).append(",\"by\":");
    string(s.by().label(), b);
    table(b, "entities", CorpusTables.ENTITIES, s);
    // Beside the entities' rows, in their order: the one article of an anonymised name, else -1,
    // so that the evidence of one "Dennis V." is not every article's "Dennis V.".
    b.append(",\"entityArticle\":[");
    for (int i = 0; i < s.entities().size(); i++) {
      b.append(i > 0 ? "," : "").append(s.entities().get(i).onlyArticle());
    }
    b.append(']');
    table(b, "timeline", CorpusTables.TIMELINE, s);
    table(b, "speakers", CorpusTables.SPEAKERS, s);
    table(b, "tone", CorpusTables.TONE, s);
    marks.write("marks", b);
    cues.write("cues", b);
    said.write("said", b);
    b.append('}');
    out.write(b.toString());
    out.write(afterSummary);
    out.flush();
  }

  /**
   * Rows of strings that the articles' marks share (a mention's entity, type and form; a cue's
   * words and flags; a quotation's speaker, verb and kind), each written once at the end of the
   * page and numbered in the order it first appears, so that the page is the same whatever the
   * thread count. There are far fewer rows than marks: a distinct name, verb or cue word is
   * spelled once, however often it is marked.
   */
  private static final class Rows {
    private final Map<List<String>, Integer> numbers = new HashMap<>();
    private final List<List<String>> all = new ArrayList<>();

    int row(String... values) {
      List<String> key = List.of(values);
      Integer n = numbers.get(key);
      if (n == null) {
        n = all.size();
        numbers.put(key, n);
        all.add(key);
      }
      return n;
    }

    void write(String name, StringBuilder b) {
      b.append(",\"").append(name).append("\":[");
      for (int i = 0; i < all.size(); i++) {
        b.append(i > 0 ? ",\n[" : "\n[");
        List<String> row = all.get(i);
        for (int k = 0; k < row.size(); k++) {
          if (k > 0) {
            b.append(',');
          }
          string(row.get(k), b);
        }
        b.append(']');
      }
      b.append(']');
    }
  }

  /** A table as an array of rows, each an array of its values in column order. */
  private static void table(StringBuilder b, String name, CorpusTables.CorpusTable table, CorpusSummary s) {
    b.append(",\"").append(name).append("\":[");
    List<List<Object>> rows = table.rows().apply(s);
    for (int i = 0; i < rows.size(); i++) {
      b.append(i > 0 ? ",\n" : "\n");
      StringBuilder row = new StringBuilder();
      JsonLinesWriter.value(rows.get(i), row);
      b.append(htmlSafe(row));
    }
    b.append(']');
  }

  /**
   * {@code v} in thousandths, rounded as {@code %.3f} rounds it (its digits without the point), and
   * "-0" for a negative value that rounds to zero, which the page shows as "−0,00" as before.
   */
  static String thousandths(double v) {
    String fixed = String.format(Locale.ROOT, "%.3f", v);
    boolean negative = fixed.startsWith("-");
    String digits = fixed.substring(negative ? 1 : 0).replace(".", "");
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return (negative ? "-" : "") + digits.substring(k);
  }

  /** {@code s} as a JSON string that is safe inside an HTML script block. */
  private static void string(String s, StringBuilder b) {
    StringBuilder json = new StringBuilder(s.length() + 2);
    JsonLinesWriter.string(s, json);
    b.append(htmlSafe(json));
  }

  /**
   * JSON text with {@code <}, {@code >} and {@code &} written as JSON escapes: inside a script
   * block "</script>" or "<!--" from an article would end or change the block; escaped, the
   * browser sees neither and JSON.parse gives back the same text.
   */
  static String htmlSafe(CharSequence json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSP hash of an inline script: the base64 SHA-256 of its text as it stands in the page. */
  static String sha256(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}

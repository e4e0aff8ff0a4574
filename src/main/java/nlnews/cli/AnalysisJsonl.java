package nlnews.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nlnews.corpus.ArticleFacts;
import nlnews.corpus.ArticleFacts.Named;
import nlnews.corpus.ArticleFacts.ParagraphScore;
import nlnews.corpus.ArticleFacts.Said;
import nlnews.input.Json;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.MentionForm;

/**
 * Reads the JSON Lines of {@code analyze --format jsonl} back into the facts of each article:
 * an {@code article} record, then the {@code entity}, {@code quote}, {@code paragraph} and
 * {@code mention} records of that article. Fields it does not know are ignored, so files with
 * more columns read the same. A line that is not such a record is reported with its number and
 * left out; the article it belongs to is still counted with what could be read.
 */
final class AnalysisJsonl {

  /** A line that is not a record of analyze's JSON Lines, with why. */
  record Problem(long line, String cause) {}

  private final Consumer<ArticleFacts> sink;
  private final Consumer<Problem> problems;

  private String id;
  private String date;
  private String source;
  private Double tone;
  private List<ParagraphScore> paragraphs;
  private List<Named> entities;
  private List<EntityMention> mentions;
  private List<Said> quotes;

  AnalysisJsonl(Consumer<ArticleFacts> sink, Consumer<Problem> problems) {
    this.sink = sink;
    this.problems = problems;
  }

  /** Reads every line of {@code in}; returns how many were problems. */
  long read(BufferedReader in) throws IOException {
    long number = 0;
    long bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> fast = FlatJson.object(line);
        record(fast != null ? fast : Json.object(line));
      } catch (IllegalArgumentException | ClassCastException e) {
        bad++;
        String cause = e instanceof Json.SyntaxException s ? "not JSON: " + s.reason()
            : e instanceof ClassCastException ? "a field of the wrong type" : e.getMessage();
        problems.accept(new Problem(number, cause));
      }
    }
    flush();
    return bad;
  }

  private void record(Map<String, Object> r) {
    String type = text(r, "type");
    if (type.equals("article")) {
      flush();
      id = text(r, "article");
      date = text(r, "date");
      // Files written before the source column have none: their articles' source is unknown.
      source = r.containsKey("source") ? text(r, "source") : "";
      Object score = r.get("score");
      tone = score == null ? null : ((Number) score).doubleValue();
      paragraphs = new ArrayList<>();
      entities = new ArrayList<>();
      mentions = new ArrayList<>();
      quotes = new ArrayList<>();
      return;
    }
    if (id == null || !id.equals(text(r, "article"))) {
      throw new IllegalArgumentException("a record of type " + type + " outside the records of its article");
    }
    switch (type) {
      case "entity" -> entities.add(new Named(
          text(r, "entity"), entityType(r, "entity_type"), (int) number(r, "count"), strings(r, "variants"),
          text(r, "linked_to")));
      case "quote" -> quotes.add(new Said(
          (int) number(r, "paragraph"), text(r, "kind"), text(r, "speaker"), text(r, "cue"), text(r, "quote")));
      case "paragraph" -> {
        // An article without text has no paragraph records; a paragraph always has a score.
        paragraphs.add(new ParagraphScore((int) number(r, "paragraph"), ((Number) need(r, "score")).doubleValue(), text(r, "label")));
      }
      case "mention" -> mentions.add(new EntityMention(
          text(r, "entity"), entityType(r, "mention_type"), (int) number(r, "paragraph"), form(text(r, "form")),
          text(r, "mention"), (int) number(r, "start"), (int) number(r, "end")));
      default -> throw new IllegalArgumentException("not a record of analyze --format jsonl: type " + type);
    }
  }

  private void flush() {
    if (id != null) {
      sink.accept(new ArticleFacts(id, date, source, tone, paragraphs, entities, mentions, quotes));
      id = null;
    }
  }

  private static Object need(Map<String, Object> r, String field) {
    if (!r.containsKey(field)) {
      throw new IllegalArgumentException("no field " + field);
    }
    return r.get(field);
  }

  private static String text(Map<String, Object> r, String field) {
    Object v = need(r, field);
    return v == null ? "" : (String) v;
  }

  private static long number(Map<String, Object> r, String field) {
    return ((Number) need(r, field)).longValue();
  }

  private static List<String> strings(Map<String, Object> r, String field) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) need(r, field)) {
      out.add((String) o);
    }
    return out;
  }

  private static EntityType entityType(Map<String, Object> r, String field) {
    String t = text(r, field);
    try {
      return EntityType.valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an entity type: " + t);
    }
  }

  private static MentionForm form(String label) {
    try {
      return MentionForm.valueOf(label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a mention form: " + label);
    }
  }
}

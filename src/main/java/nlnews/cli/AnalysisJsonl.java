package nlnews.cli;

import static nlnews.cli.FlatRecord.ABSENT;
import static nlnews.cli.FlatRecord.ARTICLE;
import static nlnews.cli.FlatRecord.COUNT;
import static nlnews.cli.FlatRecord.CUE;
import static nlnews.cli.FlatRecord.DATE;
import static nlnews.cli.FlatRecord.DECIMAL;
import static nlnews.cli.FlatRecord.END;
import static nlnews.cli.FlatRecord.ENTITY;
import static nlnews.cli.FlatRecord.ENTITY_TYPE;
import static nlnews.cli.FlatRecord.FORM;
import static nlnews.cli.FlatRecord.INTEGER;
import static nlnews.cli.FlatRecord.KIND;
import static nlnews.cli.FlatRecord.LABEL;
import static nlnews.cli.FlatRecord.LINKED_TO;
import static nlnews.cli.FlatRecord.MENTION;
import static nlnews.cli.FlatRecord.MENTION_TYPE;
import static nlnews.cli.FlatRecord.NULL;
import static nlnews.cli.FlatRecord.PARAGRAPH;
import static nlnews.cli.FlatRecord.QUOTE;
import static nlnews.cli.FlatRecord.SCORE;
import static nlnews.cli.FlatRecord.SOURCE;
import static nlnews.cli.FlatRecord.SPEAKER;
import static nlnews.cli.FlatRecord.START;
import static nlnews.cli.FlatRecord.STRING;
import static nlnews.cli.FlatRecord.STRINGS;
import static nlnews.cli.FlatRecord.TYPE;
import static nlnews.cli.FlatRecord.VARIANTS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
  private byte[] idBytes;

  private final FlatRecord scanner = new FlatRecord();
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private long number;
  private long bad;

  private static final byte[] ARTICLE_TYPE = bytes("article");
  private static final byte[] MENTION_TYPE_NAME = bytes("mention");
  private static final byte[] PARAGRAPH_TYPE = bytes("paragraph");
  private static final byte[] ENTITY_TYPE_NAME = bytes("entity");
  private static final byte[] QUOTE_TYPE = bytes("quote");
  private static final Map<String, MentionForm> FORMS = new HashMap<>();

  static {
    for (MentionForm f : MentionForm.values()) {
      FORMS.put(f.label(), f);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  AnalysisJsonl(Consumer<ArticleFacts> sink, Consumer<Problem> problems) {
    this.sink = sink;
    this.problems = problems;
  }

  /**
   * Reads every line of {@code in}, which must be UTF-8 (else a {@link CharacterCodingException});
   * returns how many lines were problems. Lines end at a line feed, a carriage return or both, as
   * {@link java.io.BufferedReader#readLine} ends them, and are numbered so.
   */
  long read(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 20];
    int length = 0;
    int pos = 0;
    int searched = 0;
    while (true) {
      int newline = -1;
      for (int k = searched; k < length; k++) {
        if (buf[k] == '\n') {
          newline = k;
          break;
        }
      }
      if (newline >= 0) {
        line(buf, pos, newline);
        pos = newline + 1;
        searched = pos;
        continue;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, length - pos);
        length -= pos;
        pos = 0;
      }
      searched = length;
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, length, buf.length - length);
      if (n < 0) {
        if (length > 0) {
          line(buf, 0, length);
        }
        break;
      }
      length += n;
    }
    flush();
    return bad;
  }

  /** One line without its line feed: read by bytes when it is a well-formed record, else as text. */
  private void line(byte[] b, int start, int end) throws CharacterCodingException {
    if (end > start && b[end - 1] == '\r') {
      end--;
    }
    if (scanner.scan(b, start, end) && fast()) {
      number++;
      return;
    }
    // A carriage return left inside ends a line too; the record reader declines any line with one.
    String text = utf8.decode(ByteBuffer.wrap(b, start, end - start)).toString();
    for (String line : text.split("\r", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> flat = FlatJson.object(line);
        record(flat != null ? flat : Json.object(line));
      } catch (IllegalArgumentException | ClassCastException e) {
        bad++;
        String cause = e instanceof Json.SyntaxException s ? "not JSON: " + s.reason()
            : e instanceof ClassCastException ? "a field of the wrong type" : e.getMessage();
        problems.accept(new Problem(number, cause));
      }
    }
  }

  /**
   * The record the scanner read, taken as {@link #record(Map)} takes it when every field it
   * needs is there with the type it needs; false, having changed nothing, for anything else, so
   * that the line is read again as text and the problem told as before.
   */
  private boolean fast() {
    FlatRecord r = scanner;
    if (r.kind(TYPE) != STRING || r.kind(ARTICLE) != STRING) {
      return false;
    }
    try {
      if (r.equals(TYPE, ARTICLE_TYPE)) {
        byte score = r.kind(SCORE);
        byte outlet = r.kind(SOURCE);
        if (r.kind(DATE) != STRING || !(score == ABSENT || score == NULL || score == INTEGER || score == DECIMAL)
            || !(outlet == ABSENT || outlet == STRING)) {
          return false;
        }
        flush();
        id = r.string(ARTICLE);
        idBytes = id.getBytes(StandardCharsets.UTF_8);
        date = r.string(DATE);
        // Files written before the source column have none: their articles' source is unknown.
        source = outlet == STRING ? r.string(SOURCE) : "";
        tone = score == INTEGER || score == DECIMAL ? r.decimal(SCORE) : null;
        paragraphs = new ArrayList<>();
        entities = new ArrayList<>();
        mentions = new ArrayList<>();
        quotes = new ArrayList<>();
        return true;
      }
      if (id == null || !r.equals(ARTICLE, idBytes)) {
        return false;
      }
      if (r.equals(TYPE, MENTION_TYPE_NAME)) {
        if (!strings(r, ENTITY, MENTION_TYPE, FORM, MENTION) || !integers(r, PARAGRAPH, START, END)) {
          return false;
        }
        EntityType type = type(r.string(MENTION_TYPE));
        MentionForm form = FORMS.get(r.string(FORM));
        if (type == null || form == null) {
          return false;
        }
        mentions.add(new EntityMention(r.string(ENTITY), type, (int) r.integer(PARAGRAPH), form, r.string(MENTION),
            (int) r.integer(START), (int) r.integer(END)));
        return true;
      }
      if (r.equals(TYPE, PARAGRAPH_TYPE)) {
        byte score = r.kind(SCORE);
        if (!strings(r, LABEL) || !integers(r, PARAGRAPH) || !(score == INTEGER || score == DECIMAL)) {
          return false;
        }
        paragraphs.add(new ParagraphScore((int) r.integer(PARAGRAPH), r.decimal(SCORE), r.string(LABEL)));
        return true;
      }
      if (r.equals(TYPE, ENTITY_TYPE_NAME)) {
        if (!strings(r, ENTITY, ENTITY_TYPE, LINKED_TO) || !integers(r, COUNT) || r.kind(VARIANTS) != STRINGS) {
          return false;
        }
        EntityType type = type(r.string(ENTITY_TYPE));
        if (type == null) {
          return false;
        }
        entities.add(new Named(r.string(ENTITY), type, (int) r.integer(COUNT), r.strings(VARIANTS), r.string(LINKED_TO)));
        return true;
      }
      if (r.equals(TYPE, QUOTE_TYPE)) {
        if (!strings(r, KIND, SPEAKER, CUE, QUOTE) || !integers(r, PARAGRAPH)) {
          return false;
        }
        quotes.add(new Said((int) r.integer(PARAGRAPH), r.string(KIND), r.string(SPEAKER), r.string(CUE), r.string(QUOTE)));
        return true;
      }
      return false;
    } catch (IllegalArgumentException e) {
      return false; // a record that refuses its values: read again as text, which reports it
    }
  }

  private static boolean strings(FlatRecord r, int... fields) {
    for (int f : fields) {
      if (r.kind(f) != STRING) {
        return false;
      }
    }
    return true;
  }

  private static boolean integers(FlatRecord r, int... fields) {
    for (int f : fields) {
      if (r.kind(f) != INTEGER) {
        return false;
      }
    }
    return true;
  }

  private static EntityType type(String name) {
    return switch (name) {
      case "PER" -> EntityType.PER;
      case "LOC" -> EntityType.LOC;
      case "ORG" -> EntityType.ORG;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  private void record(Map<String, Object> r) {
    String type = text(r, "type");
    if (type.equals("article")) {
      flush();
      id = text(r, "article");
      idBytes = id.getBytes(StandardCharsets.UTF_8);
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

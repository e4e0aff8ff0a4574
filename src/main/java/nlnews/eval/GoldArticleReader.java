package nlnews.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.input.Json;

/**
 * Reads one gold file (JSON) into a {@link GoldArticle}. Required: {@code file}, and the arrays
 * {@code paragraphs} (objects with {@code index} and {@code sentiment}), {@code entities}
 * ({@code name}, {@code type}, {@code count}, {@code variants}) and {@code quotes} ({@code text},
 * {@code kind}; {@code speaker} null or missing when unknown). Other fields are ignored. A file
 * that breaks these rules is refused with a message naming the field, e.g.
 * {@code entities[3].count: expected a whole number, not a string}.
 */
public final class GoldArticleReader {

  private static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");
  private static final Set<String> KINDS = Set.of("direct", "partial", "scare");

  private GoldArticleReader() {}

  /** The gold article of the JSON text {@code json}. */
  public static GoldArticle read(String json) {
    Map<String, Object> root = Json.object(json);
    String file = string(root, "file", "");
    String language = root.get("language") == null ? "nl" : string(root, "language", "");
    List<GoldArticle.Paragraph> paragraphs = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> p : objects(root, "paragraphs")) {
      String where = "paragraphs[" + n++ + "].";
      int tone = whole(p, "sentiment", where);
      if (tone < -1 || tone > 1) {
        throw new IllegalArgumentException(where + "sentiment: expected -1, 0 or 1, not " + tone);
      }
      paragraphs.add(new GoldArticle.Paragraph(whole(p, "index", where), tone, Boolean.TRUE.equals(p.get("heading"))));
    }
    List<GoldArticle.Entity> entities = new ArrayList<>();
    n = 0;
    for (Map<String, Object> e : objects(root, "entities")) {
      String where = "entities[" + n++ + "].";
      String type = string(e, "type", where);
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException(where + "type: expected PER, LOC, ORG or MISC, not " + type);
      }
      entities.add(new GoldArticle.Entity(string(e, "name", where), type, whole(e, "count", where), strings(e, "variants", where)));
    }
    List<GoldArticle.Quote> quotes = new ArrayList<>();
    n = 0;
    for (Map<String, Object> q : objects(root, "quotes")) {
      String where = "quotes[" + n++ + "].";
      String kind = string(q, "kind", where);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(where + "kind: expected direct, partial or scare, not " + kind);
      }
      int paragraph = q.get("paragraph") == null ? 0 : whole(q, "paragraph", where);
      quotes.add(
          new GoldArticle.Quote(
              paragraph, string(q, "text", where), optional(q, "speaker", where), optional(q, "speaker_mention", where),
              optional(q, "cue", where), kind));
    }
    return new GoldArticle(file, language, paragraphs, entities, quotes);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(Map<String, Object> root, String field) {
    Object value = root.get(field);
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(field + ": expected an array, not " + Json.typeName(value));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map)) {
        throw new IllegalArgumentException(field + "[" + i + "]: expected an object, not " + Json.typeName(list.get(i)));
      }
      out.add((Map<String, Object>) list.get(i));
    }
    return out;
  }

  private static String string(Map<String, Object> object, String field, String where) {
    Object value = object.get(field);
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(where + field + ": expected a string, not " + Json.typeName(value));
    }
    return s;
  }

  /** A string that may be null or missing, as the empty string. */
  private static String optional(Map<String, Object> object, String field, String where) {
    return object.get(field) == null ? "" : string(object, field, where);
  }

  private static int whole(Map<String, Object> object, String field, String where) {
    Object value = object.get(field);
    if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    throw new IllegalArgumentException(where + field + ": expected a whole number, not " + Json.typeName(value));
  }

  private static List<String> strings(Map<String, Object> object, String field, String where) {
    Object value = object.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(where + field + ": expected an array of strings, not " + Json.typeName(value));
    }
    List<String> out = new ArrayList<>();
    for (Object v : list) {
      if (!(v instanceof String s)) {
        throw new IllegalArgumentException(where + field + ": expected an array of strings, holding " + Json.typeName(v));
      }
      out.add(s);
    }
    return out;
  }
}

package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.EntityType;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;

/** Hand-written model output for the refiner tests. */
final class ModelSpans {

  private ModelSpans() {}

  /**
   * The names {@code model} gives as "words/TYPE" separated by ";", each the first match in
   * {@code text} after the one before, with the evidence "model".
   */
  static List<NameSpan> in(String text, String model) {
    List<NameSpan> spans = new ArrayList<>();
    int from = 0;
    for (String m : model.isEmpty() ? new String[0] : model.split(";")) {
      int slash = m.lastIndexOf('/');
      String words = m.substring(0, slash);
      int start = text.indexOf(words, from);
      spans.add(new NameSpan(start, start + words.length(), EntityType.valueOf(m.substring(slash + 1)), 1, "model"));
      from = start + words.length();
    }
    return spans;
  }

  /** The tokens of the first {@code words} in {@code text}, as the cue rules read a name. */
  static SpanTokens tokens(String text, String words) {
    int start = text.indexOf(words);
    NameSpan span = new NameSpan(start, start + words.length(), EntityType.MISC, 1, "model");
    return SpanTokens.of(new TokenIndex(Fixtures.article(text)), span);
  }

  /** {@code spans} as "words/TYPE/evidence" separated by ";". */
  static String show(String text, List<NameSpan> spans) {
    List<String> shown = new ArrayList<>();
    for (NameSpan s : spans) {
      shown.add(text.substring(s.start(), s.end()) + "/" + s.type() + "/" + s.evidence());
    }
    return String.join(";", shown);
  }
}

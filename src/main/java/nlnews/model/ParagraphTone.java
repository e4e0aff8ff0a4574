package nlnews.model;

import java.util.List;

/** The tone of one paragraph: a score in [-1, 1], its label, and the cues behind it. */
public record ParagraphTone(
    int paragraph, boolean heading, double score, ToneLabel label, List<ToneCue> cues) {

  public ParagraphTone {
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score out of [-1, 1]: " + score);
    }
    cues = List.copyOf(cues);
  }

  public List<ToneCue> positiveCues() {
    return cues.stream().filter(c -> c.contribution() > 0).toList();
  }

  public List<ToneCue> negativeCues() {
    return cues.stream().filter(c -> c.contribution() < 0).toList();
  }
}

package nlnews.model;

/** The tone of a whole article: a score in [-1, 1] and its label. */
public record ArticleTone(double score, ToneLabel label) {

  public static final ArticleTone NEUTRAL = new ArticleTone(0, ToneLabel.NEUTRAL);
}

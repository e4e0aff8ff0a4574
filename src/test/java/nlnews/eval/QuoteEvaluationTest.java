package nlnews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.eval.QuoteEvaluation.ArticleScore;
import nlnews.eval.QuoteEvaluation.Summary;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {

  private static final String TEXT = "\"Eerst dit\", zegt Jansen. \"Dan dat en nog wat\", zegt Pietersen. Een \"term\".";

  /** A found quotation over the first occurrence of {@code text} in {@link #TEXT}. */
  private static Quote found(String text, String speaker, QuoteKind kind) {
    int start = TEXT.indexOf(text);
    return new Quote(1, kind, text, start, start + text.length(), speaker, "", "");
  }

  private static GoldQuote gold(String quote, String speaker, String kind) {
    return new GoldQuote("a.txt", quote, speaker, kind, 1);
  }

  @Test
  void matchesQuotesThatOverlapByAtLeastHalfTheLonger() {
    ArticleScore score =
        QuoteEvaluation.score(
            "a.txt", TEXT,
            List.of(found("Eerst dit", "Jansen", QuoteKind.DIRECT), found("Dan dat", "Jansen", QuoteKind.DIRECT)),
            List.of(gold("Eerst dit", "Jansen", "direct"), gold("Dan dat en nog wat", "Pietersen", "direct")));
    // "Dan dat" is 7 of 18 characters of the gold quote: less than half, no match
    assertEquals(1, score.matches().size());
    assertEquals(1, score.missed().size());
    assertEquals(1, score.spurious().size());
    Summary s = Summary.of(List.of(score));
    assertEquals(0.5, s.precision());
    assertEquals(0.5, s.recall());
    assertEquals(0.5, s.f1());
    assertEquals(1.0, s.speakerAccuracy());
    assertEquals(1.0, s.namedSpeakerAccuracy());
  }

  @Test
  void exactlyHalfTheLongerIsEnough() {
    ArticleScore score =
        QuoteEvaluation.score(
            "a.txt", "\"abcdefgh\"", List.of(new Quote(1, QuoteKind.DIRECT, "abcd", 1, 5, "", "", "")),
            List.of(gold("abcdefgh", "", "direct")));
    assertEquals(1, score.matches().size());
  }

  @Test
  void eachQuoteMatchesOnceAndSpeakersCompareWithoutCaseOrSpacing() {
    ArticleScore score =
        QuoteEvaluation.score(
            "a.txt", TEXT,
            List.of(found("Dan dat en nog wat", "  pietersen ", QuoteKind.DIRECT)),
            List.of(gold("Dan dat en nog wat", "Pietersen", "direct"), gold("Dan dat en nog wat", "Pietersen", "direct")));
    assertEquals(1, score.matches().size());
    assertTrue(score.matches().get(0).speakerCorrect());
    assertEquals(1, score.unlocated().size() + score.missed().size());
  }

  @Test
  void aWrongSpeakerOrKindCountsOnlyForThoseRatios() {
    ArticleScore score =
        QuoteEvaluation.score(
            "a.txt", TEXT,
            List.of(found("term", "Jansen", QuoteKind.PARTIAL)),
            List.of(gold("term", "", "scare")));
    Summary s = Summary.of(List.of(score));
    assertEquals(1.0, s.f1());
    assertEquals(0.0, s.speakerAccuracy());
    assertTrue(Double.isNaN(s.namedSpeakerAccuracy()), "no gold quote with a speaker");
    assertEquals(0.0, s.kindAccuracy());
    assertFalse(score.matches().get(0).speakerCorrect());
  }

  @Test
  void aGoldQuoteMissingFromTheTextCountsAsMissed() {
    ArticleScore score = QuoteEvaluation.score("a.txt", TEXT, List.of(), List.of(gold("niet hier", "X", "direct")));
    assertEquals(1, score.unlocated().size());
    assertEquals(0.0, Summary.of(List.of(score)).recall());
  }

  @Test
  void locatesRepeatedTextInOrderAfterAnOpeningMark() {
    String text = "Hij zei nooit. \"Nooit\", zei hij. \"Nooit\", zei ze.";
    List<QuoteEvaluation.Located> located =
        QuoteEvaluation.locate(text, List.of(gold("Nooit", "A", "direct"), gold("Nooit", "B", "direct")));
    assertEquals(text.indexOf("\"Nooit") + 1, located.get(0).start());
    assertEquals(text.lastIndexOf("\"Nooit") + 1, located.get(1).start());
  }

  @Test
  void ratiosOverNothingAreUndefined() {
    Summary s = Summary.of(List.of(QuoteEvaluation.score("a.txt", TEXT, List.of(), List.of())));
    assertTrue(Double.isNaN(s.precision()));
    assertTrue(Double.isNaN(s.recall()));
    assertTrue(Double.isNaN(s.f1()));
    assertTrue(Double.isNaN(s.speakerAccuracy()));
  }
}

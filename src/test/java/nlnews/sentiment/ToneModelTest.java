package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nlnews.model.ToneLabel;
import nlnews.text.Language;
import org.junit.jupiter.api.Test;

class ToneModelTest {

  @Test
  void theShippedModelWeighsEveryGroupAndHasThresholdsEitherSideOfZero() {
    ToneModel model = ToneModel.load(Language.dutch());
    assertEquals(-ToneModel.THRESHOLD, model.negativeThreshold(), "trained models are in threshold units");
    assertEquals(ToneModel.THRESHOLD, model.positiveThreshold());
    assertTrue(model.groups().size() >= 20, model.groups().toString());
    for (Map.Entry<String, Double> e : model.groups().entrySet()) {
      assertTrue(e.getKey().endsWith("+") || e.getKey().endsWith("-"), e.getKey());
      // A weight may shrink a group, never turn it around: the sign stays the lexicon's.
      assertTrue(e.getValue() > 0, e.toString());
    }
  }

  @Test
  void labelsFollowTheThresholdsInclusively() {
    ToneModel model = new ToneModel(Map.of("economy-", 2.0), -0.5, 0.7);
    assertEquals(ToneLabel.NEGATIVE, model.label(-0.5));
    assertEquals(ToneLabel.NEUTRAL, model.label(-0.49));
    assertEquals(ToneLabel.NEUTRAL, model.label(0.69));
    assertEquals(ToneLabel.POSITIVE, model.label(0.7));
    assertEquals(2.0, model.groupWeight("economy", -0.3));
    assertEquals(1.0, model.groupWeight("economy", 0.3), "a group the model does not list weighs 1");
    assertThrows(IllegalArgumentException.class, () -> new ToneModel(Map.of(), 0.1, 0.7));
  }

  @Test
  void theRulesAloneWeighEverythingOnce() {
    ToneModel rules = ToneModel.rulesOnly();
    assertEquals(1.0, rules.groupWeight("optimism", -0.4));
    assertEquals(ToneLabel.POSITIVE, rules.label(0.1));
    assertEquals(ToneLabel.NEUTRAL, rules.label(0.09));
  }

  /**
   * Synthetic texts whose label follows their economy cues, with conflict cues as noise: the
   * fitted weight of economy must exceed that of conflict, the weights come in threshold units
   * (one economy cue of the typical size reaches the threshold), and fitting twice gives the
   * same model.
   */
  @Test
  void theTrainerWeighsTheGroupThatPredictsTheLabelMore() {
    Random random = new Random(5);
    List<ToneTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      int gold = random.nextInt(3) - 1;
      List<ToneScorer.RuleCue> cues = new ArrayList<>();
      if (gold != 0) {
        cues.add(new ToneScorer.RuleCue("economy", gold * (0.3 + 0.4 * random.nextDouble())));
      }
      if (random.nextBoolean()) {
        cues.add(new ToneScorer.RuleCue("conflict", (random.nextBoolean() ? 1 : -1) * 0.5));
      }
      examples.add(new ToneTrainer.Example(cues, gold, random.nextInt(100)));
    }
    ToneTrainer.Settings settings = new ToneTrainer.Settings(0.0005, 500, 3);
    ToneTrainer.Result result = ToneTrainer.train(examples, settings);
    ToneModel model = result.model();
    for (String sign : List.of("+", "-")) {
      assertTrue(model.groups().get("economy" + sign) > 2 * model.groups().get("conflict" + sign), model.groups().toString());
      assertTrue(model.groups().get("economy" + sign) * 0.5 >= 1, "half an economy cue reaches the threshold: " + model.groups());
      assertTrue(model.groups().get("conflict" + sign) * 0.5 < 1, "a conflict cue alone does not: " + model.groups());
    }
    assertEquals(-ToneModel.THRESHOLD, model.negativeThreshold());
    assertEquals(ToneModel.THRESHOLD, model.positiveThreshold());
    assertTrue(result.crossValidation().accuracy() > 0.9, result.crossValidation().toString());
    // The folds partition the examples: each example counted once, by its bucket modulo 3.
    assertEquals(3, result.perFold().size());
    int counted = 0;
    int right = 0;
    for (int f = 0; f < 3; f++) {
      ToneEvaluation e = result.perFold().get(f);
      final int fold = f;
      assertEquals(examples.stream().filter(x -> x.bucket() % 3 == fold).count(), e.count());
      counted += e.count();
      for (int g : ToneEvaluation.VALUES) {
        right += e.cell(g, g);
      }
    }
    assertEquals(examples.size(), counted);
    assertEquals(result.crossValidation().accuracy(), (double) right / counted, 1e-12);
    ToneTrainer.Result again = ToneTrainer.train(examples, settings);
    assertEquals(model.groups(), again.model().groups());
    assertEquals(result.factor(), again.factor());
  }

  /**
   * Paragraphs of gold articles: their folds are by article (the bucket), the threshold is chosen
   * on them, and their figures are reported apart from the texts'. With a large weight the fit
   * follows the paragraphs, in which a conflict cue predicts the label, where the texts say it
   * does not.
   */
  @Test
  void paragraphsAreFoldedByArticleAndWeighed() {
    Random random = new Random(7);
    List<ToneTrainer.Example> texts = new ArrayList<>();
    List<ToneTrainer.Example> paragraphs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      int gold = random.nextInt(3) - 1;
      List<ToneScorer.RuleCue> cues = new ArrayList<>();
      cues.add(new ToneScorer.RuleCue("conflict", (random.nextBoolean() ? 1 : -1) * 0.5));
      if (gold != 0) {
        cues.add(new ToneScorer.RuleCue("economy", gold * 0.5));
      }
      texts.add(new ToneTrainer.Example(cues, gold, random.nextInt(100)));
    }
    for (int article = 0; article < 40; article++) {
      for (int p = 0; p < 5; p++) {
        int gold = random.nextInt(3) - 1;
        List<ToneScorer.RuleCue> cues = gold == 0 ? List.of() : List.of(new ToneScorer.RuleCue("conflict", gold * 0.5));
        paragraphs.add(new ToneTrainer.Example(cues, gold, article, 50, true));
      }
    }
    List<ToneTrainer.Example> all = new ArrayList<>(texts);
    all.addAll(paragraphs);
    ToneTrainer.Settings settings = new ToneTrainer.Settings(0.0005, 500, 4);
    ToneTrainer.Result result = ToneTrainer.train(all, settings);
    assertEquals(paragraphs.size(), result.paragraphs().count());
    assertEquals(texts.size(), result.crossValidation().count());
    assertTrue(result.paragraphs().accuracy() > 0.9, result.paragraphs().toString());
    assertTrue(result.model().groups().get("conflict+") * 0.5 >= 1, "a conflict cue alone reaches the threshold: " + result.model().groups());
    ToneTrainer.Result light = ToneTrainer.train(all.stream().map(e -> e.paragraph()
        ? new ToneTrainer.Example(e.cues(), e.gold(), e.bucket(), 0.01, true) : e).toList(), settings);
    assertTrue(light.model().groups().get("conflict+") < result.model().groups().get("conflict+"), light.model().groups().toString());
    assertEquals(null, ToneTrainer.train(texts, settings).paragraphs());
  }

  @Test
  void theBoundaryIsWherePositiveOvertakesNeutral() {
    double h = 1.2;
    double z = ToneTrainer.boundary(h);
    double positive = 1 - 1 / (1 + Math.exp(-(h - z)));
    double neutral = 1 / (1 + Math.exp(-(h - z))) - 1 / (1 + Math.exp(-(-h - z)));
    assertEquals(positive, neutral, 1e-9);
    assertTrue(z > 0 && z < h, "between 0 and the cut point: " + z);
  }

  @Test
  void aSumOfOneScoresTheThreshold() {
    assertEquals(ToneModel.THRESHOLD, Math.round(ToneScorer.squash(1.0) * 1000) / 1000.0);
    assertEquals(0.330, Math.round(ToneScorer.squash(0.99) * 1000) / 1000.0);
  }
}

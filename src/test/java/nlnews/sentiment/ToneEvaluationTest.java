package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneEvaluationTest {

  // Ten texts: six agree; one negative called neutral, one neutral called positive, one
  // neutral called negative, one positive called neutral.
  private static final int[] GOLD = {-1, -1, -1, 0, 0, 0, 0, 1, 1, 1};
  private static final int[] PREDICTED = {-1, -1, 0, 0, 0, 1, -1, 1, 1, 0};

  @Test
  void accuracyMacroF1AndConfusionByHand() {
    ToneEvaluation e = ToneEvaluation.of(GOLD, PREDICTED);
    assertEquals(10, e.count());
    assertEquals(0.6, e.accuracy(), 1e-12);
    // F1: negative 2*2/(3+3), neutral 2*2/(4+4), positive 2*2/(3+3)
    assertEquals((4.0 / 6 + 4.0 / 8 + 4.0 / 6) / 3, e.macroF1(), 1e-12);
    assertEquals(2, e.cell(-1, -1));
    assertEquals(1, e.cell(-1, 0));
    assertEquals(0, e.cell(-1, 1));
    assertEquals(1, e.cell(0, -1));
    assertEquals(2, e.cell(0, 0));
    assertEquals(1, e.cell(0, 1));
    assertEquals(0, e.cell(1, -1));
    assertEquals(1, e.cell(1, 0));
    assertEquals(2, e.cell(1, 1));
  }

  @Test
  void ordinalAlphaMatchesThePairwiseDefinition() {
    // Computed independently from the definition: coincidences of both orders of each pair,
    // ordinal distances from the marginals (6, 8, 6), alpha = 1 - D_o / D_e = 0.68333...
    assertEquals(0.6833333333333333, ToneEvaluation.of(GOLD, PREDICTED).alpha(), 1e-12);
  }

  @Test
  void perfectAgreementIsOneAndOppositesAreWorseThanNeighbours() {
    assertEquals(1.0, ToneEvaluation.of(GOLD, GOLD).alpha(), 1e-12);
    int[] gold = {-1, 0, 1, -1, 0, 1};
    double neighbour = ToneEvaluation.of(gold, new int[] {0, 0, 1, -1, 0, 1}).alpha();
    double opposite = ToneEvaluation.of(gold, new int[] {1, 0, 1, -1, 0, 1}).alpha();
    assertTrue(opposite < neighbour, opposite + " vs " + neighbour);
  }

  @Test
  void oneValueThroughoutLeavesAlphaUndefined() {
    assertTrue(Double.isNaN(ToneEvaluation.of(new int[] {0, 0}, new int[] {0, 0}).alpha()));
  }

  @Test
  void labelsOutsideTheScaleAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ToneEvaluation.of(new int[] {2}, new int[] {0}));
    assertThrows(IllegalArgumentException.class, () -> ToneEvaluation.of(new int[] {0}, new int[] {0, 1}));
  }
}

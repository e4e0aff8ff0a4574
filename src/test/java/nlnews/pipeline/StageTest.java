package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTest {

  private static Set<Stage> stages(String names) {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    for (String name : names.split(" ")) {
      if (!name.isEmpty()) {
        stages.add(Stage.valueOf(name));
      }
    }
    return stages;
  }

  /** The stages asked for, the stages that then run, and the data that is read, in reading order. */
  @ParameterizedTest(name = "asked for [{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                    | ''                                  | ''
          ENTITIES              | ENTITIES                            | NAME_MODEL GAZETTEER NAME_WORDS
          QUOTE_MARKS           | QUOTE_MARKS                         | SPEECH_VERBS QUOTE_NOUNS
          QUOTES                | ENTITIES QUOTE_MARKS QUOTES         | NAME_MODEL GAZETTEER NAME_WORDS SPEECH_VERBS QUOTE_NOUNS
          TONE                  | QUOTE_MARKS TONE                    | TONE_LEXICON SPEECH_VERBS QUOTE_NOUNS TONE_MODEL
          ENTITIES TONE         | ENTITIES QUOTE_MARKS TONE           | NAME_MODEL TONE_LEXICON GAZETTEER NAME_WORDS SPEECH_VERBS QUOTE_NOUNS TONE_MODEL
          QUOTES TONE           | ENTITIES QUOTE_MARKS QUOTES TONE    | NAME_MODEL TONE_LEXICON GAZETTEER NAME_WORDS SPEECH_VERBS QUOTE_NOUNS TONE_MODEL
          MENTIONS              | ENTITIES QUOTE_MARKS MENTIONS       | NAME_MODEL GAZETTEER NAME_WORDS SPEECH_VERBS QUOTE_NOUNS
          MENTIONS TONE         | ENTITIES QUOTE_MARKS MENTIONS TONE  | NAME_MODEL TONE_LEXICON GAZETTEER NAME_WORDS SPEECH_VERBS QUOTE_NOUNS TONE_MODEL
          """)
  void aStageRunsWithWhatItNeedsAndReadsOnlyTheirData(String requested, String run, String reads) {
    Set<Stage> stages = Stage.withNeeds(stages(requested));
    assertEquals(stages(run), stages);
    List<String> names = new ArrayList<>();
    for (Stage.Data<?> data : Stage.reads(stages)) {
      names.add(name(data));
    }
    assertEquals(reads, String.join(" ", names));
  }

  @Test
  void everyStageComesAfterTheStagesItNeeds() {
    // The recipe runs a stage after the stages it needs; the enum is declared in the same order.
    for (Stage stage : Stage.values()) {
      for (Stage need : Stage.withNeeds(EnumSet.of(stage))) {
        assertTrue(need.ordinal() <= stage.ordinal(), stage + " needs " + need + ", declared after it");
      }
    }
  }

  @Test
  void everyDataIsInTheReadingOrder() throws IllegalAccessException {
    List<Stage.Data<?>> all = new ArrayList<>();
    for (var field : Stage.Data.class.getDeclaredFields()) {
      if (field.getType() == Stage.Data.class) {
        all.add((Stage.Data<?>) field.get(null));
      }
    }
    assertEquals(all.size(), Stage.Data.LONGEST_FIRST.size());
    assertTrue(Stage.Data.LONGEST_FIRST.containsAll(all));
  }

  private static String name(Stage.Data<?> data) {
    for (var field : Stage.Data.class.getDeclaredFields()) {
      try {
        if (field.getType() == Stage.Data.class && field.get(null) == data) {
          return field.getName();
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no constant for " + data);
  }
}

package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nlnews.model.EntityType;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One type per name within an article, with hand-built lists ({@link HandBuiltLists}). */
class OneTypePerNameTest {

  private static final OneTypePerName AGREEMENT = new OneTypePerName(HandBuiltLists.GAZETTEER);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Marleen de Graaf sprak. De Graaf zweeg.         | Marleen de Graaf/PER;De Graaf/MISC           | Marleen de Graaf/PER/model;De Graaf/PER/model-elsewhere
          SV Oostervelde won. Oostervelde juicht.         | SV Oostervelde/ORG;Oostervelde/LOC           | SV Oostervelde/ORG/model;Oostervelde/ORG/model-elsewhere
          Harderwijk Vooruit won. Harderwijk juicht.      | Harderwijk Vooruit/ORG;Harderwijk/LOC        | Harderwijk Vooruit/ORG/model;Harderwijk/LOC/model
          Meuse Steel sluit. Bij Meuse Steel staken ze. Ook Meuse Steel zwijgt. | Meuse Steel/ORG;Meuse Steel/MISC;Meuse Steel/ORG | Meuse Steel/ORG/model;Meuse Steel/ORG/model-elsewhere;Meuse Steel/ORG/model
          Toen zweeg Peeters. Peeters lachte.             | Peeters/PER;Peeters/LOC                      | Peeters/PER/model;Peeters/LOC/model
          """)
  void agreesOnOneTypePerName(String text, String spans, String expected) {
    assertEquals(expected, ModelSpans.show(text, AGREEMENT.apply(Fixtures.article(text), ModelSpans.in(text, spans))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het duo Kroepoek speelt. Kroepoek won.        | Kroepoek/PER;Kroepoek/PER          | ORG;-       | Kroepoek/ORG/model+kind-noun;Kroepoek/ORG/model+cue-elsewhere
          Jan Kroepoek zong. Het duo Kroepoek won.      | Jan Kroepoek/PER;Kroepoek/PER      | -;ORG       | Jan Kroepoek/PER/model;Kroepoek/ORG/model+kind-noun
          Genk won. In Genk regende het.                | Genk/LOC;Genk/LOC                  | ORG!;-      | Genk/ORG/model+team;Genk/LOC/model
          Gent won. Gent juicht.                        | Gent/LOC;Gent/LOC                  | ORG;-       | Gent/ORG/model+kind-noun;Gent/LOC/model
          Toen zweeg Peeters. Peeters lachte.           | Peeters/PER;Peeters/LOC            | -;-         | Peeters/PER/model;Peeters/LOC/model
          """)
  void aCueHoldsForEveryMentionOfAnUnknownNameAndForItsOwnMentionOfAKnownOne(String text, String spans, String cues, String expected) {
    List<Optional<TypeCue>> parsed = new ArrayList<>();
    for (String c : cues.split(";")) {
      parsed.add(c.equals("-") ? Optional.empty()
          : Optional.of(new TypeCue(EntityType.valueOf(c.replace("!", "")), c.endsWith("!") ? "team" : "kind-noun", c.endsWith("!"))));
    }
    assertEquals(expected, ModelSpans.show(text, AGREEMENT.apply(Fixtures.article(text), ModelSpans.in(text, spans), parsed)));
  }

  @Test
  void ofOverlappingNamesTheFirstIsKept() {
    String text = "Toen zweeg Jan Peeters.";
    List<NameSpan> spans =
        List.of(new NameSpan(11, 22, EntityType.PER, 1, "model"), new NameSpan(15, 22, EntityType.PER, 1, "rules:title"));
    assertEquals("Jan Peeters/PER/model", ModelSpans.show(text, AGREEMENT.apply(Fixtures.article(text), spans)));
  }
}

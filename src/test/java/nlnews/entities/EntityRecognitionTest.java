package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import nlnews.model.Entity;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecognitionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Premier Mark Rutte sprak in Den Haag. Later zei Rutte meer.                    | Mark Rutte/PER/2;Den Haag/LOC/1
          De NAVO en de Verenigde Naties vergaderden in Brussel.                         | Brussel/LOC/1;NAVO/ORG/1;Verenigde Naties/ORG/1
          Kremlin-woordvoerder Dmitry Peskov reageerde.                                  | Dmitry Peskov/PER/1;Kremlin/ORG/1
          J.P. Balkenende opende. Later sprak Jan Peter Balkenende. Balkenende lachte.   | Jan Peter Balkenende/PER/3
          Marleen de Graaf is informateur. De Graaf zweeg.                               | Marleen de Graaf/PER/2
          Minister van Begroting Katrien Vermeulen verdedigde haar cijfers.             | Katrien Vermeulen/PER/1
          De Oekraïense president Volodymyr Zelensky sprak met Zelensky-aanhangers.       | Volodymyr Zelensky/PER/2;Oekraïense/MISC/1
          Het ministerie van Defensie in Moskou meldde dat.                              | Moskou/LOC/1;ministerie van Defensie/ORG/1
          In de stad Tsjelovkovo bleef het rustig; ook Tsjelovkovo zelf.                 | Tsjelovkovo/LOC/2
          """)
  void findsAndMergesNames(String text, String expected) {
    List<String> found = Fixtures.entities(text);
    for (String e : expected.split(";")) {
      assertEquals(true, found.contains(e), e + " not in " + found);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Dinsdag werden de onderhandelingen afgesloten.
          Maar woensdag bleef er weinig over van dat optimisme.
          Het was een betekenisvolle discussie.
          Tijdens het overleg deed niemand een voorstel.
          En ook de onderhandelaar was positief.
          Woensdag meldde het ministerie dat.
          Volgens de meeste experts gaat het goed.
          Demonstranten trokken door de straten.
          """)
  void sentenceInitialWordsAreNotNames(String text) {
    assertEquals(List.of(), Fixtures.entities(text));
  }

  @Test
  void lowerCaseTextHasNoNames() {
    assertEquals(List.of(), Fixtures.entities("de regering kwam bijeen en besloot niets.\n\nook morgen niet."));
  }

  @Test
  void entitiesAreSortedByCountThenName() {
    List<Entity> entities =
        Fixtures.analyse("Rusland en Oekraïne praten. Oekraïne wil vrede. Rusland ook. Oekraïne hoopt. Turkije bemiddelt.").entities();
    assertEquals(
        List.of("Oekraïne", "Rusland", "Turkije"),
        entities.stream().map(Entity::name).toList());
    assertEquals(Arrays.asList(3, 2, 1), entities.stream().map(Entity::count).toList());
  }

  @Test
  void mentionsPointAtTheirText() {
    String text = "Kremlin-woordvoerder Dmitry Peskov en de Kremlin-top.";
    for (Entity e : Fixtures.analyse(text).entities()) {
      e.mentions().forEach(m -> assertEquals(m.text(), text.substring(m.start(), m.end())));
    }
  }
}

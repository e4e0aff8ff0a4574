package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Entity;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Variants of one name become one entity, on hand-built names and lists ({@link HandBuiltLists}). */
class EntityResolverTest {

  private static final EntityResolver RESOLVER = new EntityResolver(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Humo vroeg het. HUMO schreef.                          | Humo/ORG;HUMO/ORG                | Humo/ORG/2
          De Veiligheidsregio Drenthe meldt. De Veiligheidsregio waarschuwt. | Veiligheidsregio Drenthe/ORG;Veiligheidsregio/ORG | Veiligheidsregio Drenthe/ORG/2
          Ze speelden in De Adelaarshorst. De Adelaarshorst en Adelaarshorst. | De Adelaarshorst/LOC;De Adelaarshorst/LOC;Adelaarshorst/LOC | De Adelaarshorst/LOC/3
          Coaches Betaald Voetbal (CBV) protesteert.             | Coaches Betaald Voetbal/ORG;CBV/ORG | Coaches Betaald Voetbal/ORG/2
          De Partij van de Arbeid en de PvdA.                     | Partij van de Arbeid/ORG;PvdA/ORG | Partij van de Arbeid/ORG/2
          Zelensky sprak. Later zei Zelenski meer.               | Zelensky/PER;Zelenski/PER        | Zelensky/PER/2
          Max Kools zong. KOOLS lachte.                          | Max Kools/PER;KOOLS/PER          | Max Kools/PER/2
          Volodymyr Zelensky sprak. Zelenskyj knikte.            | Volodymyr Zelensky/PER;Zelenskyj/PER | Volodymyr Zelensky/PER/2
          De Veiligheidsregio Drenthe en Veiligheidsregio Utrecht. De Veiligheidsregio zweeg. | Veiligheidsregio Drenthe/ORG;Veiligheidsregio Utrecht/ORG;Veiligheidsregio/ORG | Veiligheidsregio/ORG/1;Veiligheidsregio Drenthe/ORG/1;Veiligheidsregio Utrecht/ORG/1
          In Utrecht en op Utrecht Centraal.                     | Utrecht/LOC;Utrecht Centraal/LOC | Utrecht/LOC/1;Utrecht Centraal/LOC/1
          Ad zei het tegen het AD.                               | Ad/ORG;AD/ORG                    | Ad/ORG/1;AD/ORG/1
          Jansen en Janssen spraken.                             | Jansen/PER;Janssen/PER           | Jansen/PER/1;Janssen/PER/1
          De NS en de Nationale Spoorwegen.                      | NS/ORG;Nationale Spoorwegen/LOC  | Nationale Spoorwegen/LOC/1;NS/ORG/1
          """)
  void variantsOfOneNameAreOneEntity(String text, String spans, String expected) {
    List<String> out = new ArrayList<>();
    for (Entity e : RESOLVER.resolve(Fixtures.article(text), ModelSpans.in(text, spans))) {
      out.add(e.name() + "/" + e.type() + "/" + e.count());
    }
    assertEquals(expected, String.join(";", out));
  }
}

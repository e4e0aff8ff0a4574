package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credits, agencies, bylines and label lines, on hand-built lists ({@link HandBuiltLists}). */
class PageFurnitureTest {

  private static final PageFurniture FURNITURE = new PageFurniture(HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het water stond hoog (foto: Omroep West) in de straat.     | Omroep West
          De burgemeester opent de brug. Foto: Jan Smit              | Jan Smit
          De burgemeester opent de brug. Beeld Ivo de Wit            | Ivo de Wit
          `De burgemeester opent de brug. \u00A9 Kees Bol`           | Kees Bol
          ANP Premier Jansen bij de Kamer.                           | ANP
          Hollandse Hoogte Minister Bakker in Den Haag.              | Hollandse Hoogte
          `Een nieuwe wet\\n\\nDoor Anna de Vos\\n\\nDe Kamer stemde.` | Anna de Vos
          `Een nieuwe wet\\n\\nAnna de Vos Nieuwsblad -\\n\\nDe Kamer stemde.` | Anna de Vos Nieuwsblad -
          `NOS Nieuws \u2022 Binnenland\\n\\nDe Kamer stemde.`       | NOS Nieuws \u2022 Binnenland
          ANP meldt dat de Kamer stemde.                             | -
          Volgens persbureau ANP stemde de Kamer.                    | -
          Beeld je in dat Jan Smit wint.                             | -
          Door Jan Smit werd het besloten en Kees lachte erom.       | -
          Het beeld van Jan Smit bleef hangen.                       | -
          `\u2022 Minister Bakker wil dat de Kamer meer geld geeft aan de zorg, de scholen en de politie.` | -
          """)
  void creditsAgenciesBylinesAndLabelsAreFurniture(String text, String expected) {
    String article = text.replace("\\n", "\n");
    TokenIndex index = new TokenIndex(Fixtures.article(article));
    boolean[] furniture = FURNITURE.find(index);
    List<String> marked = new ArrayList<>();
    for (int k = 0; k < furniture.length; k++) {
      if (furniture[k]) {
        marked.add(index.get(k).text());
      }
    }
    assertEquals(expected, marked.isEmpty() ? "-" : String.join(" ", marked));
  }
}

package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nlnews.model.EntityType;
import nlnews.text.DataFile;
import nlnews.text.Language;
import org.junit.jupiter.api.Test;

class GazetteerFilesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.load(Language.dutch());

  @Test
  void placesNameExistingCountries() {
    Set<String> countries = new HashSet<>();
    DataFile places = DataFile.load("nl/entities/places.tsv");
    for (DataFile.Row row : places.rows()) {
      if (row.get("kind").equals("country")) {
        countries.add(row.get("name"));
      }
    }
    for (DataFile.Row row : places.rows()) {
      String country = row.get("country");
      assertTrue(country.isEmpty() || countries.contains(country), row.get("name") + " -> " + country);
    }
    assertTrue(countries.size() >= 190, "countries: " + countries.size());
  }

  @Test
  void knowsTheSeedArticlesNamesAndWords() {
    assertEquals(EntityType.LOC, GAZETTEER.name("Oekraïne").type());
    assertEquals(EntityType.LOC, GAZETTEER.name("Istanboel").type());
    assertEquals(EntityType.ORG, GAZETTEER.name("Kremlin").type());
    assertEquals("Oekraïne", GAZETTEER.placeOfAdjective("Oekraïense"));
    assertEquals("Rusland", GAZETTEER.placeOfAdjective("Russische"));
    assertNotNull(GAZETTEER.titleOfCompound("kremlin-woordvoerder"));
    assertNotNull(GAZETTEER.titleOfCompound("hoofdonderhandelaar"));
    assertTrue(GAZETTEER.isCommonWord("dinsdag"));
    assertTrue(GAZETTEER.isCommonWord("tijdens"));
    assertTrue(GAZETTEER.isParticle("van der"));
    assertEquals("m", GAZETTEER.firstName("Volodymyr"));
    assertNull(GAZETTEER.name("Dinsdag"));
  }

  @Test
  void villagesAreSortedUniqueAndNoPlaceTheMainListKnows() {
    DataFile villages = DataFile.load("nl/entities/villages.tsv");
    String previous = "";
    for (DataFile.Row row : villages.rows()) {
      String name = row.get("name");
      assertTrue(name.compareTo(previous) > 0, "sorted and unique: " + name);
      assertNull(GAZETTEER.name(name), name + " is also in places.tsv or organisations.tsv");
      assertTrue(GAZETTEER.village(name), name);
      previous = name;
    }
    assertTrue(villages.rows().size() > 2000, "villages: " + villages.rows().size());
  }

  @Test
  void namesWithAnElidedArticleMatchWithEitherApostrophe() {
    assertEquals(GAZETTEER.name("'s-Hertogenbosch"), GAZETTEER.name("\u2019s-Hertogenbosch"));
    assertTrue(GAZETTEER.village("\u2019s-Gravenpolder"));
  }
}

package nlnews.entities;

import java.util.Map;
import java.util.Set;
import nlnews.model.EntityType;

/**
 * A few words of each list, written for the rule tests, so that they test the rules and not the
 * shipped data files: a test here changes only when a rule does.
 */
final class HandBuiltLists {

  private HandBuiltLists() {}

  static final Gazetteer GAZETTEER =
      new Gazetteer(
          Map.of(
              "Gent", new Gazetteer.Entry("Gent", EntityType.LOC, "city"),
              "Harderwijk", new Gazetteer.Entry("Harderwijk", EntityType.LOC, "city"),
              "Verenigde Staten", new Gazetteer.Entry("Verenigde Staten", EntityType.LOC, "country"),
              "Kremlin", new Gazetteer.Entry("Kremlin", EntityType.ORG, "government"),
              "ministerie van Defensie", new Gazetteer.Entry("ministerie van Defensie", EntityType.ORG, "government")),
          Map.of("Oekraïense", "Oekraïne", "Belgische", "België"),
          Map.of(
              "minister", new Gazetteer.Title("minister", "-", "title"),
              "president", new Gazetteer.Title("president", "-", "title"),
              "woordvoerder", new Gazetteer.Title("woordvoerder", "-", "role"),
              "leider", new Gazetteer.Title("leider", "-", "role"),
              "ceo", new Gazetteer.Title("ceo", "-", "role")),
          Map.of("Jan", "m", "Marleen", "f", "Katrien", "f", "Bas", "m"),
          Set.of("de", "van", "van der"),
          Set.of("de", "het", "maar", "dinsdag", "bij", "toen", "gastland", "oud"));

  static final NameContextWords WORDS =
      new NameContextWords(
          Set.of("in", "naar", "uit"),
          Set.of("stad", "provincie"),
          Set.of("stad", "provincie", "gebied"),
          Set.of("bond", "steel", "fc"),
          Set.of("mevrouw", "dhr."),
          Set.of("van"));
}

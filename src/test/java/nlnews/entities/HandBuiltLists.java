package nlnews.entities;

import java.util.List;
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
          Map.ofEntries(
              Map.entry("Gent", new Gazetteer.Entry("Gent", EntityType.LOC, "city")),
              Map.entry("Genk", new Gazetteer.Entry("Genk", EntityType.LOC, "city")),
              Map.entry("Utrecht", new Gazetteer.Entry("Utrecht", EntityType.LOC, "city")),
              Map.entry("Harderwijk", new Gazetteer.Entry("Harderwijk", EntityType.LOC, "city")),
              Map.entry("Limburg", new Gazetteer.Entry("Limburg", EntityType.LOC, "region")),
              Map.entry("Vlaanderen", new Gazetteer.Entry("Vlaanderen", EntityType.LOC, "region")),
              Map.entry("België", new Gazetteer.Entry("België", EntityType.LOC, "country")),
              Map.entry("Verenigde Staten", new Gazetteer.Entry("Verenigde Staten", EntityType.LOC, "country")),
              Map.entry("Kremlin", new Gazetteer.Entry("Kremlin", EntityType.ORG, "government")),
              Map.entry("CDA", new Gazetteer.Entry("CDA", EntityType.ORG, "party")),
              Map.entry("Rabo", new Gazetteer.Entry("Rabo", EntityType.ORG, "company")),
              Map.entry("Open VLD", new Gazetteer.Entry("Open VLD", EntityType.ORG, "party")),
              Map.entry("Tweede Kamer", new Gazetteer.Entry("Tweede Kamer", EntityType.ORG, "parliament")),
              Map.entry("De Limburger", new Gazetteer.Entry("De Limburger", EntityType.ORG, "media")),
              Map.entry("ministerie van Defensie", new Gazetteer.Entry("ministerie van Defensie", EntityType.ORG, "government"))),
          Map.of("Oekraïense", "Oekraïne", "Belgische", "België", "Belgisch", "België", "Vlaamse", "Vlaanderen"),
          Map.of(
              "minister", new Gazetteer.Title("minister", "-", "title"),
              "premier", new Gazetteer.Title("premier", "-", "title"),
              "president", new Gazetteer.Title("president", "-", "title"),
              "woordvoerder", new Gazetteer.Title("woordvoerder", "-", "role"),
              "leider", new Gazetteer.Title("leider", "-", "role"),
              "raadslid", new Gazetteer.Title("raadslid", "-", "title"),
              "koning", new Gazetteer.Title("koning", "m", "title"),
              "ceo", new Gazetteer.Title("ceo", "-", "role")),
          Map.of("Jan", "m", "Marleen", "f", "Katrien", "f", "Bas", "m", "Willem", "m", "Sarina", "f", "Ema", "f", "Frank", "m"),
          Set.of("de", "van", "van der"),
          Set.of("de", "het", "maar", "dinsdag", "bij", "toen", "gastland", "oud", "kamer", "frank", "van"),
          Set.of("de", "het"),
          Set.of("en", "of"),
          Set.of("Ovezande", "'s-Gravenpolder", "Heverlee", "Rutten"));

  static final NameContextWords WORDS =
      new NameContextWords(
          Set.of("in", "naar", "uit"),
          Set.of("stad", "provincie"),
          Set.of("stad", "provincie", "gebied"),
          Set.of("bond", "steel", "fc", "stichting"),
          Set.of("mevrouw", "dhr."),
          Set.of("van"),
          new NameContextWords.KindWords(
              Map.of("band", EntityType.ORG, "ploeg", EntityType.ORG, "duo", EntityType.ORG, "hotel", EntityType.ORG,
                  "producent", EntityType.ORG, "festival", EntityType.MISC, "stadion", EntityType.LOC),
              Set.of("straat", "weg", "arena", "tunnel", "stadion", "dijk", "wijk"),
              Set.of("stade"),
              Set.of("oost", "centraal"),
              Set.of("wedstrijd", "doelman", "trainer", "zege", "nederlaag", "bondscoach"),
              Set.of("foto", "beeld"),
              Set.of("ANP", "Belga", "Hollandse Hoogte"),
              Set.of("door"),
              Map.of("zegt", true, "zei", true, "aldus", false, "volgens", false),
              Set.of("minister")),
          new NameRuleWords(Set.of("van"), Set.of("en"), Set.of("en", "of"), Set.of("de", "het", "een"), List.of("e"),
              List.of("enaren", "enaar", "aren", "aar", "ers", "er"), List.of("en"), Set.of("Jong"), Set.of("De", "Het", "Den")));
}

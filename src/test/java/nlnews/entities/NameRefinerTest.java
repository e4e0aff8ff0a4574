package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.EntityType;
import nlnews.pipeline.Fixtures;
import nlnews.text.Language;
import nlnews.text.TokenIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The post-processing of model names, on hand-built model output (no trained model involved). */
class NameRefinerTest {

  private static Gazetteer gazetteer;
  private static RuleNameFinder rules;
  private static NameRefiner refiner;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(Language.dutch());
    NameContextWords words = NameContextWords.load(Language.dutch());
    rules = new RuleNameFinder(gazetteer, words);
    refiner = new NameRefiner(gazetteer, words);
  }

  /** The model's names, given as "words/TYPE" in text order (each the first match after the last). */
  private static List<String> refine(String text, String... model) {
    Article article = Fixtures.article(text);
    List<NameSpan> spans = new ArrayList<>();
    int from = 0;
    for (String m : model) {
      int slash = m.lastIndexOf('/');
      String words = m.substring(0, slash);
      int start = text.indexOf(words, from);
      spans.add(new NameSpan(start, start + words.length(), EntityType.valueOf(m.substring(slash + 1)), 1, "model"));
      from = start + words.length();
    }
    List<String> out = new ArrayList<>();
    TokenIndex index = new TokenIndex(article);
    ArticleCasing casing = ArticleCasing.of(index);
    for (NameSpan s : refiner.refine(index, casing, spans, rules.tag(index, casing))) {
      out.add(text.substring(s.start(), s.end()) + "/" + s.type());
    }
    return out;
  }

  @Test
  void aCompoundTaggedWholeBecomesItsNamePart() {
    assertEquals(List.of("Kremlin/ORG", "Dmitry Peskov/PER"),
        refine("Kremlin-woordvoerder Dmitry Peskov reageerde.", "Kremlin-woordvoerder/MISC", "Dmitry Peskov/PER"));
  }

  @Test
  void aCompoundWithoutANameIsDropped() {
    assertEquals(List.of("J.P. Balkenende/PER"), refine("Oud-premier J.P. Balkenende opende.", "Oud-premier/MISC", "J.P. Balkenende/PER"));
  }

  @Test
  void anOrdinaryWordOpeningASentenceIsNoName() {
    assertEquals(List.of(), refine("Dinsdag werden de gesprekken hervat.", "Dinsdag/MISC"));
    assertEquals(List.of("Rutte/PER"), refine("Maar Rutte zweeg.", "Maar Rutte/PER"));
    // the article writes "tijdens" in lower case elsewhere
    assertEquals(List.of(), refine("Tijdens de top zweeg men. Ook tijdens het diner.", "Tijdens/MISC"));
  }

  @Test
  void theGazetteerGivesTypeAndExtent() {
    assertEquals(List.of("ministerie van Defensie/ORG", "Moskou/LOC"),
        refine("Het ministerie van Defensie in Moskou meldde dat.", "Defensie/ORG", "Moskou/LOC"));
    assertEquals(List.of("Kremlin/ORG"), refine("Het Kremlin reageerde niet.", "Kremlin/LOC"));
  }

  @Test
  void aDepartmentAfterATitleBelongsToTheTitle() {
    assertEquals(List.of("Sophie Renard/PER"), refine("De minister van Economie Sophie Renard zweeg.", "Economie/ORG", "Sophie Renard/PER"));
  }

  @Test
  void whatGreedyTaggingRanTogetherIsSplit() {
    assertEquals(List.of("Nederlander/MISC", "Bas Hoekstra/PER"),
        refine("De Nederlander Bas Hoekstra won.", "Nederlander Bas Hoekstra/MISC"));
    assertEquals(List.of("Kajsa Ollongren/PER"),
        refine("Dat schreef minister van Defensie Kajsa Ollongren gisteren.", "Defensie Kajsa Ollongren/ORG"));
    assertEquals(List.of("Jordy B./PER", "B./PER"), refine("Jordy B. zweeg. Toen B. stak, viel hij.", "Jordy B./PER", "B. stak/PER"));
    assertEquals(List.of("Jan Peter Balkenende/PER"), refine("Toen sprak Jan Peter Balkenende.", "Jan Peter Balkenende/PER"));
    assertEquals(List.of("Turkije/LOC"), refine("Gastland Turkije sprak van een stap.", "Gastland Turkije/LOC"));
  }

  @Test
  void aTitleAloneIsNoName() {
    assertEquals(List.of("Laurent Mertens/PER"), refine("Volgens CEO Laurent Mertens is het voorbij.", "CEO/MISC", "Laurent Mertens/PER"));
  }

  @Test
  void aWordOfAnOrganisationsNameIsThatOrganisationUnlessItIsAKnownPlace() {
    assertEquals(List.of("SV Oostervelde '48/ORG", "Beilen/LOC", "Oostervelde/ORG"),
        refine("SV Oostervelde '48 uit Beilen won. Nu speelt Oostervelde hoger.", "SV Oostervelde '48/ORG", "Beilen/LOC", "Oostervelde/LOC"));
    assertEquals(List.of("Ondernemersvereniging Binnenstad Harderwijk/ORG", "Harderwijk/LOC"),
        refine("De Ondernemersvereniging Binnenstad Harderwijk protesteert. In Harderwijk is het stil.",
            "Ondernemersvereniging Binnenstad Harderwijk/ORG", "Harderwijk/LOC"));
  }

  @Test
  void strongRuleNamesFillWhatTheModelMissed() {
    assertEquals(List.of("Oekraïense/MISC", "Volodymyr Zelensky/PER", "Istanboel/LOC"),
        refine("De Oekraïense president Volodymyr Zelensky was in Istanboel.", "Volodymyr Zelensky/PER"));
  }

  @Test
  void surnamesAndShortFormsFollowTheirFullName() {
    assertEquals(List.of("Marleen de Graaf/PER", "De Graaf/PER"),
        refine("Informateur Marleen de Graaf sprak. De Graaf zweeg.", "Marleen de Graaf/PER", "De Graaf/MISC"));
    assertEquals(List.of("SV Oostervelde/ORG", "Oostervelde/ORG"),
        refine("Kampioen SV Oostervelde viert. Heel Oostervelde juicht.", "SV Oostervelde/ORG", "Oostervelde/MISC"));
  }

  @Test
  void oneTypePerNameWithinTheArticle() {
    assertEquals(List.of("Meuse Steel/ORG", "Meuse Steel/ORG", "Meuse Steel/ORG"),
        refine("Meuse Steel sluit. Bij Meuse Steel staken ze. Ook Meuse Steel zwijgt.", "Meuse Steel/ORG", "Meuse Steel/MISC", "Meuse Steel/ORG"));
  }

  @Test
  void aNameTheModelFoundOnceJoinsWhereItMissedIt() {
    assertEquals(List.of("Medilux/ORG", "Medilux/ORG"),
        refine("Het bedrijf Medilux groeit. Medilux wil meer.", "Medilux/ORG"));
    assertEquals(List.of("Medilux/ORG"), refine("Het bedrijf Medilux groeit. Trektrek wil meer.", "Medilux/ORG"));
  }

  @Test
  void noModelNamesAndNoRuleEvidenceGiveNothing() {
    assertEquals(List.of(), refine("de regering kwam bijeen en besloot niets."));
  }
}

package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import nlnews.model.Article;
import nlnews.model.ParagraphTone;
import nlnews.model.SourceText;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;
import nlnews.pipeline.Fixtures;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.text.ArticleParser;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import nlnews.text.TokenIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tone rules one by one. The cue tables run the rules alone ({@link ToneModel#rulesOnly()}),
 * so they pin what each rule does whatever the model's weights; the label tables run the
 * shipped model, as the commands do.
 */
class ToneScorerTest {

  private static final DutchTextAnalyzer ANALYZER = Language.dutch().analyzer();
  private static final ArticleParser PARSER = new ArticleParser(ANALYZER);
  private static final QuoteFinder QUOTES = new QuoteFinder(SpeechVerbs.load(Language.dutch()), QuoteNouns.load(Language.dutch()));
  private static final ToneScorer RULES = new ToneScorer(ToneLexicon.load(Language.dutch()), ToneModel.rulesOnly());

  /** The one paragraph of {@code text} as the rules alone score it. */
  private static ParagraphTone rules(String text) {
    TokenIndex index = new TokenIndex(PARSER.parse(SourceText.of("fixture", text)));
    List<ParagraphTone> tones = RULES.score(index, QUOTES.find(index));
    assertEquals(1, tones.size(), tones.toString());
    return tones.get(0);
  }

  /** The one paragraph of {@code text} as the shipped pipeline scores it. */
  private static ParagraphTone tone(String text) {
    List<ParagraphTone> tones = Fixtures.analyse(text).tones();
    assertEquals(1, tones.size(), tones.toString());
    return tones.get(0);
  }

  private static String cues(ParagraphTone t) {
    return t.cues().stream().map(ToneCue::describe).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # lexicon words and multiword expressions (an MWE is scored once, as a whole)
          Het resultaat was teleurstellend.                             | teleurstellend(-0.60)
          Er is geen doorbraak bereikt.                                 | geen doorbraak(-0.40)
          Het hotel heeft de gasten goed ontvangen.                     | goed ontvangen(+0.40)
          # a separable verb split over its clause
          Het bedrijf krabbelt dit jaar weer op.                        | krabbelt … op(+0.50)
          Griekse zorgen spelen de beurzen opnieuw parten.              | spelen … parten(-0.50)
          # compounds: the head carries, the modifier at half weight
          Veel gezinnen kampen met hypotheekproblemen.                  | kampen met(-0.39,intensified) hypotheekproblemen(-0.40,compound)
          Het crisisoverleg duurde tot diep in de nacht.                | crisisoverleg(-0.30,compound)
          # direction: a change times the polarity of what changes
          De werkloosheid daalde in maart.                              | werkloosheid daalde(+0.48,change)
          De werkloosheid steeg fors.                                   | werkloosheid steeg(-0.62,change,intensified)
          De koersen daalden licht.                                     | koersen daalden(-0.41,change,downtoned)
          Het aantal faillissementen nam vorig jaar flink af.           | faillissementen nam … af(+0.62,change,intensified)
          De werkloosheidsdaling zet door.                              | werkloosheidsdaling(+0.48,change)
          Statenlid Kok ziet het minder somber.                         | minder somber(+0.32,change)
          Groei Duitse economie vertraagt                               | economie vertraagt(-0.32,change)
          Het aantal faillissementen was minder dan vorig jaar.         | faillissementen … minder(+0.32,change)
          # a verb of costing with a good thing: it is lost; a price is no cue
          De overstap kost 300 vaste banen.                             | kost … vaste banen(-0.56,change)
          Die beslissing kostte zestig banen.                           | kostte … banen(-0.56,change)
          # a remedy composes with a bad thing only: less of it; never with a good one or a name
          De gemeente wil het lerarentekort aanpakken.                  | lerarentekort aanpakken(+0.32,change)
          Het kabinet wil de armoede bestrijden.                        | armoede bestrijden(+0.32,change)
          De school probeert pesten aan te pakken.                      | pesten aan te pakken(+0.32,change)
          Ze heeft het project goed aangepakt.                          | goed(+0.60)
          # "handelen" is to act, not trade: the noun still composes
          De handel groeit dit jaar.                                    | handel groeit(+0.48,change)
          # counts of people and of incidents are targets
          Het aantal toeschouwers daalde.                               | toeschouwers daalde(-0.48,change)
          Er waren dit jaar minder incidenten.                          | minder incidenten(+0.32,change)
          # counterexample: a polar word after "meer" stays a word of its own ("meer" alone is no change)
          Er raakten meer toeschouwers gewond.                          | gewond(-0.60)
          # a compound whose real head or modifier is a word without tone takes none from a word inside it
          De titelstrijd begint zondag.                                 | titelstrijd(-0.30,compound)
          Het veiligheidsprobleem is groot.                             | veiligheidsprobleem(-0.40,compound)
          # a name as the subject of a change that has no target: what it gains is good for it
          Roebel zakt weg tegen de euro                                 | Roebel zakt weg(-0.48,change)
          Aandelen Shell stijgen                                        | Aandelen … stijgen(+0.48,change)
          Heineken groeit in Azië                                       | Heineken groeit(+0.48,change)
          De AEX sloot woensdag 1,2 procent hoger.                      | AEX … hoger(+0.32,change)
          De Griekenland-crisis duurt voort.                            | Griekenland-crisis(-0.60,compound)
          # a capitalised common word in a title-case headline keeps its meaning as a subject
          Regionaal nieuws Werkloosheid loopt op                       | Werkloosheid loopt op(-0.48,change)
          Betalingsproblemen nemen toe                                  | Betalingsproblemen nemen toe(-0.48,change)
          # than expected: the direction composes with what changes
          Het tekort van de gemeente was lager dan verwacht.            | tekort … lager(+0.32,change)
          # a target compound nothing changed scores by its head; a name's compound by its head only
          Er waren lichte ochtendverliezen in Tokio.                    | ochtendverliezen(-0.35,compound,downtoned)
          De markt reageerde op de Brexitangst.                         | Brexitangst(-0.70,compound)
          Er heerst rentevrees op de markt.                             | rentevrees(-0.60,compound)
          De corporatie zit in de derivatenellende.                     | derivatenellende(-0.70,compound)
          # negation: scope, direction, phrases that negate nothing
          Hij is niet optimistisch over de toekomst.                    | optimistisch(-0.56,negated)
          Er bleef weinig over van dat optimisme.                       | optimisme(-0.56,negated)
          Ze is niet somber.                                            | somber(+0.32,negated)
          Er vielen nauwelijks gewonden.                                | gewonden(+0.48,negated)
          Hij zegt dat hij de mooie woorden niet gelooft.               | mooie(-0.48,negated)
          We kunnen niet stellen dat er een doorbraak is.               | doorbraak(-0.64,negated)
          De inflatie neemt niet toe.                                   | inflatie neemt … toe(+0.38,change,negated)
          De economie groeit minder snel.                               | economie groeit(-0.38,change,negated)
          De economie groeit nauwelijks in het eerste kwartaal.         | economie groeit(-0.38,change,negated)
          De werkloosheid daalt niet zo hard als in Duitsland.          | werkloosheid daalt(-0.38,change,negated)
          De economie groeit niet alleen in Europa.                     | economie groeit(+0.48,change)
          Het herstel blijft uit.                                       | herstel(-0.48,negated)
          # a weak change word before a stronger one only modifies it; "valt lager uit" turns out lower
          Bedrijven willen hun CO2-uitstoot sneller kunnen terugdringen. | CO2-uitstoot … terugdringen(+0.56,change)
          De inflatie valt lager uit.                                   | inflatie … lager(+0.32,change)
          # the object between a separable change and its particle is what changes
          De AEX werkt het verlies weg.                                 | werkt … verlies weg(+0.56,change)
          # a particle of a change phrase between a verb and another particle: "trok aan", not "trok in"
          De export trok aan in mei.                                    | export trok aan(+0.40,change)
          Heineken verwacht zwakkere groei.                             | zwakkere groei(-0.32,change)
          # a negator in a clause opened by "dat" does not reach back out of it
          Het is verstandig dat de bank het krediet niet verhoogt.      | verstandig(+0.50)
          # a noun in an adverbial between verb and particle is not what changes; "minder" reverses
          De omzet liep door de inflatie terug.                         | omzet liep … terug(-0.48,change)
          Het aantal werklozen zal minder toenemen.                     | werklozen … minder(+0.32,change)
          # comparisons that negate nothing; a word of speed inside a separable verb
          De werkloosheid steeg nooit eerder zo snel als nu.            | werkloosheid steeg(-0.48,change)
          De winst steeg niet minder dan 20 procent.                    | winst steeg(+0.48,change)
          Het bedrijf krabbelt sneller op dan verwacht.                 | krabbelt … op(+0.50)
          # a sentence adverb judges the negated clause; a negator inside an expression stays there
          Dat werkt helaas niet.                                        | helaas(-0.40)
          De bond is niet overtuigd van de ontslagen.                   | niet overtuigd(-0.40) ontslagen(-0.60)
          # a listed word is no name's compound ("Vertrouwen" is no ver|trouwen)
          CBS Vertrouwen in industrie stijgt.                           | industrie stijgt(+0.48,change)
          # a verb after "te" is no target, and a change does not reach past "zonder" for one
          Ze groeien zonder hun marktaandeel te verliezen.              | groeien(+0.40) verliezen(+0.40,negated)
          Ook na een faillissement zijn we nog niet van de Grieken af.  | faillissement(-0.70)
          Een faillissement valt niet uit te sluiten.                   | faillissement(-0.70)
          # "niet alleen ... maar ook" adds, it does not contrast
          Het is niet alleen goed, maar ook goedkoop.                   | goed(+0.60)
          # intensifiers and downtoners
          Het was een zeer teleurstellend resultaat.                    | teleurstellend(-0.90,intensified)
          # contrast and concession
          Het akkoord is goed, maar de gevolgen zijn rampzalig.         | akkoord(+0.40,before-contrast) goed(+0.40,before-contrast) rampzalig(-1.20,after-contrast)
          De cijfers waren goed. Maar de vooruitzichten zijn somber.    | goed(+0.40,before-contrast) somber(-0.60,after-contrast)
          De cijfers waren goed. De vooruitzichten zijn echter somber.  | goed(+0.40,before-contrast) somber(-0.60,after-contrast)
          Hoewel de omzet daalde, steeg de winst.                       | omzet daalde(-0.24,change,concessive) steeg … winst(+0.48,change)
          Het was weliswaar rustig, maar de bombardementen gingen door. | bombardementen(-0.90,after-contrast)
          # quoted speech counts, exclamations weigh more, questions less
          `"Dit is een ramp", zei hij.`                                 | ramp(-0.90,quoted)
          Wat een succes!                                               | succes(+0.84,exclaimed)
          Komt er een doorbraak?                                        | doorbraak(+0.40,question)
          # a negator after its cue at the end of the clause
          Het optimisme was ver te zoeken.                              | optimisme(-0.56,negated)
          """)
  void eachRuleShapesItsCue(String text, String expected) {
    assertEquals(expected, cues(rules(text)), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het kabinet vergaderde dinsdag in Den Haag.
          De minister van Financiën sprak met de Tweede Kamer.
          Het gaat om 360.000 mensen in 12 provincies.
          De vluchten van dinsdag werden naar woensdag verplaatst.
          Ze hebben de hele nacht gereden.
          Dat was de reden van het bezoek.
          Wethouder Jan de Goede opende de brug.
          De Goede wil een nieuwe brug.
          Voorzitter Anna Blij sprak de raad toe. Blij opende de vergadering.
          Moskou wil zich richten op de "bevrijding" van de regio.
          De zogenoemde "doorbraak" werd dinsdag in Brussel gepresenteerd.
          Het "succesvolle" plan kwam dinsdag in de raad.
          Het zet door.
          Een nieuwe fiets kost 900 euro.
          Wij stijgen.
          Ze stegen en daalden.
          Profijt van lage rente.
          We durven het geld weer te laten rollen.
          De onderhandelingen werden afgebroken.
          Dat werd zo afgesproken.
          De vlucht had als bestemming Kongo.
          De auto kwam in de sloot terecht.
          Het vliegtuig stond bij de terminal.
          Dit geldt uitsluitend voor leden.
          Zijn landgenoten en de psychologen waren er ook.
          Hij is verantwoordelijk voor de integratie van de bedrijven.
          Het kampioenschap telt vierentwintig ploegen.
          De huisvrouwen kwamen samen.
          Ze wandelden door het bos.
          Ik leg het je uit.
          In afwachting van de uitslag bleef het stil.
          De rechter moest een oordeel vellen.
          Na de wedstrijd gingen de supporters op straat.
          Er stonden uitgebloeide bloemen.
          Rotterdam pakt het aan.
          De openingswedstrijd begint om acht uur.
          De veiligheidsregio belde de burgemeester.
          De brandweerauto stond voor de deur.
          De auto had een laag brandstofverbruik.
          Ze fietste gewoontegetrouw naar het werk.
          We moeten sneller handelen dan gepland.
          """)
  void factsNamesAndScareQuotesHaveNoCues(String text) {
    ParagraphTone t = rules(text);
    assertEquals("", cues(t), text);
    assertEquals(ToneLabel.NEUTRAL, tone(text).label(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het was een succesvolle en constructieve bijeenkomst.          | positive
          De onderhandelingen zijn vastgelopen.                          | negative
          De werkloosheid daalde in maart.                               | positive
          De werkloosheid steeg in maart.                                | negative
          Het aantal faillissementen nam vorig jaar flink af.            | positive
          De inflatie liep in april op.                                  | negative
          Er is geen doorbraak bereikt.                                  | negative
          Hij is niet optimistisch over de toekomst.                     | negative
          Er bleef weinig over van dat optimisme.                        | negative
          Het was weliswaar rustig, maar de bombardementen gingen door.  | negative
          Het akkoord is goed, maar de gevolgen zijn rampzalig.          | negative
          Het bedrijf krabbelt dit jaar weer op.                         | positive
          """)
  void theShippedModelLabelsClearSentences(String text, String label) {
    assertEquals(ToneLabel.valueOf(label.toUpperCase()), tone(text).label(), tone(text).toString());
  }

  @Test
  void theLabelFollowsTheModelsThresholds() {
    ToneModel model = ToneModel.load(Language.dutch());
    for (String text : List.of("Ze is niet somber.", "De werkloosheid daalde.", "Er is geen doorbraak.", "Het regent.")) {
      ParagraphTone t = tone(text);
      assertEquals(model.label(t.score()), t.label(), t.toString());
    }
  }

  /**
   * The shipped model's weights are in threshold units: a paragraph is positive exactly when its
   * listed contributions sum to +1 or more, negative at -1 or less, and its score is then at
   * least ±{@value ToneModel#THRESHOLD}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          De werkloosheid daalde in maart.
          Er bleef weinig over van dat optimisme.
          Het overleg verliep in goede wil.
          De cijfers waren goed, maar de vooruitzichten somber.
          Er is hoop, maar ook zorg over de banen.
          Hij is niet somber.
          Het regent.
          """)
  void aSumOfOneMakesAParagraphPolar(String text) {
    ParagraphTone t = tone(text);
    double sum = Math.round(t.cues().stream().mapToDouble(ToneCue::contribution).sum() * 100) / 100.0;
    ToneLabel expected = sum >= 1 ? ToneLabel.POSITIVE : sum <= -1 ? ToneLabel.NEGATIVE : ToneLabel.NEUTRAL;
    assertEquals(expected, t.label(), t.toString());
    assertEquals(Math.abs(sum) >= 1, Math.abs(t.score()) >= ToneModel.THRESHOLD, t.toString());
  }

  @Test
  void negationIsShownOnTheCue() {
    ParagraphTone t = tone("Maar woensdag bleef er weinig over van dat optimisme.");
    ToneCue cue = t.negativeCues().get(0);
    assertEquals("optimisme", cue.text());
    assertTrue(cue.flags().contains("negated"), cue.toString());
    assertTrue(cue.describe().startsWith("optimisme(-"), cue.describe());
  }

  @Test
  void theScoreIsTheSquashedSumOfTheListedContributions() {
    ParagraphTone t = tone("De werkloosheid daalde, maar de inflatie liep op en de koersen kelderden.");
    double sum = t.cues().stream().mapToDouble(ToneCue::contribution).sum();
    assertEquals(Math.round(ToneScorer.squash(sum) * 1000) / 1000.0, t.score(), 1e-9, t.toString());
  }

  @Test
  void aHeadlineScoresLikeAParagraphWithTheSameCues() {
    double headline = tone("Doorbraak in overleg").score();
    double paragraph = tone("Na lange gesprekken en vele uren in een zaal vol mensen kwam er gisteravond in het overleg een doorbraak.").score();
    assertEquals(headline, paragraph, 1e-9);
  }

  @Test
  void scoresStayInRange() {
    ParagraphTone t = tone("Ramp! Catastrofe! Oorlog, dood, verderf, geweld, paniek, crisis, armoede, honger en ellende!");
    assertTrue(t.score() >= -1 && t.score() < -0.9, t.toString());
  }
}

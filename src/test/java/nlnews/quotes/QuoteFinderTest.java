package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nlnews.model.Article;
import nlnews.pipeline.Fixtures;
import nlnews.text.Language;
import nlnews.text.TokenIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

  private static final QuoteFinder FINDER = new QuoteFinder(SpeechVerbs.load(Language.dutch()), QuoteNouns.load(Language.dutch()));

  /** The quotations found, as "kind:text"; "\n" in the text stands for a line break. */
  private static List<String> quotes(String text) {
    Article article = Fixtures.article(text.replace("\\n", "\n"));
    QuoteMarks marks = FINDER.find(new TokenIndex(article));
    return marks.quotes().stream()
        .map(q -> q.kind().label() + ":" + article.slice(q.start(), q.end()).replace("\n", "\\n"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei hij.                                  | direct:Dat klopt
          „Dat klopt”, zei hij.                                  | direct:Dat klopt
          “Dat klopt”, zei hij.                                  | direct:Dat klopt
          ‘Dat klopt’, zei hij.                                  | direct:Dat klopt
          'Dat klopt', zei hij.                                  | direct:Dat klopt
          «Dat klopt», zei hij.                                  | direct:Dat klopt
          ,,Dat klopt'', zei hij.                                | direct:Dat klopt
          ,,Dat klopt”, zei hij.                                 | direct:Dat klopt
          "Dat klopt," zei hij.                                  | direct:Dat klopt,
          Hij zei: "Zo'n auto's koop ik 's avonds niet."         | direct:Zo'n auto's koop ik 's avonds niet.
          ‘In de jaren ’80 kon dat’, zei ze.                     | direct:In de jaren ’80 kon dat
          ‘Mijn oud-collega’s werken ’s avonds door’, zegt ze.   | direct:Mijn oud-collega’s werken ’s avonds door
          'Zo'n auto's zie je hier niet', zegt hij.              | direct:Zo'n auto's zie je hier niet
          Hij woont aan de ’s-Gravelandseweg: ‘Daar is het stil.’ | direct:Daar is het stil.
          „Het is ‘raar’ allemaal”, zei hij.                     | direct:Het is ‘raar’ allemaal
          “Mijn oma zei: ‘Geef niet uit wat je niet hebt.’ Dat klopt”, zei hij. | direct:Mijn oma zei: ‘Geef niet uit wat je niet hebt.’ Dat klopt
          """)
  void pairsEveryQuotationStyle(String text, String expected) {
    assertEquals(List.of(expected), quotes(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Zo'n auto's rijden 's avonds niet in Kyiv's centrum.
          Kees' fiets en Frans' boek stonden buiten.
          In de jaren '80 en '90 was dat anders.
          Hij pakt m'n fiets en z'n tas, da's 'n probleem in A'dam.
          Ze verkocht ’t huis in ’s-Hertogenbosch aan Zelensky’s neef.
          Loppersum — De schade aan de kerk is groter dan gedacht.
          - een lijst
          """)
  void findsNothingWhereThereIsNoQuotation(String text) {
    assertEquals(List.of(), quotes(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Hij noemde het plan "onuitvoerbaar en duur".                      | partial:onuitvoerbaar en duur
          Ze richten zich op de "bevrijding" van de regio.                  | scare:bevrijding
          Er komen zogeheten "weesfietsen" bij.                             | scare:weesfietsen
          Het dorp wordt 'teruggegeven aan de zee', zoals dat in het jargon heet. | scare:teruggegeven aan de zee
          Zij verklaart het uit wat zij de "kampvuurfunctie" noemt.         | partial:kampvuurfunctie
          Zij stelt vast dat de partijen het "op hoofdlijnen" eens zijn.    | partial:op hoofdlijnen
          Hij wil dat er "een serieus gesprek" komt.                        | scare:een serieus gesprek
          Met haar debuut ‘Het zoute land’ schreef ze een roman.            | title:Het zoute land
          De inval hoort bij het onderzoek „Kentekenplaat”.                 | title:Kentekenplaat
          Hij speelt in de tv-reeks ‘Grenslanders’.                         | title:Grenslanders
          Het festival opent met ‘De stille zomer’, de tweede langspeelfilm van de regisseur. | title:De stille zomer
          ‘Wie is de Mol?’ trekt opnieuw 2,5 miljoen kijkers.               | title:Wie is de Mol?
          Op plek twee stond het journaal, gevolgd door ‘Ik hou van Holland’. | title:Ik hou van Holland
          De trainer van het “Dream Team” van Barcelona.                    | scare:Dream Team
          Wat wil Nederland? De minister zette "Nederland op slot".         | scare:Nederland op slot
          Hij zei dat "Nederland moet investeren".                          | partial:Nederland moet investeren
          Volgens Koenen "moet ook een bakker weten waar hij aan toe is".   | partial:moet ook een bakker weten waar hij aan toe is
          Het was een "betekenisvolle en constructieve discussie" zei hij.  | partial:betekenisvolle en constructieve discussie
          Hij was positief: "Ik heb een goede indruk."                      | direct:Ik heb een goede indruk.
          ESSEN - 'Bezuinigingsronde bij energiereus RWE'                   | direct:Bezuinigingsronde bij energiereus RWE
          Minder kans op werk; 'Werkgevers laten zich leiden door vooroordelen' | direct:Werkgevers laten zich leiden door vooroordelen
          Het nieuwe album – ‘Blauw’ – verschijnt in mei.                   | title:Blauw
          Het rapport heet - 'Falend beleid'.                              | title:Falend beleid
          JAN PEETERS «Het concert in Gent.»                               | direct:Het concert in Gent.
          Het kabinet kreeg de bijnaam "Rutte en de zeven dwergen".        | title:Rutte en de zeven dwergen
          Zijn bekendste nummer, 'Laat me niet alleen', schreef hij in 1977. | title:Laat me niet alleen
          Zijn bekendste nummer, zei hij, 'Laat me niet alleen'.           | partial:Laat me niet alleen
          Via het project ‘helden voor de klas’ kwamen er leraren bij.     | title:helden voor de klas
          Het project ‘gaat goed’, zegt de wethouder.                      | title:gaat goed
          ‘Onze’ Karin staat op het podium.                               | scare:Onze
          "Nee" zei hij.                                                   | direct:Nee
          Zij hebben volgens de minister een ’commitment’ om door te gaan. | partial:commitment
          Zij hebben een ’commitment’ om door te gaan.                     | scare:commitment
          Volgens de minister is de ’bevrijding’ een mythe.                | scare:bevrijding
          EINDHOVEN - ,,We zijn terug", met die woorden opent Karin de zaak. | direct:We zijn terug
          Hij werkt voor ,,De Morgen" en nu ook voor de radio.             | title:De Morgen
          PEETERS (lacht) «Zeven jaar?!»                                   | direct:Zeven jaar?!
          Hij keek naar «Het Journaal» van acht uur.                       | title:Het Journaal
          In GENT «Het Journaal» gekeken.                                  | title:Het Journaal
          Ze hebben hem "buitenspel gezet", zoals de minister het zei.    | partial:buitenspel gezet
          Ze hebben hem "buitenspel gezet", zoals dat heet.               | scare:buitenspel gezet
          De daders zijn in de ogen van de rechter "kleine vissen".       | partial:kleine vissen
          De daders zijn in de ogen van de buurt "kleine vissen".         | partial:kleine vissen
          De daders zijn "kleine vissen".                                  | scare:kleine vissen
          """)
  void decidesTheKind(String text, String expected) {
    assertEquals(List.of(expected), quotes(text));
  }

  @Test
  void titlesInARowAfterTheirMakerAreTitles() {
    assertEquals(
        List.of("title:Blauwe zee", "title:Oude haven"),
        quotes("In mei kondigde de zanger van 'Blauwe zee' en 'Oude haven' zijn afscheid aan."));
    assertEquals(
        List.of("partial:een grote fout", "partial:heel dom"),
        quotes("De zanger noemde het 'een grote fout' en 'heel dom'."));
  }

  @Test
  void aTitleIsATitleEverywhere() {
    assertEquals(
        List.of("title:Wie is de Mol?", "title:Wie is de Mol?"),
        quotes("‘Wie is de Mol?’ trekt veel kijkers\\n\\nHet nieuwe seizoen van ‘Wie is de Mol?’ is begonnen."));
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOne() {
    String text = "Hij zei: \"Eerst dit.\n\n\"Dan dat.\n\n\"En tot slot dit.\"\n\nEinde.";
    List<String> found = quotes(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("direct:Eerst dit."), found.toString());
    assertTrue(found.get(0).contains("\\n\\n\"Dan dat."), found.toString());
    assertTrue(found.get(0).endsWith("En tot slot dit."), found.toString());
  }

  @Test
  void aQuoteOverSeveralParagraphsMayHoldApostrophesThatLookLikeItsClosingMark() {
    String text = "‘Maar ’s nachts sliepen ze beter.\n\n‘Natuurlijk zijn er auto’s. Het werkt.’\n\nEinde.";
    assertEquals(List.of("direct:Maar ’s nachts sliepen ze beter.\\n\\n‘Natuurlijk zijn er auto’s. Het werkt."), quotes(text));
  }

  @Test
  void splitQuotesAreTwoDirectQuotes() {
    assertEquals(
        List.of("direct:Eerst dit", "direct:en dan dat."),
        quotes("\"Eerst dit\", zegt Jansen, \"en dan dat.\""));
    assertEquals(
        List.of("direct:Eerst dit", "direct:en dan dat."),
        quotes("\"Eerst dit\", aldus Jansen, \"en dan dat.\""));
  }

  @Test
  void anUnpairedMarkIsANoteAndTheOtherQuotesStand() {
    Article article = Fixtures.article("Hij zei \"We gaan door\n\nDaarna sprak zij. \"Goed\", zei ze.\n\nEn toen \"niets meer.");
    QuoteMarks marks = FINDER.find(new TokenIndex(article));
    assertEquals(1, marks.quotes().size());
    assertEquals("Goed", article.slice(marks.quotes().get(0).start(), marks.quotes().get(0).end()));
    assertEquals(2, marks.notes().size(), marks.notes().toString());
  }

  /** Writers' errors with the closing mark, mended, and the marks that must stay unpaired. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Een ander vraagt zich af. "We zijn geen dorp. " Een ander: "Ik vind het leuk."     | direct:We zijn geen dorp. ~direct:Ik vind het leuk.
          Hij zei: "Ik heb gezegd: "We hebben het gedaan", zei hij in het Nederlands.\\n\\n"Ik hoop het." | direct:Ik heb gezegd: "We hebben het gedaan~direct:Ik hoop het.
          Het gaat goed, zegt ze. 'Met de nieuwe fabriek kan het. Onze capaciteit is groot.\\n\\nDe fabriek opent in mei. | direct:Met de nieuwe fabriek kan het. Onze capaciteit is groot.
          Hij zei: "We gaan door.\\n\\nDaarna sprak zij.                                   | direct:We gaan door.
          Hij zei " ja " en liep weg.                                                        |
          En toen "niets meer.\\n\\nDaarna sprak zij.                                     |
          Hij zei: "We gaan door\\n\\nDaarna sprak zij.                                    |
          Zo'n auto's rijden 's avonds niet. 'Het is rustig\\n\\nDaarna sprak zij.          |
          """)
  void mendsAClosingMarkTheWriterGotWrong(String text, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.trim().split("~"));
    assertEquals(want, quotes(text));
  }

  @Test
  void aQuoteInAHeadlineIsFound() {
    assertEquals(List.of("direct:We moeten door"), quotes("Rutte: 'We moeten door'\\n\\nDe premier sprak."));
  }

  @Test
  void dialogueLinesAreDirectQuotesToTheEndOfTheLine() {
    String text = "Het gesprek ging zo:\\n\\n— Waar was u?\\n\\n— Dat weet ik niet meer.\\n\\nDe zaak gaat door.";
    assertEquals(List.of("direct:Waar was u?", "direct:Dat weet ik niet meer."), quotes(text));
  }

  @Test
  void dialogueLinesMayShareAParagraph() {
    String text = "Hij vroeg het:\\n– Kom je morgen?\\n– Ja, ik kom.";
    assertEquals(List.of("direct:Kom je morgen?", "direct:Ja, ik kom."), quotes(text));
  }

  @Test
  void aListOfDashedFactsIsNoDialogue() {
    String text = "De maatregelen\\n\\n– De huurtoeslag stijgt.\\n\\n– De btw blijft gelijk.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void aQuoteInsideADialogueLineStaysInsideIt() {
    String text = "Het verhoor:\\n\\n— U zei eerder \"nooit\". Waarom?\\n\\n— Dat weet ik niet.";
    assertEquals(List.of("direct:U zei eerder \"nooit\". Waarom?", "direct:Dat weet ik niet."), quotes(text));
  }
}

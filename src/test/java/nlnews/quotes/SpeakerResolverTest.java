package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speaker rules on hand-built inputs: each row gives a text and the names in it as the entity
 * stage would find them ({@link QuoteFixtures}), so that no statistical model stands between a
 * rule and its test.
 */
class SpeakerResolverTest {

  /** The quotes of a text as "speaker|mention|cue"; "\n" in the text stands for a line break. */
  private static List<String> speakers(String text, String names) {
    return QuoteFixtures.quotes(text, names == null ? "" : names).stream()
        .map(q -> q.speaker() + "|" + q.speakerMention() + "|" + q.cue())
        .toList();
  }

  /** The speaker of the last quotation of a text. */
  private static String lastSpeaker(String text, String names) {
    List<String> all = speakers(text, names);
    return all.get(all.size() - 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei minister Karin Jansen.                                    ~ Karin Jansen=PER ~ Karin Jansen|minister Karin Jansen|zei
          "Dat klopt", aldus Karin Jansen.                                            ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|aldus
          "Dat klopt", werd door Karin Jansen gezegd.                                 ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|gezegd
          "Dat klopt", aldus Karin Jansen in een verklaring.                          ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|aldus
          Karin Jansen zei: "Dat klopt."                                              ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|zei
          Karin Jansen: "Dat klopt."                                                  ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|colon
          "Dat klopt", zo zegt Karin Jansen tegen de NOS.                             ~ Karin Jansen=PER; NOS=ORG ~ Karin Jansen|Karin Jansen|zegt
          "Dat klopt", zegt Karin Jansen tegen Peter de Vries.                        ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen|Karin Jansen|zegt
          "Dat klopt", laat Karin Jansen weten.                                       ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|laat weten
          "Dat klopt", voegde Karin Jansen eraan toe.                                 ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|voegde toe
          "Dat klopt", schrijft Karin Jansen op X.                                    ~ Karin Jansen=PER; X=ORG ~ Karin Jansen|Karin Jansen|schrijft
          "Dat klopt" zei Karin Jansen.                                               ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|zei
          "Dat klopt", zei later ook Karin Jansen.                                    ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|zei
          "Dat klopt", zegt prof. dr. Karin Jansen, hoogleraar in Leiden.             ~ Karin Jansen=PER; Leiden=LOC ~ Karin Jansen|prof. dr. Karin Jansen|zegt
          "Dit is onacceptabel", klinkt het bij de vakbond FNV.                       ~ FNV=ORG ~ FNV|de vakbond FNV|klinkt het
          "Het gaat goed met de economie." Dat zegt minister Eelco Heinen tegen De Telegraaf. ~ Eelco Heinen=PER; De Telegraaf=ORG ~ Eelco Heinen|minister Eelco Heinen|zegt
          "We gaan door." Met die woorden reageert premier Dick Schoof op de kritiek. ~ Dick Schoof=PER ~ Dick Schoof|premier Dick Schoof|reageert
          EINDHOVEN - "We zijn terug", met die woorden opent Karin Jansen de zaak.    ~ Karin Jansen=PER; EINDHOVEN=LOC ~ Karin Jansen|Karin Jansen|opent
          "Dat zijn nog maar details", stipt Karin Jansen aan.                        ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|stipt aan
          "Ik hoorde een knal", getuigt een buurvrouw.                                ~ ~ een buurvrouw|een buurvrouw|getuigt
          Volgens Karin Jansen: "Dat klopt."                                          ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|volgens
          Volgens Karin Jansen is het "een kwestie van tijd".                         ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|volgens
          Karin Jansen noemt het plan "onuitvoerbaar".                                ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|noemt
          Karin Jansen sprak van "een zwarte dag voor de stad".                       ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|sprak
          Econoom Karin Jansen verklaart het uit wat zij de "kampvuurfunctie" noemt.  ~ Karin Jansen=PER ~ Karin Jansen|Econoom Karin Jansen|verklaart
          De Fietsersbond steunt het plan "in grote lijnen", maar vraagt de gemeente om meer rekken. ~ Fietsersbond=ORG ~ Fietsersbond|De Fietsersbond|vraagt
          Officier van justitie Miriam Tolsma hield de rechtbank voor dat B. "willens en wetens" handelde. ~ Miriam Tolsma=PER; B.=PER ~ Miriam Tolsma|Officier van justitie Miriam Tolsma|hield voor
          Schrijver en recensent Joost Halbertsma noemde het boek "een van de sterkste debuten". ~ Joost Halbertsma=PER ~ Joost Halbertsma|Schrijver en recensent Joost Halbertsma|noemde
          "Geen idee", zei een buurtbewoner.                                          ~ ~ een buurtbewoner|een buurtbewoner|zei
          "Geen idee", zegt een buurtbewoner op de Westerstraat, die anoniem wil blijven. ~ Westerstraat=LOC ~ een buurtbewoner|een buurtbewoner|zegt
          "Dat klopt niet", reageert een woordvoerster van het ministerie van Justitie. ~ Justitie=ORG ~ een woordvoerster van het ministerie van Justitie|een woordvoerster van het ministerie van Justitie|reageert
          Het ministerie van Defensie meldde: "Alles is rustig."                      ~ ministerie van Defensie=ORG ~ ministerie van Defensie|Het ministerie van Defensie|meldde
          De politie laat weten dat er "sterke aanwijzingen" zijn.                    ~ ~ politie|De politie|laat weten
          "We zijn bereid te praten", liet Moskou weten.                              ~ Moskou=LOC ~ Moskou|Moskou|liet weten
          Oppositiepartij Vooruit spreekt van "een pestbelasting".                    ~ Vooruit=ORG ~ Vooruit|Oppositiepartij Vooruit|spreekt
          "We hebben er een half jaar aan gewerkt", zegt wagenbouwer Kees van Rooij.  ~ Kees van Rooij=PER ~ Kees van Rooij|wagenbouwer Kees van Rooij|zegt
          Het ministerie van Defensie stuurt een schip. "Het vertrekt morgen", laat Defensie weten. ~ ministerie van Defensie=ORG; Defensie=ORG ~ ministerie van Defensie|Defensie|laat weten
          KRC Genk speelt donderdag. "Alle kaarten zijn verkocht", meldt Genk.        ~ KRC Genk=ORG; Genk=LOC ~ KRC Genk|Genk|meldt
          ASML maakt chipmachines. "Daar doen we geen uitspraken over", laat het bedrijf weten. ~ ASML=ORG ~ ASML|het bedrijf|laat weten
          "Het plan is onhaalbaar", vindt de oppositie.                               ~ ~ oppositie|de oppositie|vindt
          Aedes noemt het plan "een stap in de goede richting".                       ~ ~ Aedes|Aedes|noemt
          "Dat kost te veel geld", riposteert wethouder Karin de Boer.                ~ Karin de Boer=PER ~ Karin de Boer|wethouder Karin de Boer|riposteert
          "Dat is te duur", zegt hoogleraar economie Jan Smit.                       ~ Jan Smit=PER ~ Jan Smit|hoogleraar economie Jan Smit|zegt
          "Wat begon als een winkel, wordt een keten", zegt gedelegeerd bestuurder Karin Jansen. ~ Karin Jansen=PER ~ Karin Jansen|gedelegeerd bestuurder Karin Jansen|zegt
          "Dit maakt het moeilijker", schreef minister Bussemaker de Kamer.           ~ Bussemaker de Kamer=PER ~ Bussemaker|minister Bussemaker|schreef
          "Dat is onzin", kaatst Karin Jansen terug.                                  ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|kaatst
          "Het doet pijn", was Karin Jansen na afloop eerlijk.                        ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|was
          "Dit is een schande", begint Karin Jansen haar betoog in de gemeenteraad.  ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|begint
          "Zo gaat dat", bleef de woordvoerster van de KNVB rustig.                   ~ KNVB=ORG ~ de woordvoerster van de KNVB|de woordvoerster van de KNVB|bleef
          "We doen dit al jaren", aldus nog Karin Jansen.                             ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|aldus
          "We doen dit al jaren", aldus ook de FNV.                                   ~ FNV=ORG ~ FNV|de FNV|aldus
          "Dit pikken we niet", heet het bij de vakbond.                              ~ ~ vakbond|de vakbond|heet het
          De coalitie heeft de oppositie "buitenspel gezet", zoals Karin Jansen het zei. ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|zei
          VVD en CDA verwijten Peter de Vries dat hij de partij "buitenspel heeft gezet", zoals Karin Jansen (CDA) het zei. ~ VVD=ORG; CDA=ORG; Peter de Vries=PER; Karin Jansen=PER ~ Karin Jansen|Karin Jansen|zei
          De daders zijn in de ogen van Karin Jansen "kleine vissen".                  ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|in de ogen van
          "Het was een lange dag", duidt Karin Jansen, die het bedrijf met haar broer runt. ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|duidt
          """)
  void attributesTheSpeakerFromTheClauseAroundTheQuote(String text, String names, String expected) {
    assertEquals(List.of(expected.trim()), speakers(text.trim(), names));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Minister Karin Jansen sprak. "Dat klopt", zei ze.                           ~ Karin Jansen=PER ~ Karin Jansen|ze|zei
          Premier Mark Rutte sprak.\\n\\n"Dat klopt", zei de premier.                 ~ Mark Rutte=PER ~ Mark Rutte|de premier|zei
          Minister-president Dick Schoof sprak.\\n\\n"Dat klopt", zei de premier.     ~ Dick Schoof=PER ~ Dick Schoof|de premier|zei
          Dominee Anneke Smit preekte.\\n\\n"Laat het een plek blijven", zegt de predikant. ~ Anneke Smit=PER ~ Anneke Smit|de predikant|zegt
          Minister Femke Wiersma sprak. Zijn vrouw Marjan knikt.\\n\\n"Niemand moet stoppen", zei de bewindsvrouw. ~ Femke Wiersma=PER; Marjan=PER ~ Femke Wiersma|de bewindsvrouw|zei
          De officier van justitie, mr. Karel Hoogeveen, sprak.\\n\\n"Dat is diefstal", zei de officier. ~ Karel Hoogeveen=PER ~ Karel Hoogeveen|de officier|zei
          Jan Kooiman (74), die al veertig jaar vrijwilliger is, was er.\\n\\n"Mooi", lachte de vrijwilliger. ~ Jan Kooiman=PER ~ Jan Kooiman|de vrijwilliger|lachte
          Trainer Jesper Lindqvist was kwaad.\\n\\n"We waren de mindere", zei de Zweed. ~ Jesper Lindqvist=PER; Zweed=MISC ~ Jesper Lindqvist|de Zweed|zei
          Tegen Dennis V. is vier jaar geëist. Rechter Anouk Brink vroeg door.\\n\\n"Ik wist het niet", zei de verdachte. ~ Dennis V.=PER; Anouk Brink=PER ~ Dennis V.|de verdachte|zei
          Thijs de Lange werd tweede.\\n\\n"Ik heb alles gegeven", zei de 21-jarige. ~ Thijs de Lange=PER ~ Thijs de Lange|de 21-jarige|zei
          Een buurvrouw, die anoniem wil blijven, is geschrokken. "Ik sliep", zegt ze. ~ ~ een buurvrouw|ze|zegt
          Een woordvoerder van Avrotros is blij. "Mooi", zegt hij.                    ~ ~ een woordvoerder van Avrotros|hij|zegt
          Minister Ingrid van Aalst van Volkshuisvesting sprak. Volgens haar is het goed. "Klopt", zei ze. ~ Ingrid van Aalst=PER; Volkshuisvesting=ORG ~ Ingrid van Aalst|ze|zei
          De gemeente Almere sloot de school. "Veiligheid gaat voor", meldt de gemeente. ~ Almere=LOC ~ gemeente Almere|de gemeente|meldt
          Het Instituut Mijnbouwschade Groningen (IMG) betaalt meer. "Eindelijk", laat het IMG weten. ~ Instituut Mijnbouwschade Groningen=ORG; IMG=ORG ~ Instituut Mijnbouwschade Groningen|het IMG|laat weten
          Kijker Mees de Bruin (16) kijkt al jaren. "Met m'n ouders."                 ~ Mees de Bruin=PER ~ Mees de Bruin|Kijker Mees de Bruin|previous
          Van Dijk legt uit wat er speelt.\\n\\n"De stroming brengt warm water."      ~ ~ Van Dijk|Van Dijk|previous
          Aanvoerder Jeroen Vervoort vertelde wat de trainer had gezegd:\\n\\n"We mogen trots zijn." ~ Jeroen Vervoort=PER ~ Jeroen Vervoort|Aanvoerder Jeroen Vervoort|vertelde
          De officier van justitie eiste acht jaar. "De verdachte toont geen berouw", zei de officier. ~ ~ de officier van justitie|de officier|zei
          Het OM vroeg tien jaar, zei de officier van justitie.\\n\\n"Hij is gevaarlijk", zei de aanklager. ~ OM=ORG ~ de officier van justitie|de aanklager|zei
          De rechter veroordeelde Dennis V. tot vier jaar. "Dat is terecht", zei de rechter. ~ Dennis V.=PER ~ de rechter|de rechter|zei
          Karin Jansen sprak lang. Later kwam de begroting aan bod. "Het is klaar", zei de minister. ~ Karin Jansen=PER ~ Karin Jansen|de minister|zei
          Professor sociologie Karin Jansen is niet verrast. "Dat wisten we al", zegt ze. ~ Karin Jansen=PER ~ Karin Jansen|ze|zegt
          NAVO-secretaris-generaal Karin Jansen sprak in Brussel. "We moeten door", zei de secretaris-generaal. ~ Karin Jansen=PER; NAVO=ORG ~ Karin Jansen|de secretaris-generaal|zei
          Minister Karin Jansen sprak.\\n\\n"Dat klopt", zei de oud-burgemeester.     ~ Karin Jansen=PER ~ Karin Jansen|de oud-burgemeester|zei
          Minister Karin Jansen sprak.\\n\\n"Dat klopt", zei de burgemeester.         ~ Karin Jansen=PER ~ de burgemeester|de burgemeester|zei
          Wethouder Karin Jansen opende de school. "Eindelijk", zei de directeur.      ~ Karin Jansen=PER ~ de directeur|de directeur|zei
          Karin Jansen en Peter de Vries bezochten het ziekenhuis. "Het moet sneller", zei de directeur. ~ Karin Jansen=PER; Peter de Vries=PER ~ de directeur|de directeur|zei
          Minister Peter de Vries sprak. "Het moet sneller", zei de burgemeester tegen hem. ~ Peter de Vries=PER ~ de burgemeester|de burgemeester|zei
          Caroline van der Plas kwam.\\n\\nVan der Plas maakte bekend dat ze "het dorp terug" wil. ~ Caroline van der Plas|Plas=PER ~ Caroline van der Plas|Van der Plas|maakte bekend
          Volgens minister van Binnenlandse Zaken Karin Jansen is het ernstig. Ze sluit niets uit.\\n\\nDe minister herinnert eraan dat premier Peter de Vries beslist. "We schakelen snel." ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen|De minister|previous
          De rechter veroordeelde Dennis V. tot vier jaar. "Dat is terecht", zei hij.  ~ Dennis V.=PER ~ de rechter|hij|zei
          Trainer Karin Jansen was trots. "We hebben hard gewerkt", vertelde ze. Het stadion ontplofte nog een keer. "Dit vergeet je nooit." ~ Karin Jansen=PER ~ Karin Jansen|ze|continued
          Karin Jansen sprak in het parlement. "Geef de hoop niet op", zei ze.\\n\\nEen groot deel van de toespraak ging over werk. "We hebben iedereen nodig." ~ Karin Jansen=PER ~ Karin Jansen|ze|continued
          Karin Jansen sprak. "Geef niet op", zei ze. Peter de Vries schudde het hoofd. "Dat is onzin." ~ Karin Jansen=PER; Peter de Vries=PER ~ Peter de Vries|Peter de Vries|previous
          Karin Jansen opende het congres. Grote bedrijven komen naar Nederland.\\n\\n"We moeten samenwerken." ~ Karin Jansen=PER; Nederland=LOC ~ Karin Jansen|Karin Jansen|previous
          Karin Jansen opende het congres. Webwinkels moeten meer doen.\\n\\n"We moeten samenwerken." ~ Karin Jansen=PER ~ Karin Jansen|Karin Jansen|previous
          Het Instituut Mijnbouwschade Groningen (IMG) erkent de achterstand. "We werken hard", aldus het instituut. ~ Instituut Mijnbouwschade Groningen=ORG; IMG=ORG ~ Instituut Mijnbouwschade Groningen|het instituut|aldus
          Karin Jansen won de rit. "Ik ben blij", sloot de winnaar van de dag af.     ~ Karin Jansen=PER ~ Karin Jansen|de winnaar van de dag|sloot af
          Schooldirecteur Van Amersfoort herkent dat: "Ouders bellen vaker."          ~ Van=PER; Amersfoort=LOC ~ Van Amersfoort|Schooldirecteur Van Amersfoort|colon
          Een voorbijganger uit Noord: "Ik blijf." Een ander vraagt zich af wat ze bedoelt. "We zijn geen dorp." ~ Noord=LOC ~ een andere voorbijganger|Een ander|previous
          Een voorbijganger uit Noord blijft. "Het is hier mooi", zegt hij.           ~ Noord=LOC ~ een voorbijganger uit Noord|hij|zegt
          Een ander punt is de prijs. "Het is te duur", zegt een klant.              ~ ~ een klant|een klant|zegt
          Het ministerie van Financiën laat weten dat de regeling doorgaat. Zij voegt eraan toe: "Er is geen reden tot twijfel." ~ ministerie van Financiën=ORG ~ ministerie van Financiën|Zij|voegt toe
          Karin Jansen kwam thuis. De politie belde aan. "Ik schrok", zei ze.        ~ Karin Jansen=PER ~ Karin Jansen|ze|zei
          Kuipers kondigde maatregelen aan. "Het virus is niet weg", zei de minister van Volksgezondheid. ~ ~ Kuipers|de minister van Volksgezondheid|zei
          Karin Jansen won de finale. "Ik ben blij", zegt de middenvelder van Ajax.  ~ Karin Jansen=PER; Ajax=ORG ~ Karin Jansen|de middenvelder van Ajax|zegt
          Premier Peter de Vries sprak.\\n\\nKarin Jansen kondigde maatregelen aan. "Het virus is niet weg", zei de minister. ~ Peter de Vries=PER; Karin Jansen=PER ~ Karin Jansen|de minister|zei
          "Beschamend" en zelfs "middeleeuws". Kamerlid Karin Jansen spaarde haar kritiek niet. ~ Karin Jansen=PER ~ Karin Jansen|Kamerlid Karin Jansen|next
          Premier De Croo reageerde. "We grijpen snel in", aldus nog De Croo.\\n\\nDe premier wil rust. "Wees gerust." ~ De Croo=MISC ~ De Croo|De premier|previous
          Karin Jansen was er. "Het is erg", zegt de moeder van het slachtoffer.     ~ Karin Jansen=PER ~ de moeder van het slachtoffer|de moeder van het slachtoffer|zegt
          De officier eiste vier jaar. "Hij is berekenend", zei zij. De advocaat van de man vond de eis te hoog. "Mijn cliënt heeft spijt." ~ ~ de advocaat van de man|De advocaat van de man|previous
          Karin Jansen werd aangehouden. Haar advocaat vond dat onterecht. "Dit klopt niet", zei hij. ~ Karin Jansen=PER ~ haar advocaat|hij|zei
          Karin Jansen sprak. "Eerst dit", zei ze. "Dat is onzin", zei haar advocaat. ~ Karin Jansen=PER ~ haar advocaat|haar advocaat|zei
          Buurtbewoners werden wakker. "Ik hoorde geknetter", vertelt een buurman. "Ik heb gebeld." Een andere buurvrouw vult aan: "Het was eng." ~ ~ een andere buurvrouw|Een andere buurvrouw|vult aan
          Het verkeer stond stil. "Ik stond twee uur stil", zegt een automobilist. Een andere weggebruiker heeft meer begrip. "Ze hebben het zwaar." ~ ~ een andere weggebruiker|Een andere weggebruiker|previous
          Het verkeer stond stil. "Ik stond twee uur stil", zegt een automobilist uit Zwolle. ~ Zwolle=LOC ~ een automobilist uit Zwolle|een automobilist uit Zwolle|zegt
          Karin Jansen sprak. "Het is te duur", zei ze. Een auto reed voorbij. "Het is jammer." ~ Karin Jansen=PER ~ Karin Jansen|ze|continued
          Karin Jansen wuift de kritiek weg. "Wie nu roept, had moeten nadenken", riposteert de socialist. ~ Karin Jansen=PER ~ Karin Jansen|de socialist|riposteert
          Ajax heeft een nieuw plan voor het stadion. "Het wordt mooi."             ~ Ajax=ORG ~ Ajax|Ajax|previous
          Het concert van zanger Karin Jansen is uitverkocht. "Ongelooflijk", reageert de artiest. ~ Karin Jansen=PER ~ Karin Jansen|de artiest|reageert
          Karin Jansen schreef een nieuw boek. "Het was zwaar", zegt de schrijfster. ~ Karin Jansen=PER ~ Karin Jansen|de schrijfster|zegt
          Peter de Vries kwam. PVV-leider Karsten verwijt de anderen veel. Hij vindt het niks. "Een schande." ~ Peter de Vries=PER; PVV-leider Karsten=MISC ~ Karsten|Hij|previous
          """)
  void resolvesPronounsRolesAndDescriptionsThroughTheArticle(String text, String names, String expected) {
    assertEquals(expected.trim(), lastSpeaker(text.trim(), names));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Eerst dit", zegt Karin Jansen, "en dan dat."  ~ Karin Jansen=PER
          "Eerst dit", zegt Karin Jansen. "En dan dat."  ~ Karin Jansen=PER
          "Eerst dit", aldus Karin Jansen, "en dan dat." ~ Karin Jansen=PER
          """)
  void bothPartsOfASplitQuoteHaveTheSpeaker(String text, String names) {
    List<Quote> quotes = QuoteFixtures.quotes(text.trim(), names);
    assertEquals(2, quotes.size());
    quotes.forEach(q -> assertEquals("Karin Jansen", q.speaker(), q.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei hij.                                                         ~
          "Geen idee," zei iemand.                                                      ~
          Het was een "doorbraak", schreef de krant niet.                               ~
          Er komen zogeheten "weesfietsen" bij, zei Karin Jansen.                       ~ Karin Jansen=PER
          Met haar debuut ‘Het zoute land’ schreef Femke Zandstra een roman.            ~ Femke Zandstra=PER
          "Het is een schande", zeggen omwonenden.                                      ~
          "Welkom thuis", kreeg Karin Jansen te horen.                                  ~ Karin Jansen=PER
          Karin Jansen sprak eerst. "Dat is te duur", zeggen omwonenden.                ~ Karin Jansen=PER
          Karin Jansen sprak eerst. "Dat is te duur", zegt iedereen.                    ~ Karin Jansen=PER
          Karin Jansen sprak. Niet iedereen die de NOS spreekt, zit daarop te wachten: "Ik vind het mooi." ~ Karin Jansen=PER; NOS=ORG
          "Je bent ontslagen", werd Karin Jansen verteld.                               ~ Karin Jansen=PER
          Karin Jansen werd gevraagd: "Waarom bent u gestopt?"                         ~ Karin Jansen=PER
          "Welkom", las Karin Jansen op het bord.                                       ~ Karin Jansen=PER
          "Dat klopt", dus ging Karin Jansen naar huis.                                 ~ Karin Jansen=PER
          "Dat klopt", maar Karin Jansen twijfelt.                                      ~ Karin Jansen=PER
          "Ja", staat de minister vandaag voor een moeilijke keuze in het debat.        ~
          "Beschamend" en zelfs "middeleeuws". De kritiek was fel.                      ~
          Karin Jansen sprak. "Het gaat mis", meldt de site.                            ~ Karin Jansen=PER
          Amsterdam heeft een nieuw plan voor de binnenstad. "Het wordt mooi."          ~ Amsterdam=LOC
          Karin Jansen sprak. "Eerst dit", zei ze. "Dat is onzin", zei iemand anders.   ~ Karin Jansen=PER
          Karin Jansen sprak. "Eerst dit", zei ze. Toen sprak de zaal. "Nee!" Het bleef even stil. Iedereen ging. Later die dag kwam de uitslag. "Dat is onzin." ~ Karin Jansen=PER
          """)
  void leavesTheSpeakerEmptyWhenTheTextDoesNotTell(String text, String names) {
    List<Quote> quotes = QuoteFixtures.quotes(text.trim(), names == null ? "" : names);
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("", last.speaker(), last.toString());
  }

  /** Short quoted words with no reporting verb are a scare quote, unless a person speaks right before them in their paragraph. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Dit plan deugt niet", zegt Karin Jansen. Het is "onhaalbaar" en "te duur". ~ Karin Jansen=PER ~ direct:Karin Jansen,partial:Karin Jansen,partial:Karin Jansen
          Het plan is "onhaalbaar".                                                  ~                  ~ scare:
          "Dit plan deugt niet", zegt Karin Jansen.\\n\\nHet plan is "onhaalbaar". ~ Karin Jansen=PER ~ direct:Karin Jansen,scare:
          "Dit plan deugt niet", zegt Karin Jansen. Peter de Vries is het oneens. Het is "haalbaar". ~ Karin Jansen=PER; Peter de Vries=PER ~ direct:Karin Jansen,scare:
          """)
  void shortQuotedWordsNearASpeakerAreTheirs(String text, String names, String expected) {
    List<String> found = QuoteFixtures.quotes(text.trim(), names == null ? "" : names).stream()
        .map(q -> q.kind().label() + ":" + q.speaker()).toList();
    assertEquals(List.of(expected.trim().split(",")), found);
  }

  @Test
  void theNameOfANewspaperInQuotationMarksIsNoQuotation() {
    List<Quote> quotes = QuoteFixtures.quotes("Karin Jansen stopt. \"Ik ben ziek\", zei ze aan 'Het Dagblad'.", "Karin Jansen=PER; Het Dagblad=ORG");
    assertEquals(List.of("direct:Karin Jansen", "title:"), quotes.stream().map(q -> q.kind().label() + ":" + q.speaker()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Karin Jansen sprak. "Mijn boekhouder zei dat alles klopte."                   ~ Karin Jansen=PER
          """)
  void aReportingVerbInsideTheQuotationNamesNoSpeakerButTheSentenceBeforeDoes(String text, String names) {
    List<Quote> quotes = QuoteFixtures.quotes(text.trim(), names);
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("Karin Jansen", last.speaker(), last.toString());
    assertEquals("previous", last.cue(), last.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Rutte: 'We moeten door'\\n\\nPremier Mark Rutte sprak in Den Haag.          ~ Mark Rutte|Rutte=PER; Den Haag=LOC ~ Mark Rutte|Rutte|colon
          Koning opent museum: „Een plek vol geschiedenis”\\n\\nKoning Willem-Alexander opende het museum. „Dit is een plek vol geschiedenis”, zei hij. ~ Willem-Alexander=PER ~ Willem-Alexander|Koning|colon
          Chinese leverancier in problemen: 'We voelen de druk'\\n\\n'We voelen de druk, maar het gaat', zei topman Christophe Fouquet. ~ Chinese=MISC; Christophe Fouquet=PER ~ Christophe Fouquet|topman Christophe Fouquet|headline
          Drie inbraken: "Ze wisten precies waar ze moesten zijn"\\n\\nEen buurvrouw is aangeslagen. "Ze wisten precies waar ze moesten zijn. Het is eng", zegt ze. ~ ~ een buurvrouw|ze|headline
          Oranje viert feest: "Dit vergeet je nooit meer"\\n\\nDe speelsters juichten. "Een rare avond, dit soort avonden vergeet je nooit van je leven", zei bondscoach Karin Jansen. ~ Oranje=ORG; Karin Jansen=PER ~ Karin Jansen|bondscoach Karin Jansen|headline
          "Meer samenwerking tussen webwinkels in het buitenland"\\n\\nWebwinkels moeten gaan samenwerken in het buitenland. Dat zegt voorzitter Karin Jansen van de branchevereniging. ~ Karin Jansen=PER ~ Karin Jansen|voorzitter Karin Jansen|headline
          "Meer geld voor het buitenland"\\n\\nDe bouw van woningen gaat door. Dat zegt minister Karin Jansen. ~ Karin Jansen=PER ~ ||
          "Webwinkels moeten samenwerken"\\n\\nNederlandse webwinkels moeten meer samenwerken in het buitenland, zegt voorzitter Karin Jansen. ~ Karin Jansen=PER ~ Karin Jansen|voorzitter Karin Jansen|headline
          Ajax: "We gaan door"\\n\\nAjax won. "We gaan door", meldt de club.    ~ Ajax=ORG ~ Ajax|de club|headline
          """)
  void attributesHeadlineQuotesThroughTheArticle(String text, String names, String expected) {
    assertEquals(expected.trim(), speakers(text.trim(), names).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Jan Peeters en Els Wouters blikken terug.\\n\\nPEETERS «Het concert in Gent was mooi.»\\n\\nWOUTERS (lacht) «Dat vond ik ook.» ~ Jan Peeters=PER; Els Wouters=PER; Gent=LOC ~ Jan Peeters,Els Wouters
          De zangers blikken terug.\\n\\nJAN PEETERS «Het concert was mooi.»             ~ ~ Jan Peeters
          Jan Peeters en Els Peeters blikken terug.\\n\\nPEETERS «Het concert was mooi.» ~ Jan Peeters=PER; Els Peeters=PER ~ ``
          Het nieuws van vandaag.\\n\\nBRUSSEL «We gaan door.»                          ~ ~ ``
          Jan Peeters sprak.\\n\\nHUMO «Wat vond u ervan?»                              ~ Jan Peeters=PER; HUMO=ORG ~ ``
          """)
  void anInterviewLabelNamesTheSpeakerOfTheAnswer(String text, String names, String expected) {
    List<String> found = QuoteFixtures.quotes(text.trim(), names == null ? "" : names).stream().map(Quote::speaker).toList();
    assertEquals(List.of(expected.trim().split(",", -1)), found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Rechter Anouk Brink sprak met Dennis V. Het gesprek tussen de rechter en de verdachte ging zo:\\n\\n— Meneer V., waar is het geld?\\n\\n— Dat weet ik niet.\\n\\n— Dat geloof ik niet.\\n\\n— Het is echt zo. ~ Anouk Brink=PER; Dennis V.|V.=PER ~ Anouk Brink,Dennis V.,Anouk Brink,Dennis V.
          De rechter ondervroeg de verdachte Dennis V.:\\n\\n— Waar was u?\\n\\n— Thuis.\\n\\n— Alleen?\\n\\n— Ja, alleen. ~ Dennis V.=PER ~ de rechter,Dennis V.,de rechter,Dennis V.
          Minister Sophie Hermans verdedigt haar plan. Een gesprek.\\n\\n— Is het niet te duur?\\n\\n— Nee, het is nodig. ~ Sophie Hermans=PER ~ ,Sophie Hermans
          """)
  void dialogueLinesAlternateBetweenTheTwoPeopleOfTheIntroduction(String text, String names, String expected) {
    List<String> found = QuoteFixtures.quotes(text.trim(), names).stream().map(Quote::speaker).toList();
    assertEquals(List.of(expected.trim().split(",", -1)), found);
  }
}

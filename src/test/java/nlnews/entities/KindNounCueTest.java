package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun next to a name that says what kind of thing it is, on hand-built lists ({@link HandBuiltLists}). */
class KindNounCueTest {

  private static final KindNounCue CUE = new KindNounCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het duo Zwartwit treedt op in Venlo.                   | Zwartwit      | ORG
          Ze zag de band Kroepoek in de kelder.                  | Kroepoek      | ORG
          De farmaproducent Medilux investeert fors.             | Medilux       | ORG
          Het jongerenhotel Stayokay sluit.                      | Stayokay      | ORG
          Het festival 'Zomerklanken' werd afgelast.             | Zomerklanken  | MISC
          Het stadion De Adelaarshorst was vol.                  | De Adelaarshorst | LOC
          Fietsenproducent Gazelle meldt winst.                  | Gazelle       | ORG
          Het Brugse IT-producent Medilux groeit.                | Medilux       | ORG
          Het Brugse IT Medilux groeit.                          | Medilux       | -
          Hij reed eerder voor zijn vorige ploeg, Lotto-Soudal, en nu voor een andere. | Lotto-Soudal | ORG
          Kroepoek, de band van drie broers, speelt vanavond.    | Kroepoek      | ORG
          Het duo Bart en Lies treedt op.                        | Bart          | -
          Het zegt bandleider Willem Bos.                        | Willem Bos    | -
          De band met Utrecht is sterk.                          | Utrecht       | -
          Hij sprak met de ploeg van Jansen.                     | Jansen        | -
          Zoals Jan Peeters, de zanger van toen, al zei.         | Jan Peeters   | -
          De verkoop ging naar Gent, de stad aan de Leie.        | Gent          | -
          """)
  void theNounNextToANameSaysWhatItIs(String text, String name, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name)));
  }
}

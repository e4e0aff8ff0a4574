package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form of a name that makes it a place, on hand-built lists ({@link HandBuiltLists}). */
class PlaceNameCueTest {

  private static final PlaceNameCue CUE = new PlaceNameCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Er was een file op de A12 bij Woerden.              | A12                  | LOC
          De E19 was dicht.                                   | E19                  | LOC
          Het concert in de Lotto Arena was uitverkocht.      | Lotto Arena          | LOC
          Hij woont aan de Molenstraat in Zwolle.             | Molenstraat          | LOC
          In de Coentunnel stond het verkeer stil.            | Coentunnel           | LOC
          Het Koning Willem II-stadion ontplofte.             | Koning Willem II-stadion | LOC
          Ze speelden in het Stade Vélodrome.                 | Stade Vélodrome      | LOC
          De afrit Gent-Oost was afgesloten.                  | Gent-Oost            | LOC
          De trein stopt in Utrecht Centraal.                 | Utrecht Centraal     | LOC
          Zij woont in de wijk Overvecht.                     | Overvecht            | -
          Volgens Jan van Dijk is het voorbij.                | Jan van Dijk         | -
          Volgens Van Dijk is het voorbij.                    | Van Dijk             | -
          De Ondernemersvereniging Binnenstad Harderwijk protesteert. | Ondernemersvereniging Binnenstad Harderwijk | -
          De voorzitter van Harderwijk Vooruit sprak.         | Harderwijk Vooruit   | -
          De Bondstichting Gent-Oost waarschuwt.              | Bondstichting Gent-Oost | -
          Het Audi A123-model is nieuw.                       | Audi                 | -
          De Arena was vol.                                   | Arena                | -
          """)
  void aStreetVenueOrRoadIsAPlace(String text, String name, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name)));
  }
}

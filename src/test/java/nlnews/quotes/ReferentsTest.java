package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.Referents.Referent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coreference on hand-built inputs: whom the phrases of a text refer to, the names written out in the row. */
class ReferentsTest {

  /** A text read: its tokens, its phrases and whom they refer to. */
  private record Read(MarkedTokens tokens, List<Phrase> phrases, Referents referents) {}

  private static Read read(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text, names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    People people = p.people();
    PhraseChunker chunker = p.chunker(tokens, classes, people);
    Referents referents =
        new Referents(tokens, chunker, classes, people, p.entities(), QuoteFixtures.NOUNS, QuoteFixtures.GAZETTEER, QuoteFixtures.VERBS);
    return new Read(tokens, chunker.articlePhrases(), referents);
  }

  /** The resolved phrases as "words=referent", in text order. */
  private static List<String> refs(String text, String names) {
    Read r = read(text, names);
    return r.referents().refs().stream()
        .map(ref -> r.tokens().slice(ref.start(), ref.end()) + "=" + ref.referent().name())
        .toList();
  }

  /** An abbreviation used before the text introduces it is read as itself: the reading knows only what came before. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Wethouder Sanne de Wit opende de brug. Zij knipte het lint door.  ~ Sanne de Wit=PER ~ Wethouder Sanne de Wit=Sanne de Wit|Zij=Sanne de Wit
          Wethouder Sanne de Wit opende de brug. De wethouder was trots.    ~ Sanne de Wit=PER ~ Wethouder Sanne de Wit=Sanne de Wit|De wethouder=Sanne de Wit
          Sanne de Wit en Pieter Bos kwamen. De Wit bleef het langst.       ~ Sanne de Wit=PER; Pieter Bos=PER ~ Sanne de Wit=Sanne de Wit|Pieter Bos=Pieter Bos|De Wit=Sanne de Wit
          Een omwonende belt de brandweer. Hij rook rook.                   ~ ~ Een omwonende=een omwonende|de brandweer=brandweer|Hij=een omwonende
          De Dienst Wegverkeer (RDW) keurt auto's. Het RDW is streng.       ~ Dienst Wegverkeer=ORG ~ De Dienst Wegverkeer=Dienst Wegverkeer|RDW=Dienst Wegverkeer|Het RDW=Dienst Wegverkeer
          Het RDW is streng. De Dienst Wegverkeer (RDW) keurt auto's.       ~ Dienst Wegverkeer=ORG ~ Het RDW=RDW|De Dienst Wegverkeer=Dienst Wegverkeer|RDW=Dienst Wegverkeer
          De gemeente Zeist sluit het zwembad. De gemeente zegt dat het moet. ~ Zeist=LOC ~ De gemeente Zeist=gemeente Zeist|De gemeente=gemeente Zeist
          De burgemeester opende de markt. De burgervader was blij.        ~ ~ De burgemeester=de burgemeester|De burgervader=de burgemeester
          Jan Smit kwam binnen. De burgemeester opende de markt.           ~ Jan Smit=PER ~ Jan Smit=Jan Smit|De burgemeester=Jan Smit
          Wethouder Jan Smit kwam binnen. De burgemeester opende de markt. ~ Jan Smit=PER ~ Wethouder Jan Smit=Jan Smit|De burgemeester=de burgemeester
          Jan Smit en Piet Bos kwamen binnen. De burgemeester sprak.       ~ Jan Smit=PER; Piet Bos=PER ~ Jan Smit=Jan Smit|Piet Bos=Piet Bos|De burgemeester=de burgemeester
          Jan Smit kwam binnen. Zijn moeder huilde.                        ~ Jan Smit=PER ~ Jan Smit=Jan Smit|Zijn moeder=zijn moeder
          """)
  void resolvesEachPhraseWithWhatWasSaidBeforeIt(String text, String names, String expected) {
    assertEquals(QuoteFixtures.expected(expected), refs(text.trim(), names));
  }

  /** A phrase in a subclause or after a preposition is no subject: the rules that look for who acts skip it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Karin Jansen herinnert eraan dat Peter de Vries beslist.          ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen
          Karin Jansen, die Peter de Vries kent, zwijgt.                    ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen
          Omdat het regent, blijft Karin Jansen bij Peter de Vries.         ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen
          Karin Jansen belde Peter de Vries.                                ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen|Peter de Vries
          """)
  void aPhraseInASubclauseOrAfterAPrepositionIsNoSubject(String text, String names, String expected) {
    Read r = read(text.trim(), names);
    List<String> subjects = r.referents().refs().stream().filter(Referents.Ref::subject)
        .map(ref -> r.tokens().slice(ref.start(), ref.end())).toList();
    assertEquals(QuoteFixtures.expected(expected), subjects);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Hij kwam te laat.                                                ~
          De kinderen zijn slachtoffer van de ruzie.                       ~
          De moeder van de bruid huilde.                                   ~
          """)
  void refersToNobodyWhenTheTextDoesNotTell(String text, String names) {
    assertEquals(List.of(), refs(text.trim(), names));
  }

  @Test
  void aQuestionChangesNoLaterAnswer() {
    String text = "Het RDW is streng. De Dienst Wegverkeer (RDW) keurt auto's. Het waterschap Vallei en Veluwe zwijgt.";
    Read r = read(text, "Dienst Wegverkeer=ORG; Vallei en Veluwe=ORG");
    List<String> forwards = new ArrayList<>();
    for (Phrase p : r.phrases()) {
      forwards.add(name(r.referents().resolve(p, p.start())));
    }
    List<String> backwards = new ArrayList<>();
    for (int i = r.phrases().size() - 1; i >= 0; i--) {
      Phrase p = r.phrases().get(i);
      backwards.add(0, name(r.referents().resolve(p, p.start())));
    }
    assertEquals(forwards, backwards);
    // asked after the reading, an abbreviation is known wherever it stands
    assertEquals("Dienst Wegverkeer", forwards.get(0));
  }

  private static String name(Referent r) {
    return r == null ? "" : r.name();
  }
}

package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nlnews.model.EntityMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions of the entities on hand-built inputs: by name, compound, and by pronoun or role noun resolved to them. */
class EntityMentionsTest {

  private static final SpeakerResolver RESOLVER =
      new SpeakerResolver(QuoteFixtures.VERBS, QuoteFixtures.NOUNS, QuoteFixtures.GAZETTEER);

  /** The mentions as "form:words=entity", in text order; "-" for none. */
  private static List<String> mentions(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text, names);
    List<EntityMention> found = RESOLVER.read(p.index(), p.marks(), p.entities()).mentions();
    for (EntityMention m : found) {
      assertEquals(m.text(), p.article().slice(m.start(), m.end()), "offsets give back the words");
    }
    List<String> out = found.stream().map(m -> m.form().label() + ":" + m.text() + "=" + m.entity()).toList();
    return out.isEmpty() ? List.of("-") : out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Wethouder Sanne de Wit opende de brug. Zij knipte het lint door.    ~ Sanne de Wit=PER ~ name:Sanne de Wit=Sanne de Wit|pronoun:Zij=Sanne de Wit
          Wethouder Sanne de Wit opende de brug. De wethouder was trots.      ~ Sanne de Wit=PER ~ name:Sanne de Wit=Sanne de Wit|role:De wethouder=Sanne de Wit
          Sanne de Wit en Pieter Bos kwamen. De Wit bleef het langst.         ~ Sanne de Wit|De Wit=PER; Pieter Bos=PER ~ name:Sanne de Wit=Sanne de Wit|name:Pieter Bos=Pieter Bos|name:De Wit=Sanne de Wit
          Een KNVB-woordvoerder bevestigde het.                              ~ KNVB=ORG ~ compound:KNVB=KNVB
          Jan Smit kwam binnen. Zijn moeder huilde.                           ~ Jan Smit=PER ~ name:Jan Smit=Jan Smit
          Een omwonende belt de brandweer. Hij rook rook.                     ~ ~ -
          De burgemeester opende de markt. De burgervader was blij.           ~ ~ -
          "Ik kom morgen," zei Jan Smit.                                      ~ Jan Smit=PER ~ name:Jan Smit=Jan Smit
          Het regende de hele dag in het land.                                ~ ~ -
          JA21 wil geld. Het plan is een fonds voor boeren. Dat fonds is groot. ~ JA21=ORG ~ name:JA21=JA21
          Zorginstituut Nederland meet. De controlegroep kreeg niets.        ~ Zorginstituut Nederland=ORG ~ name:Zorginstituut Nederland=Zorginstituut Nederland
          ASML maakt chips. Het bedrijf groeit.                               ~ ASML=ORG ~ name:ASML=ASML|role:Het bedrijf=ASML
          """)
  void mentionsByNameAndByReference(String text, String names, String expected) {
    assertEquals(QuoteFixtures.expected(expected), mentions(text.trim(), names));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      textBlock = """
          Kremlin-woordvoerder ~ 0 ~ 7  ~ true
          VVD-leider           ~ 0 ~ 3  ~ true
          oud-VVD              ~ 4 ~ 7  ~ true
          Kremlin woordvoerder ~ 0 ~ 7  ~ false
          Kremlin-             ~ 0 ~ 7  ~ false
          """)
  void aNameJoinedByAHyphenIsACompound(String text, int start, int end, boolean compound) {
    if (compound) {
      assertTrue(EntityMentions.compound(text, start, end));
    } else {
      assertFalse(EntityMentions.compound(text, start, end));
    }
  }
}

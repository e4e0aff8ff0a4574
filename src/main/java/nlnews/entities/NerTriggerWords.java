package nlnews.entities;

import java.util.Set;
import nlnews.text.CompoundHeads;
import nlnews.text.Lookup;

/**
 * The context words of the name model's trigger features ({@link NerFeatures.Triggers},
 * {@link WordPrints}): titles aside (those come from the model's own name lists), the words
 * before a name that announce it and the words in or after it that make it an organisation.
 *
 * <p>These lists belong to the trained model {@code ner-nl.bin}, not to the language folder: the
 * model's weights were learnt with exactly these words, so they stay in code and change only
 * together with a retrained model. The rules have their own lists in data files
 * ({@link NameContextWords}), which share some of these words and may change freely.
 */
final class NerTriggerWords {

  /** The shortest head of a compound taken for an organisation noun or word, as in training. */
  private static final int SHORTEST_HEAD = 4;

  static final Set<String> PLACE_PREPOSITIONS =
      Lookup.words("in", "naar", "uit", "vanuit", "nabij", "richting", "rond", "rondom", "buiten", "bij", "te", "over", "via", "van");
  static final Set<String> ADDRESS =
      Lookup.words("heer", "meneer", "mevrouw", "juffrouw", "dhr.", "mevr.", "mw.", "mr.", "dr.", "prof.", "ir.", "drs.", "ds.", "st.", "sint", "pater", "zuster", "broeder");
  static final Set<String> LEGAL_FORMS =
      Lookup.words("nv", "n.v.", "bv", "b.v.", "bvba", "vzw", "cvba", "sa", "s.a.", "ag", "gmbh", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "co", "co.", "&");
  static final Set<String> PLACE_NOUNS =
      Lookup.words(
          "stad", "dorp", "hoofdstad", "havenstad", "provincie", "regio", "gemeente", "plaats",
          "deelstaat", "eiland", "rivier", "wijk", "buurt", "land", "staat", "streek", "kuststad",
          "grensstad", "grensplaats", "deelgemeente", "district", "oblast", "badplaats");

  /** Nouns for a kind of organisation before its name ("het softwarebedrijf Tectrade"). */
  private static final CompoundHeads ORGANISATION_NOUNS =
      new CompoundHeads(
          Lookup.words("bedrijf", "concern", "firma", "maatschappij", "groep", "producent", "fabrikant", "omroep", "zender",
              "krant", "blad", "partij", "ploeg", "club", "bank", "verzekeraar", "dochter", "holding", "keten", "winkelketen",
              "vakbond", "federatie", "vereniging", "organisatie", "instelling", "dienst", "operator", "leverancier", "uitgever",
              "site", "platform", "label", "orkest", "band", "groepering", "beweging", "fonds", "agentschap", "ngo", "team"),
          SHORTEST_HEAD);

  /** Words in an organisation's name ("Woonbond", "Meuse Steel"). */
  private static final CompoundHeads ORGANISATION_WORDS =
      new CompoundHeads(
          Lookup.words(
              "bank", "group", "groep", "partij", "unie", "raad", "commissie", "universiteit",
              "hogeschool", "ziekenhuis", "fonds", "stichting", "vereniging", "holding", "bv", "b.v.",
              "nv", "n.v.", "airlines", "fc", "inc.", "ltd", "ltd.", "corporation", "company",
              "ministerie", "agentschap", "instituut", "federatie", "bond", "associatie", "club",
              "omroep", "krant", "tribunaal", "hof", "rechtbank", "politie", "brandweer", "energie",
              "telecom", "media", "verzekeringen", "investments", "capital", "partners", "foundation",
              "international", "association", "council", "party", "news", "times", "post", "sv", "vv",
              "rkvv", "sc", "kv", "kvc", "rsc", "afc", "steel", "motors", "veiligheidsregio", "waterschap",
              "hoogheemraadschap", "coöperatie", "academie", "museum", "theater", "orkest", "team"),
          SHORTEST_HEAD);

  private NerTriggerWords() {}

  /** A noun that names a kind of organisation, or a compound ending in one ("softwarebedrijf"). */
  static boolean isOrganisationNoun(String lower) {
    return ORGANISATION_NOUNS.isOrEndsInOne(lower);
  }

  /** An organisation word or a compound ending in one (Ondernemersvereniging, Woonbond). */
  static boolean isOrganisationWord(String lower) {
    return ORGANISATION_WORDS.isOrEndsInOne(lower);
  }

  /**
   * The trigger feature of the word before a token ("tr-1=title", "tr-1=place-prep", ...), the
   * first that applies; or null. {@code title}: whether the word is a title or role noun.
   */
  static String triggerBefore(String lower, boolean title) {
    if (title) {
      return "tr-1=title";
    } else if (ADDRESS.contains(lower)) {
      return "tr-1=address";
    } else if (PLACE_PREPOSITIONS.contains(lower)) {
      return "tr-1=place-prep";
    } else if (PLACE_NOUNS.contains(lower)) {
      return "tr-1=place-noun";
    } else if (isOrganisationNoun(lower)) {
      return "tr-1=organisation-noun";
    }
    return null;
  }
}

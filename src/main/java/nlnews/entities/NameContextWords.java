package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nlnews.text.CompoundHeads;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The words around and inside a capitalised name that tell the rules what it names (the files
 * under {@code entities/} of the language folder): place prepositions and place nouns before a
 * place, forms of address before a person, organisation words in an organisation's name, the
 * link between a title and its department. The name model's features have their own copy of
 * some of these ({@link NerTriggerWords}). Immutable and thread-safe; loaded once per run.
 */
public final class NameContextWords {

  /**
   * The shortest head of a compound taken for an organisation word: four letters ("bond",
   * "bank", "raad"); a shorter ending of a longer word ("fc", "nv") is too often chance.
   */
  static final int SHORTEST_ORGANISATION_HEAD = 4;

  private final Set<String> placePrepositions;
  private final Set<String> placeNouns;
  private final Set<String> placeCompoundTails;
  private final CompoundHeads organisationWords;
  private final Set<String> formsOfAddress;
  private final Set<String> departmentLinks;

  /**
   * Lower-case words: {@code placeCompoundTails} are the place nouns and the nouns that mark a
   * place only as the tail of a compound ("gebied").
   */
  NameContextWords(
      Set<String> placePrepositions,
      Set<String> placeNouns,
      Set<String> placeCompoundTails,
      Set<String> organisationWords,
      Set<String> formsOfAddress,
      Set<String> departmentLinks) {
    this.placePrepositions = Lookup.set(placePrepositions);
    this.placeNouns = Lookup.set(placeNouns);
    this.placeCompoundTails = Lookup.set(placeCompoundTails);
    this.organisationWords = new CompoundHeads(organisationWords, SHORTEST_ORGANISATION_HEAD);
    this.formsOfAddress = Lookup.set(formsOfAddress);
    this.departmentLinks = Lookup.set(departmentLinks);
  }

  /** Reads the word lists of {@code language}; callers load them once and share them. */
  public static NameContextWords load(Language language) {
    List<String> nouns = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    for (DataFile.Row row : language.file("entities/place-nouns.tsv").rows()) {
      if (!row.get("compound_only").equals("yes")) {
        nouns.add(row.get("word"));
      }
      tails.add(row.get("word"));
    }
    return new NameContextWords(
        language.words("entities/place-prepositions.tsv"),
        Lookup.set(nouns),
        Lookup.set(tails),
        language.words("entities/organisation-words.tsv"),
        language.words("entities/forms-of-address.tsv"),
        language.words("entities/department-links.tsv"));
  }

  /** True for a place preposition or place noun: a name after it is a place ("naar Gent", "de stad Gent"). */
  boolean announcesPlace(String lower) {
    return placePrepositions.contains(lower) || placeNouns.contains(lower);
  }

  /** True for the tail of a compound whose name part is a place ("Donetsk-regio", "Gaza-gebied"). */
  boolean isPlaceCompoundTail(String lower) {
    return placeCompoundTails.contains(lower);
  }

  /** True for an organisation word or a compound ending in one ("Ondernemersvereniging"). */
  boolean isOrganisationWord(String lower) {
    return organisationWords.isOrEndsInOne(lower);
  }

  /** True for a form of address before a person's name ("mevrouw", "dhr."). */
  boolean isFormOfAddress(String lower) {
    return formsOfAddress.contains(lower);
  }

  /** True for the word between a title and its department ("minister van Defensie"). */
  boolean isDepartmentLink(String lower) {
    return departmentLinks.contains(lower);
  }
}

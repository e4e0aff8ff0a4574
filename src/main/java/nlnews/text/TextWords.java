package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words a language's tokenizer and sentence splitter decide with, from the {@code text/}
 * files of its folder: the abbreviations written with a final period (the tokenizer keeps the
 * period with them) and those of them that often end a sentence; the short forms written after
 * an apostrophe ("'t", "'s"); the words after a hyphen of omission ("zomer- en wintertijd"); and
 * the words that start a sentence after an initial ("... Dennis V. De officier ..."). All
 * lower-case, abbreviations with their periods. Immutable.
 */
public record TextWords(
    Set<String> abbreviations,
    Set<String> sentenceFinalAbbreviations,
    Set<String> elisions,
    Set<String> hyphenLinks,
    Set<String> sentenceStarters) {

  public TextWords {
    abbreviations = Lookup.set(abbreviations);
    sentenceFinalAbbreviations = Lookup.set(sentenceFinalAbbreviations);
    elisions = Lookup.set(elisions);
    hyphenLinks = Lookup.set(hyphenLinks);
    sentenceStarters = Lookup.set(sentenceStarters);
  }

  /** Reads the files under {@code text/} of the language folder {@code folder} ("nl"). */
  static TextWords load(String folder) {
    String text = folder + "/text/";
    DataFile abbreviations = DataFile.load(text + "abbreviations.tsv");
    List<String> sentenceFinal = new ArrayList<>();
    for (DataFile.Row row : abbreviations.rows()) {
      if (row.get("ends_sentence").equals("yes")) {
        sentenceFinal.add(row.get("word"));
      }
    }
    return new TextWords(
        Language.words(abbreviations),
        Lookup.set(sentenceFinal),
        Language.words(DataFile.load(text + "elisions.tsv")),
        Language.words(DataFile.load(text + "hyphen-links.tsv")),
        Language.words(DataFile.load(text + "sentence-starters.tsv")));
  }

  /** The most letters of an elision: the longest tried after an apostrophe. */
  int longestElision() {
    int longest = 0;
    for (String e : elisions) {
      longest = Math.max(longest, e.length());
    }
    return longest;
  }
}

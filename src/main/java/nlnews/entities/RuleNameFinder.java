package nlnews.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nlnews.text.TokenIndex;

/**
 * Finds names from capitalisation, context and the gazetteers, without a statistical model.
 *
 * <ol>
 *   <li>Known places and organisations, longest match first, including the name part of a
 *       hyphenated compound ("Kremlin-woordvoerder" mentions Kremlin) and name-derived
 *       adjectives (Oekraïense, MISC): {@link KnownNameMatcher}.
 *   <li>Runs of capitalised words, joined by surname particles (van der, de) and initials.
 *       A capitalised word that opens a sentence, a quotation or a clause after a colon is a name
 *       only when it is known, seen capitalised elsewhere in the article, or part of a longer
 *       run; common words (Dinsdag, Het, Maar, Tijdens) and words the article also writes in
 *       lower case never are: {@link CapitalRunFinder}.
 *   <li>A type for each run, from the strongest evidence: a title or role noun before it
 *       (president, Kremlin-woordvoerder), a known first name, initials or particles (PER);
 *       an acronym or organisation word (ORG); a place preposition or noun before it (LOC):
 *       {@link ContextTyper}.
 *   <li>One type per name within the article: the best-evidenced reading wins everywhere, and
 *       a single word that is the surname of a person found in full is that person:
 *       {@link BestReadingPerName}.
 * </ol>
 *
 * Stateless and thread-safe: one serves every thread.
 */
public final class RuleNameFinder implements NameTagger {

  private final KnownNameMatcher known;
  private final CapitalRunFinder runs;

  public RuleNameFinder(Gazetteer gazetteer, NameContextWords words) {
    this.known = new KnownNameMatcher(gazetteer, words);
    this.runs = new CapitalRunFinder(gazetteer, words);
  }

  @Override
  public List<NameSpan> tag(TokenIndex index) {
    return tag(index, ArticleCasing.of(index));
  }

  /** The names of the article of {@code index}, whose casing is {@code casing}. */
  List<NameSpan> tag(TokenIndex index, ArticleCasing casing) {
    List<RuleCandidate> candidates = new ArrayList<>();
    for (int s = 0; s < index.sentenceCount(); s++) {
      SentenceView sentence =
          new SentenceView(index.article(), index.sentenceTokens(s), index.paragraphNumberOfSentence(s), casing);
      KnownNameMatcher.Matches matches = known.match(sentence);
      candidates.addAll(matches.names());
      candidates.addAll(runs.find(sentence, matches));
    }
    List<RuleCandidate> agreed = new ArrayList<>(BestReadingPerName.agree(candidates));
    agreed.sort(Comparator.comparingInt(RuleCandidate::start));
    List<NameSpan> spans = new ArrayList<>(agreed.size());
    int lastEnd = -1;
    for (RuleCandidate c : agreed) {
      if (c.start() >= lastEnd) {
        spans.add(c.toSpan());
        lastEnd = c.end();
      }
    }
    return spans;
  }
}

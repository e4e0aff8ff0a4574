package nlnews.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.EntityType;
import nlnews.model.Paragraph;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.Endings;
import nlnews.text.Lookup;
import nlnews.text.TokenIndex;

/**
 * Finds names from capitalisation, context and the gazetteers, without a statistical model.
 *
 * <ol>
 *   <li>Known places and organisations, longest match first, including the name part of a
 *       hyphenated compound ("Kremlin-woordvoerder" mentions Kremlin) and name-derived
 *       adjectives (Oekraïense, MISC).
 *   <li>Runs of capitalised words, joined by surname particles (van der, de) and initials.
 *       A capitalised word that opens a sentence, a quotation or a clause after a colon is a name
 *       only when it is known, seen capitalised elsewhere in the article, or part of a longer
 *       run; common words (Dinsdag, Het, Maar, Tijdens) and words the article also writes in
 *       lower case never are.
 *   <li>A type for each run, from the strongest evidence: a title or role noun before it
 *       (president, Kremlin-woordvoerder), a known first name, initials or particles (PER);
 *       an acronym or organisation word (ORG); a place preposition or noun before it (LOC).
 *   <li>One type per name within the article: the best-evidenced reading wins everywhere, and
 *       a single word that is the surname of a person found in full is that person.
 * </ol>
 *
 * Stateless and thread-safe: it is its own tagger.
 */
public final class RuleNameFinder implements NameFinder, NameTagger {

  private static final Set<String> PLACE_PREPOSITIONS =
      Lookup.words("in", "naar", "uit", "vanuit", "nabij", "richting", "rond", "rondom", "buiten");
  static final Set<String> PLACE_NOUNS =
      Lookup.words(
          "stad", "dorp", "hoofdstad", "havenstad", "provincie", "regio", "gemeente", "plaats",
          "deelstaat", "eiland", "rivier", "wijk", "buurt", "land", "staat", "streek", "kuststad",
          "grensstad", "grensplaats", "deelgemeente", "district", "oblast", "badplaats");
  private static final Set<String> ORGANISATION_WORDS =
      Lookup.words(
          "bank", "group", "groep", "partij", "unie", "raad", "commissie", "universiteit",
          "hogeschool", "ziekenhuis", "fonds", "stichting", "vereniging", "holding", "bv", "b.v.",
          "nv", "n.v.", "airlines", "fc", "inc.", "ltd", "ltd.", "corporation", "company",
          "ministerie", "agentschap", "instituut", "federatie", "bond", "associatie", "club",
          "omroep", "krant", "tribunaal", "hof", "rechtbank", "politie", "brandweer", "energie",
          "telecom", "media", "verzekeringen", "investments", "capital", "partners", "foundation",
          "international", "association", "council", "party", "news", "times", "post", "sv", "vv",
          "rkvv", "sc", "kv", "kvc", "rsc", "afc", "steel", "motors", "veiligheidsregio", "waterschap",
          "hoogheemraadschap", "coöperatie", "academie", "museum", "theater", "orkest", "team");
  private static final Set<String> PERSON_ADDRESS =
      Lookup.words("heer", "meneer", "mevrouw", "juffrouw", "dhr.", "mevr.", "mw.", "mr.", "dr.", "prof.", "ir.", "drs.", "ds.", "st.");

  private final Gazetteer gazetteer;

  public RuleNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public NameTagger newTagger() {
    return this;
  }

  /** A candidate name while the article is being read. */
  private static final class Candidate {
    final int start;
    final int end;
    final int paragraph;
    final String text;
    final int words;
    EntityType type;
    int confidence;
    String evidence;

    Candidate(int start, int end, int paragraph, String text, int words, EntityType type, int confidence, String evidence) {
      this.start = start;
      this.end = end;
      this.paragraph = paragraph;
      this.text = text;
      this.words = words;
      this.type = type;
      this.confidence = confidence;
      this.evidence = evidence;
    }
  }

  @Override
  public List<NameSpan> tag(TokenIndex index) {
    Article article = index.article();
    Set<String> lowerSeen = new HashSet<>();
    Set<String> capitalizedInside = new HashSet<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.kind() == TokenKind.ABBREVIATION && isInitials(t.text()) && !isInitial(tokens, i)) {
            capitalizedInside.add(t.text()); // "Dennis V." makes a later "V. ontkende" a name
            continue;
          }
          if (t.kind() != TokenKind.WORD) {
            continue;
          }
          if (!t.isCapitalized()) {
            lowerSeen.add(t.lower());
          } else if (!isInitial(tokens, i)) {
            capitalizedInside.add(t.text());
          }
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        findInSentence(article, p.number(), s.tokens(), lowerSeen, capitalizedInside, candidates);
      }
    }
    harmonise(candidates);
    candidates.sort(Comparator.comparingInt(c -> c.start));
    List<NameSpan> spans = new ArrayList<>(candidates.size());
    int lastEnd = -1;
    for (Candidate c : candidates) {
      if (c.start >= lastEnd) {
        spans.add(new NameSpan(c.start, c.end, c.type, c.paragraph, c.evidence));
        lastEnd = c.end;
      }
    }
    return spans;
  }

  private void findInSentence(
      Article article,
      int paragraph,
      List<Token> tokens,
      Set<String> lowerSeen,
      Set<String> capitalizedInside,
      List<Candidate> out) {
    int n = tokens.size();
    boolean[] used = new boolean[n];
    // 1. Known names, longest first.
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      int matched = matchKnown(article, paragraph, tokens, i, lowerSeen, capitalizedInside, out);
      if (matched > 0) {
        for (int k = i; k < i + matched; k++) {
          used[k] = true;
        }
        i += matched - 1;
        continue;
      }
      if (t.kind() == TokenKind.WORD && t.isCapitalized()) {
        String adjectivePlace = gazetteer.placeOfAdjective(t.text());
        if (adjectivePlace != null) {
          out.add(new Candidate(t.start(), t.end(), paragraph, t.text(), 1, EntityType.MISC, 5, "adjective"));
          used[i] = true;
          continue;
        }
        int hyphen = compoundHyphen(t.text());
        if (hyphen > 0) {
          // "Kremlin-woordvoerder", "VVD-leider", "Donetsbekken-regio": the name part is a mention.
          String head = t.text().substring(0, hyphen);
          if (isInitial(tokens, i) && gazetteer.isCommonWord(head.toLowerCase(Locale.ROOT))) {
            continue;
          }
          Gazetteer.Entry known = gazetteer.name(head);
          String adjectivePart = gazetteer.placeOfAdjective(head);
          if (known != null) {
            out.add(new Candidate(t.start(), t.start() + hyphen, paragraph, head, 1, known.type(), 5, "gazetteer"));
          } else if (adjectivePart == null && head.length() > 1) {
            String tail = t.lower().substring(hyphen + 1);
            EntityType type = PLACE_NOUNS.contains(tail) || tail.equals("gebied") || tail.equals("grens") ? EntityType.LOC : EntityType.MISC;
            if (gazetteer.titleOfCompound(tail) != null && isAcronym(head)) {
              type = EntityType.ORG;
            }
            out.add(new Candidate(t.start(), t.start() + hyphen, paragraph, head, 1, type, type == EntityType.MISC ? 1 : 2, "compound"));
          }
          used[i] = true;
        }
      }
    }
    // 2. Runs of capitalised words.
    for (int i = 0; i < n; i++) {
      if (used[i] || !startsName(tokens.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < n && !used[j]) {
        Token t = tokens.get(j);
        if (startsName(t) && t.start() - tokens.get(j - 1).end() <= 1) {
          j++;
          continue;
        }
        int particles = particleRun(tokens, j);
        Token beforeParticle = tokens.get(j - 1);
        boolean givenBefore = gazetteer.firstName(beforeParticle.text()) != null || beforeParticle.kind() == TokenKind.ABBREVIATION;
        if (particles > 0 && givenBefore && j + particles < n && !used[j + particles] && startsName(tokens.get(j + particles))) {
          j += particles + 1;
          continue;
        }
        break;
      }
      addRun(article, paragraph, tokens, i, j, lowerSeen, capitalizedInside, out);
      i = j - 1;
    }
  }

  /** Matches a known place or organisation at {@code i}; returns the number of tokens, or 0. */
  private int matchKnown(
      Article article,
      int paragraph,
      List<Token> tokens,
      int i,
      Set<String> lowerSeen,
      Set<String> capitalizedInside,
      List<Candidate> out) {
    String firstWord = tokens.get(i).text();
    int longest = gazetteer.longestNameStartingWith(firstWord);
    if (isInitial(tokens, i) && !firstWord.isEmpty()) {
      // "Ministerie van Defensie" opening a sentence is "ministerie van Defensie"
      longest = Math.max(longest, gazetteer.longestNameStartingWith(Character.toLowerCase(firstWord.charAt(0)) + firstWord.substring(1)));
    }
    if (longest == 0) {
      return 0;
    }
    int max = Math.min(longest, tokens.size() - i);
    for (int length = max; length >= 1; length--) {
      Token last = tokens.get(i + length - 1);
      if (!last.isWord()) {
        continue;
      }
      String phrase = article.slice(tokens.get(i).start(), last.end());
      if (phrase.indexOf('\n') >= 0 || phrase.indexOf('\r') >= 0) {
        phrase = phrase.replaceAll("\\s+", " ");
      }
      if (!hasUpperCase(phrase)) {
        continue;
      }
      Gazetteer.Entry entry = gazetteer.name(phrase);
      if (entry == null && isInitial(tokens, i) && length > 1) {
        entry = gazetteer.name(Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1));
      }
      if (entry == null) {
        continue;
      }
      Token first = tokens.get(i);
      if (length == 1 && isInitial(tokens, i)
          && (gazetteer.isCommonWord(first.lower()) || lowerSeen.contains(first.lower()))
          && !capitalizedInside.contains(first.text())) {
        return 0;
      }
      if (length == 1 && !first.isCapitalized() && !isAcronymLike(first.text())) {
        return 0;
      }
      out.add(new Candidate(first.start(), last.end(), paragraph, phrase, length, entry.type(), 5, "gazetteer"));
      return length;
    }
    return 0;
  }

  private void addRun(
      Article article,
      int paragraph,
      List<Token> tokens,
      int from,
      int to,
      Set<String> lowerSeen,
      Set<String> capitalizedInside,
      List<Candidate> out) {
    int i = from;
    if (from >= 2 && tokens.get(from - 1).lower().equals("van")
        && gazetteer.titleOfCompound(tokens.get(from - 2).lower()) != null) {
      // "minister van Begroting Katrien Vermeulen": the department belongs to the title; the
      // name starts at the first known first name, else it is the last capitalised word.
      int name = to - 1;
      for (int k = from; k < to; k++) {
        if (gazetteer.firstName(tokens.get(k).text()) != null) {
          name = k;
          break;
        }
      }
      if (name == from + 0 && to - from == 1) {
        return; // "minister van Defensie": a department, no name
      }
      i = name;
    }
    if (isInitial(tokens, from)) {
      Token first = tokens.get(i);
      boolean known = gazetteer.firstName(first.text()) != null || capitalizedInside.contains(first.text());
      boolean common = gazetteer.isCommonWord(first.lower()) || lowerSeen.contains(first.lower());
      boolean title = gazetteer.titleOfCompound(first.lower()) != null && to - i > 1;
      if (common && !title && !(known && !gazetteer.isCommonWord(first.lower()))) {
        i++;
        while (i < to && !startsName(tokens.get(i))) {
          i++; // a particle left dangling after the dropped word ("Maar de")
        }
      } else if (to - i == 1 && !known && !isAcronym(first.text())) {
        return; // an unknown capitalised word that only ever opens a sentence
      }
    }
    // Titles written with a capital ("President Zelensky", "Volgens CEO Laurent Mertens") are
    // context, not part of the name.
    int titled = i;
    while (i < to - 1 && tokens.get(i).kind() == TokenKind.WORD && gazetteer.titleOfCompound(tokens.get(i).lower()) != null
        && gazetteer.firstName(tokens.get(i).text()) == null) {
      i++;
    }
    if (i > titled && i < to && particleRun(tokens, i) > 0) {
      // "Minister van Begroting Katrien Vermeulen": the department belongs to the title; the
      // name starts at the first known first name, else it is the last capitalised word.
      int name = -1;
      for (int k = i; k < to; k++) {
        if (gazetteer.firstName(tokens.get(k).text()) != null) {
          name = k;
          break;
        }
      }
      i = name >= 0 ? name : to - 1;
    }
    if (i >= to) {
      return;
    }
    while (to > i && !startsName(tokens.get(to - 1))) {
      to--;
    }
    if (to <= i) {
      return;
    }
    Token first = tokens.get(i);
    Token last = tokens.get(to - 1);
    String text = article.slice(first.start(), last.end());
    int words = to - i;
    Gazetteer.Entry known = gazetteer.name(text);
    if (known != null) {
      out.add(new Candidate(first.start(), last.end(), paragraph, text, words, known.type(), 5, "gazetteer"));
      return;
    }
    Candidate c = new Candidate(first.start(), last.end(), paragraph, text, words, EntityType.MISC, 1, "default");
    type(c, tokens, i, to);
    out.add(c);
  }

  private void type(Candidate c, List<Token> tokens, int from, int to) {
    Token before = from > 0 ? tokens.get(from - 1) : null;
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (before != null && before.kind() != TokenKind.QUOTE) {
      Gazetteer.Title title = gazetteer.titleOfCompound(before.lower());
      if (title != null || PERSON_ADDRESS.contains(before.lower())) {
        set(c, EntityType.PER, 4, "title");
        return;
      }
    }
    if (c.words > 1 && gazetteer.firstName(first.text()) != null) {
      set(c, EntityType.PER, 4, "first-name");
      return;
    }
    if (first.kind() == TokenKind.ABBREVIATION && c.words > 1) {
      set(c, EntityType.PER, 4, "initials");
      return;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (!tokens.get(k).isCapitalized()) {
        set(c, EntityType.PER, 3, "particle");
        return;
      }
    }
    if (isOrganisationWord(last.lower()) || isOrganisationWord(first.lower())) {
      set(c, EntityType.ORG, 3, "organisation-word");
      return;
    }
    if (c.words == 1 && isAcronym(first.text())) {
      set(c, EntityType.ORG, 2, "acronym");
      return;
    }
    if (before != null && (PLACE_PREPOSITIONS.contains(before.lower()) || PLACE_NOUNS.contains(before.lower()))) {
      set(c, EntityType.LOC, 2, "place-context");
      return;
    }
    if (c.words == 1 && gazetteer.firstName(first.text()) != null) {
      set(c, EntityType.PER, 2, "first-name");
      return;
    }
    if (c.words > 1 && c.words <= 4) {
      set(c, EntityType.PER, 1, "capitalised");
    }
  }

  /** The organisation words' last four letters: the shortest tail {@link #isOrganisationWord} tries. */
  private static final Endings ORGANISATION_WORD_ENDINGS = new Endings(ORGANISATION_WORDS, 4);

  /** An organisation word or a compound ending in one (Ondernemersvereniging, Woonbond). */
  static boolean isOrganisationWord(String lower) {
    if (ORGANISATION_WORDS.contains(lower)) {
      return true;
    }
    if (!ORGANISATION_WORD_ENDINGS.mayHaveSuffixIn(lower)) {
      return false;
    }
    for (int i = 1; i <= lower.length() - ORGANISATION_WORD_ENDINGS.length(); i++) {
      String tail = lower.substring(i);
      if (ORGANISATION_WORDS.contains(tail)) {
        return true;
      }
    }
    return false;
  }

  private static void set(Candidate c, EntityType type, int confidence, String evidence) {
    c.type = type;
    c.confidence = confidence;
    c.evidence = evidence;
  }

  /** One reading per name: the best-evidenced type wins; surnames follow their person. */
  private static void harmonise(List<Candidate> candidates) {
    Map<String, Candidate> best = new HashMap<>();
    Map<String, Candidate> surnames = new HashMap<>();
    for (Candidate c : candidates) {
      Candidate b = best.get(c.text);
      if (b == null || c.confidence > b.confidence) {
        best.put(c.text, c);
      }
    }
    for (Candidate c : best.values()) {
      if (c.type == EntityType.PER && c.words > 1 && c.confidence >= 3) {
        String surname = c.text.substring(c.text.lastIndexOf(' ') + 1);
        surnames.putIfAbsent(surname, c);
      }
    }
    for (Candidate c : candidates) {
      Candidate b = best.get(c.text);
      if (b != c && b.confidence > c.confidence) {
        c.type = b.type;
        c.confidence = b.confidence;
        c.evidence = b.evidence + "-elsewhere";
      }
      if (c.words == 1 && c.confidence < 4 && surnames.containsKey(c.text)) {
        c.type = EntityType.PER;
        c.confidence = 4;
        c.evidence = "surname";
      }
    }
  }

  /**
   * The hyphen that ends the name part of a compound such as "Kremlin-woordvoerder" or
   * "N-VA-banken" (the last one followed by a lower-case tail), or -1.
   */
  static int compoundHyphen(String word) {
    for (int i = word.length() - 2; i > 0; i--) {
      if (word.charAt(i) == '-' && Character.isLowerCase(word.charAt(i + 1))) {
        for (int k = i + 1; k < word.length(); k++) {
          if (Character.isUpperCase(word.charAt(k))) {
            return -1; // "Noord-Holland-achtig" is rare; "ex-VVD" has an upper-case tail
          }
        }
        return i;
      }
    }
    return -1;
  }

  /** A capitalised word, acronym or initial that can be part of a name. */
  private boolean startsName(Token t) {
    if (t.kind() == TokenKind.ABBREVIATION) {
      return isInitials(t.text());
    }
    return t.kind() == TokenKind.WORD && t.isCapitalized() && Character.isLetter(t.text().charAt(0));
  }

  /** The number of tokens of a surname particle (van, van der, de, ter) at {@code i}, or 0. */
  private int particleRun(List<Token> tokens, int i) {
    for (int length = 3; length >= 1; length--) {
      if (i + length > tokens.size()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      boolean words = true;
      for (int k = i; k < i + length; k++) {
        Token t = tokens.get(k);
        if (t.kind() != TokenKind.WORD || t.isCapitalized()) {
          words = false;
          break;
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(t.lower());
      }
      if (words && gazetteer.isParticle(b.toString())) {
        return length;
      }
    }
    return 0;
  }

  /** True where a capital says nothing: a sentence start, or after an opening quote, colon or dash. */
  static boolean isInitial(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      switch (t.kind()) {
        case QUOTE:
        case DASH:
          continue;
        case PUNCTUATION:
          String s = t.text();
          return s.equals(":") || s.equals("(") || s.equals("[") || s.startsWith(".") || s.equals("!") || s.equals("?") || s.equals("\u2026");
        default:
          return false;
      }
    }
    return true;
  }

  static boolean isInitials(String s) {
    return s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(s.length() - 1) == '.' && s.length() <= 8
        && s.chars().filter(Character::isLowerCase).count() <= 1;
  }

  static boolean isAcronym(String s) {
    if (s.length() < 2) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        return false;
      }
    }
    return upper >= 2;
  }

  private static boolean isAcronymLike(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package nlnews.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.model.QuoteKind;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * Decides what a paired quotation is, from the words around it.
 *
 * <ul>
 *   <li><b>title</b>: a quotation that starts with a capital right after a noun for a work
 *       ("de film 'De stille zomer'", "het onderzoek „Kentekenplaat”") or before an apposition
 *       with one ("'De stille zomer', de tweede langspeelfilm van …"); one that opens its
 *       sentence and is its subject ("'Wie is de Mol?' trekt 2,5 miljoen kijkers"); one inside
 *       a sentence with no reporting verb at all that starts with a capital ("gevolgd door 'Ik
 *       hou van Holland'"); and any quotation with the same text as a title.
 *   <li><b>direct</b>: a quotation that opens its sentence or follows a colon; one that ends
 *       its sentence after a dash or a semicolon.
 *   <li><b>scare</b>: a term followed by "zoals … noemt/heet"; one or two words after an article
 *       ("de 'bevrijding'") unless a verb of naming governs them ("wat zij de 'kampvuurfunctie'
 *       noemt"); at most three words with no reporting verb in the sentence.
 *   <li><b>partial</b>: any other quotation inside a sentence.
 * </ul>
 */
final class QuoteKinds {

  /** The most words a quoted title has: longer quotations are someone's words, whatever their capital. */
  private static final int LONGEST_TITLE = 10;
  /** The most words of a term right after an article ("de 'bevrijding'", "een 'sociale score'"): a noun with an adjective. */
  private static final int LONGEST_TERM = 2;
  /**
   * The most words of a quotation that is a scare quote for being short with no reporting verb
   * around it: a term with an article ("de 'grote reset'"); four words make a phrase someone said.
   */
  private static final int LONGEST_SCARE_QUOTE = 3;
  /**
   * How many words after the determiner of an apposition a noun for a work may stand: "'…', de
   * tweede langspeelfilm van …", "'…', het nieuwe Vlaamse toneelstuk".
   */
  private static final int APPOSITION_WORDS = 4;
  /** How many words before a quotation "zogenaamde" may stand: "zogeheten 'weesfietsen'", "de zogenaamde nieuwe 'weesfietsen'". */
  private static final int SO_CALLED_REACH = 3;
  /**
   * Marks after which a quotation that ends its sentence is someone's words, as after a colon:
   * a dateline's dash ("ESSEN - '…'") and a headline's semicolon ("Banen weg; '…'").
   */
  private static final Set<String> LEAD_INS = Set.of(";", "-", "\u2013", "\u2014");

  private final SpeechVerbs verbs;
  private final QuoteNouns nouns;
  private final QuoteWords words;

  QuoteKinds(SpeechVerbs verbs, QuoteNouns nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.words = nouns.words();
  }

  /** What joins titles in a row: "'Banger hart' en 'Malle Babbe'", "'X', 'Y' of 'Z'". */
  private boolean coordinates(String lower) {
    return lower.equals(",") || words.rules().titleCoordinators().contains(lower);
  }

  /**
   * A kind, and for a scare quote whether it is one only for being short with no reporting verb
   * around it: such a quotation is partial after all when a person is the subject of its
   * sentence ("Peeters wil dat er 'een serieus gesprek' komt"), which the speaker stage decides.
   */
  record Kinded(QuoteKind kind, boolean weak) {}

  /** The kinds of {@code pairs} ({@code [open, close]} token indexes), in the same order. */
  List<Kinded> classify(TokenIndex index, List<int[]> pairs, String text) {
    List<Kinded> kinds = new ArrayList<>(pairs.size());
    Set<String> titles = new HashSet<>();
    boolean[] quoted = new boolean[index.size()];
    for (int[] pair : pairs) {
      for (int k = pair[0]; k <= pair[1]; k++) {
        quoted[k] = true;
      }
    }
    for (int[] pair : pairs) {
      Kinded kind = kind(index, quoted, pair[0], pair[1]);
      if (kind.kind() == QuoteKind.TITLE) {
        titles.add(inside(index, text, pair));
      }
      kinds.add(kind);
    }
    // "de zanger van 'Banger hart' en 'Malle Babbe'": a short capitalised quotation coordinated
    // with a title right before it is one too
    for (int i = 1; i < pairs.size(); i++) {
      int open = pairs.get(i)[0];
      int previousClose = pairs.get(i - 1)[1];
      if (kinds.get(i - 1).kind() == QuoteKind.TITLE && open - previousClose == 2 && coordinates(index.get(open - 1).lower())
          && open + 1 < pairs.get(i)[1] && startsUpper(index.get(open + 1)) && countWords(index, open, pairs.get(i)[1]) <= LONGEST_TITLE) {
        kinds.set(i, new Kinded(QuoteKind.TITLE, false));
      }
    }
    // A title is a title everywhere: the headline "'Wie is de Mol?' trekt …" names the programme
    // the body mentions again.
    for (int i = 0; i < pairs.size(); i++) {
      if (kinds.get(i).kind() != QuoteKind.TITLE && titles.contains(inside(index, text, pairs.get(i)))) {
        kinds.set(i, new Kinded(QuoteKind.TITLE, false));
      }
    }
    return kinds;
  }

  /** The words and numbers strictly between tokens {@code open} and {@code close}. */
  private static int countWords(TokenIndex index, int open, int close) {
    int words = 0;
    for (int k = open + 1; k < close; k++) {
      if (index.get(k).isWord() || index.get(k).kind() == TokenKind.NUMBER) {
        words++;
      }
    }
    return words;
  }

  private static String inside(TokenIndex index, String text, int[] pair) {
    return text.substring(index.get(pair[0]).end(), index.get(pair[1]).start()).strip();
  }

  private Kinded kind(TokenIndex index, boolean[] quoted, int open, int close) {
    QuoteKind kind = plainKind(index, quoted, open, close);
    boolean weak = kind == QuoteKind.SCARE && !soCalledBefore(index, index.sentenceStart(index.sentenceOf(open)), open)
        && !calledAfter(index, close, index.sentenceEnd(index.sentenceOf(close))) && !afterArticle(index, open, close);
    return new Kinded(kind, weak);
  }

  /** One or two words that name a thing right after an article: "de 'bevrijding'", "een 'sociale score'". */
  private boolean afterArticle(TokenIndex index, int open, int close) {
    int words = countWords(index, open, close);
    int sentenceStart = index.sentenceStart(index.sentenceOf(open));
    Token before = open > sentenceStart ? index.get(open - 1) : null;
    return words <= LONGEST_TERM && before != null && this.words.termDeterminers().contains(before.lower())
        && !(close > open + 1 && this.words.notANoun().contains(index.get(open + 1).lower()));
  }

  private QuoteKind plainKind(TokenIndex index, boolean[] quoted, int open, int close) {
    int sentence = index.sentenceOf(open);
    int sentenceStart = index.sentenceStart(sentence);
    int sentenceEnd = index.sentenceEnd(index.sentenceOf(close));
    // a dateline is no part of the sentence: "EINDHOVEN - ,,We zijn terug", met die woorden …"
    boolean wordsBefore = countWords(index, CapitalLabels.afterDateline(index, sentenceStart) - 1, open) > 0;
    Token before = open > sentenceStart ? index.get(open - 1) : null;
    int words = countWords(index, open, close);
    boolean firstPerson = false;
    for (int k = open + 1; k < close && !firstPerson; k++) {
      firstPerson = this.words.firstOrSecondPerson().contains(index.get(k).lower());
    }
    boolean capital = close > open + 1 && startsUpper(index.get(open + 1));
    if (CapitalLabels.label(index, open) != null) {
      return QuoteKind.DIRECT; // "MAX COLOMBIE «Ik heb nooit …»": an answer in an interview
    }
    if (words <= LONGEST_SCARE_QUOTE && !(before != null && before.text().equals(":"))
        && index.get(sentenceStart).kind() == TokenKind.QUOTE && quotationsOnly(index, quoted, sentenceStart, sentenceEnd, open, close)) {
      return QuoteKind.PARTIAL; // "'Beschamend' en zelfs 'middeleeuws'.": words of someone the next sentence names
    }
    if (before != null && LEAD_INS.contains(before.text()) && endsSentence(index, close, sentenceEnd)
        && !namesAWork(index, sentenceStart, open)) {
      return QuoteKind.DIRECT; // "ESSEN - 'Bezuinigingsronde bij RWE'", "Banen weg; 'Dit is een ramp'"
    }
    if (words <= LONGEST_TITLE && before != null && before.kind() == TokenKind.WORD && nouns.is(before.lower(), QuoteNouns.Kind.NAMING)) {
      return QuoteKind.TITLE; // "de bijnaam 'Buma en de zeven dwergen'", "het project 'helden voor de klas'"
    }
    if (capital && words <= LONGEST_TITLE) {
      if (before != null && before.kind() == TokenKind.WORD && nouns.is(before.lower(), QuoteNouns.Kind.WORK)) {
        return QuoteKind.TITLE;
      }
      if (before != null && before.text().equals(",") && open - 2 >= sentenceStart && index.get(open - 2).kind() == TokenKind.WORD
          && nouns.is(index.get(open - 2).lower(), QuoteNouns.Kind.WORK)) {
        return QuoteKind.TITLE; // "Zijn bekendste nummer, 'Laat me nu toch niet alleen', …"
      }
      if (before != null && this.words.rules().of().contains(before.lower()) && open - 2 >= sentenceStart
          && nouns.is(index.get(open - 2).lower(), QuoteNouns.Kind.MAKER)) {
        return QuoteKind.TITLE; // "de zanger van 'Banger hart'"
      }
      if (workInApposition(index, close, sentenceEnd)) {
        return QuoteKind.TITLE;
      }
      if (!wordsBefore && !firstPerson && subjectOfSentence(index, close, sentenceEnd)) {
        return QuoteKind.TITLE;
      }
    }
    if (!wordsBefore && words <= LONGEST_TERM && wordFollows(index, close, sentenceEnd)) {
      return QuoteKind.SCARE; // "'Onze' Christel de Laat steekt de grens over": a term that opens the sentence
    }
    if (!wordsBefore || before != null && before.text().equals(":")) {
      return QuoteKind.DIRECT;
    }
    boolean reporting = reportingAround(index, quoted, open, close, sentenceStart, sentenceEnd);
    if (capital && words <= LONGEST_TITLE && !reporting
        && !(words <= LONGEST_TERM && before != null && this.words.termDeterminers().contains(before.lower()))
        && !soCalledBefore(index, sentenceStart, open) && !nameElsewhere(index, quoted, open + 1)) {
      return QuoteKind.TITLE; // "gevolgd door 'Ik hou van Holland'": a name, nobody is said to say it
    }
    if (calledAfter(index, close, sentenceEnd)) {
      return QuoteKind.SCARE; // "'teruggegeven wordt aan de zee', zoals dat in het jargon heet"
    }
    if (saidAfter(index, close, sentenceEnd)) {
      return QuoteKind.PARTIAL; // "'over de tafel getrokken', zoals Buma het zei"
    }
    if (namedInClause(index, sentenceStart, open, close, sentenceEnd)) {
      return QuoteKind.PARTIAL; // "noemde de begroting een 'boekhoudkundig kunstje'"
    }
    if (!firstPerson && afterArticle(index, open, close) && !(before.lower().equals(this.words.rules().indefinite()) && according(index, sentenceStart, open))) {
      return QuoteKind.SCARE;
    }
    if (words <= LONGEST_SCARE_QUOTE && !firstPerson && !reporting) {
      return QuoteKind.SCARE;
    }
    return QuoteKind.PARTIAL;
  }

  /** A noun for a work or a verb of naming before the quotation: "Het rapport heet - 'Falend beleid'". */
  private boolean namesAWork(TokenIndex index, int sentenceStart, int open) {
    for (int k = sentenceStart; k < open; k++) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.WORD && (nouns.is(t.lower(), QuoteNouns.Kind.WORK) || words.called().contains(t.lower()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a word follows the closing mark directly, with no punctuation, and is no reporting
   * verb ("'Nee' zei hij" lacks a comma): the quotation is part of its sentence.
   */
  private boolean wordFollows(TokenIndex index, int close, int sentenceEnd) {
    int k = close + 1;
    return k < sentenceEnd && index.get(k).isWord() && !words.rules().reportingAdverbs().contains(index.get(k).lower())
        && verbs.at(index.tokens(), k, sentenceEnd, true) == null;
  }

  /**
   * True when "volgens X" or "in de ogen van X" stands before the quotation in its sentence: the
   * term after "een" is X's word ("eerstgenoemden hebben volgens X een 'commitment'").
   */
  private boolean according(TokenIndex index, int from, int open) {
    for (int k = from; k < open; k++) {
      SpeechVerbs.Verb v = verbs.at(index.tokens(), k, open, false);
      if (v != null && v.isCue() && (words.rules().according().contains(v.lemma()) || endsWithSourceLink(v.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /** True for a cue of several words that ends in a source link: "in de woorden van". */
  private boolean endsWithSourceLink(String lemma) {
    for (String link : words.rules().sourceLinks()) {
      if (lemma.endsWith(" " + link)) {
        return true;
      }
    }
    return false;
  }

  /** Nothing but punctuation between the closing mark and the sentence's end. */
  private static boolean endsSentence(TokenIndex index, int close, int sentenceEnd) {
    for (int k = close + 1; k < sentenceEnd; k++) {
      if (index.get(k).isWord() || index.get(k).kind() == TokenKind.NUMBER) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsUpper(Token t) {
    return t.kind() != TokenKind.QUOTE && !t.text().isEmpty()
        && (Character.isUpperCase(t.text().codePointAt(0)) || Character.isDigit(t.text().codePointAt(0)));
  }

  /** "'De stille zomer', de tweede langspeelfilm van …": a work noun in an apposition right after. */
  private boolean workInApposition(TokenIndex index, int close, int sentenceEnd) {
    int k = close + 1;
    if (k >= sentenceEnd || !index.get(k).text().equals(",")) {
      return false;
    }
    k++;
    if (k >= sentenceEnd || !words.termDeterminers().contains(index.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j < Math.min(sentenceEnd, k + 1 + APPOSITION_WORDS); j++) {
      Token t = index.get(j);
      if (t.kind() != TokenKind.WORD || t.isCapitalized()) {
        return false;
      }
      if (nouns.is(t.lower(), QuoteNouns.Kind.WORK)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence {@code [from, to)} holds quotations besides the one {@code [open,
   * close]}, and outside them only function words: "'Beschamend' en zelfs 'middeleeuws'." (the
   * caller checks that the sentence opens with a quotation).
   */
  boolean quotationsOnly(TokenIndex index, boolean[] quoted, int from, int to, int open, int close) {
    boolean other = false;
    for (int k = from; k < to; k++) {
      Token t = index.get(k);
      if (k >= open && k <= close) {
        continue;
      }
      if (quoted[k]) {
        other = true;
      } else if (t.isWord() && !words.functionWords().contains(t.lower()) || t.kind() == TokenKind.NUMBER) {
        return false;
      }
    }
    return other;
  }

  /** "'Wie is de Mol?' trekt …": the quotation is followed, without a comma, by a verb that does not report. */
  private boolean subjectOfSentence(TokenIndex index, int close, int sentenceEnd) {
    int k = close + 1;
    if (k >= sentenceEnd) {
      return false;
    }
    Token t = index.get(k);
    if (t.kind() != TokenKind.WORD || t.isCapitalized() || words.rules().reportingAdverbs().contains(t.lower())
        || words.functionWords().contains(t.lower())) {
      return false;
    }
    return verbs.at(index.tokens(), k, sentenceEnd, true) == null;
  }

  /**
   * True when the capitalised word at {@code k} is written with its capital inside a sentence
   * elsewhere in the article, outside quotations: a name ("zette 'Nederland op slot'"), whose
   * capital says nothing about a title.
   */
  private static boolean nameElsewhere(TokenIndex index, boolean[] quoted, int k) {
    String word = index.get(k).text();
    for (int j = 1; j < index.size(); j++) {
      if (j == k || quoted[j] || !index.get(j).text().equals(word)) {
        continue;
      }
      Token before = index.get(j - 1);
      if (index.sentenceStart(index.sentenceOf(j)) < j && before.kind() != TokenKind.QUOTE && !before.text().equals(":")) {
        return true;
      }
    }
    return false;
  }

  private boolean soCalledBefore(TokenIndex index, int sentenceStart, int open) {
    for (int k = Math.max(sentenceStart, open - SO_CALLED_REACH); k < open; k++) {
      if (words.soCalled().contains(index.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** ", zoals … heet/noemt" after the quotation, in its sentence. */
  private boolean calledAfter(TokenIndex index, int close, int sentenceEnd) {
    int k = close + 1;
    if (k < sentenceEnd && index.get(k).text().equals(",")) {
      k++;
    }
    if (k >= sentenceEnd || !words.rules().as().contains(index.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j < sentenceEnd; j++) {
      Token t = index.get(j);
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",") || t.kind() == TokenKind.QUOTE) {
        return false;
      }
      if (words.called().contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** ", zoals X het zei" after the quotation, in its sentence: someone's words, not a term. */
  private boolean saidAfter(TokenIndex index, int close, int sentenceEnd) {
    int k = close + 1;
    if (k < sentenceEnd && index.get(k).text().equals(",")) {
      k++;
    }
    if (k >= sentenceEnd || !words.rules().as().contains(index.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j + 1 < sentenceEnd; j++) {
      Token t = index.get(j);
      if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.PUNCTUATION && ",()".indexOf(t.text().charAt(0)) < 0) {
        return false;
      }
      if (words.rules().saidObject().contains(t.lower()) && words.asSaid().contains(index.get(j + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a verb of naming (noemen, spreken van, omschrijven, bestempelen, typeren) governs
   * the quotation: earlier in its clause, or at the end of a verb-final clause after it ("wat
   * zij de 'kampvuurfunctie' van het programma noemt").
   */
  private boolean namedInClause(TokenIndex index, int from, int open, int close, int to) {
    for (int k = open - 1; k >= from; k--) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",") || t.kind() == TokenKind.QUOTE) {
        break;
      }
      if (words.naming(t.lower())) {
        return true;
      }
    }
    for (int k = close + 1; k < to; k++) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.PUNCTUATION || t.kind() == TokenKind.QUOTE) {
        return false;
      }
      if (words.naming(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence of the quotation has a reporting verb or cue outside quotation marks. */
  private boolean reportingAround(TokenIndex index, boolean[] quoted, int open, int close, int from, int to) {
    for (int k = from; k < to; k++) {
      if (quoted[k]) {
        continue;
      }
      Token t = index.get(k);
      if (t.kind() == TokenKind.QUOTE) {
        continue;
      }
      boolean adjacent = k == open - 1 || k == close + 1 || k == close + 2 && index.get(close + 1).text().equals(",");
      if (verbs.at(index.tokens(), k, to, adjacent) != null || words.naming(t.lower())) {
        return true;
      }
    }
    return false;
  }
}

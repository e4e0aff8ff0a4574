package nlnews.quotes;

import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.quotes.Attribution.Found;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;
import nlnews.quotes.Referents.Referent;
import nlnews.text.TokenIndex;

/**
 * The speaker rules that read a quotation's reporting clause in one article: after the quotation
 * ({@code "…", zei X}, {@code "…", aldus X}, {@code "…", klinkt het bij X}), {@code volgens X}
 * before it, a colon ({@code X zei: "…"}, {@code X: "…"}), a reporting verb elsewhere in its
 * sentence with its subject, and {@code "…" Dat zegt X.} in the sentence right after. Each rule
 * gives the speaker it found or does not apply. Built per article.
 */
final class ClauseRules {

  /**
   * The most adverbs between a reporting verb and its subject in inverted order: "zei later ook
   * nog de minister" has three; past that the phrase is no longer the verb's subject.
   */
  private static final int MOST_ADVERBS_BEFORE_SUBJECT = 3;
  /**
   * The most words after the subject of a reporting clause whose verb the lexicon does not list,
   * up to the clause's end or a comma: "was de keeper dan ook eerlijk", "begint X zijn betoog in
   * de raad" (six would take "… zijn betoog in de gemeenteraad vandaag"). A longer run is a
   * clause about something else ("…", staat de minister vandaag voor een moeilijke keuze in het
   * debat), whose subject need not have said the words.
   */
  private static final int MOST_WORDS_AFTER_UNLISTED_SUBJECT = 6;

  private final MarkedTokens tokens;
  private final TokenIndex index;
  private final PhraseChunker chunker;
  private final Referents referents;
  private final SpeechVerbs verbs;
  private final QuoteWords words;

  ClauseRules(MarkedTokens tokens, PhraseChunker chunker, Referents referents, SpeechVerbs verbs, QuoteWords words) {
    this.tokens = tokens;
    this.index = tokens.index();
    this.chunker = chunker;
    this.referents = referents;
    this.verbs = verbs;
    this.words = words;
  }

  /** The speaker phrase {@code p} with whom it refers to, read at token {@code at}; not applicable without a phrase. */
  Attribution attribution(Phrase p, int at, String cue) {
    if (p == null) {
      return Attribution.NOT_APPLICABLE;
    }
    Referent r = referents.resolve(p, at);
    return new Found(r == null ? "" : r.name(), tokens.slice(p.start(), p.end()), cue);
  }

  /** The reporting clause in the quotation's own sentence, resolved as if at token {@code at}. */
  Attribution inSentence(QuoteSpan q, int at) {
    int open = q.openToken();
    int close = q.closeToken();
    int from = tokens.sentenceStartOf(open);
    int to = tokens.sentenceEndOf(close);
    Attribution a = tail(q, at);
    if (a.applies()) {
      return a;
    }
    for (int k = open - 1; k >= from; k--) {
      int after = tokens.inQuote(k) ? -1 : namingCueEnd(k);
      if (after > k) {
        a = attribution(chunker.phrase(after, open), at, tokens.slice(k, after).toLowerCase(java.util.Locale.ROOT));
        if (a.applies()) {
          return a;
        }
      }
    }
    a = colon(q, at);
    if (a.applies()) {
      return a;
    }
    for (int k = open - 1; k >= from; k--) {
      if (tokens.inQuote(k)) {
        continue;
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, open, k == open - 1);
      if (verb != null && !verb.isCue()) {
        a = passive(k, from, open) ? byAgent(k, open, at, verb) : attribution(subjectOf(k, from, to), at, cue(k, verb));
        if (a.applies()) {
          return a;
        }
      }
    }
    for (int k = close + 1; k < to && !tokens.inQuote(k); k++) {
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, to, false);
      if (verb != null && !verb.isCue()) {
        a = passive(k, close + 1, to) ? byAgent(k, to, at, verb) : attribution(subjectOf(k, from, to), at, cue(k, verb));
        if (a.applies()) {
          return a;
        }
      }
    }
    return Attribution.NOT_APPLICABLE;
  }

  /**
   * The reporting clause right after the quotation: {@code "…", zei X}, {@code "…", zo zegt X},
   * {@code "…", laat X weten}, {@code "…", aldus (nog) X}, {@code "…", klinkt het bij X},
   * {@code "…", zoals X het zei}, and a verb the lexicon does not know with a speaker right after
   * it ({@code "…", riposteert X}, {@code "…", was de keeper eerlijk}).
   */
  private Attribution tail(QuoteSpan q, int at) {
    if (q.dialogue()) {
      return Attribution.NOT_APPLICABLE;
    }
    int k = q.closeToken() + 1;
    int paragraphEnd = index.paragraphEnd(index.paragraphOf(q.closeToken()));
    if (k < paragraphEnd && tokens.tok(k).text().equals(",")) {
      k++;
    }
    if (k < paragraphEnd && words.rules().so().contains(tokens.tok(k).lower())) {
      k++;
    }
    if (k >= paragraphEnd) {
      return Attribution.NOT_APPLICABLE;
    }
    int clauseEnd = clauseEnd(k, paragraphEnd);
    String w = tokens.tok(k).lower();
    SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, clauseEnd, true);
    if (verb != null && verb.isCue()) {
      // "…", aldus (nog) X / "…", volgens X / "…", in de woorden van X
      int last = k + verbs.length(index.tokens(), k) - 1;
      return subjectAfter(last, clauseEnd, at, tokens.slice(k, last + 1).toLowerCase(java.util.Locale.ROOT));
    }
    if (words.rules().as().contains(w)) {
      return asSaid(k, tokens.sentenceEndOf(k), at);
    }
    if (withThoseWords(k) && k + 3 < clauseEnd) {
      return subjectAfter(k + 3, clauseEnd, at, tokens.tok(k + 3).text()); // "…", met die woorden opent X de zaak
    }
    if (words.impersonalReporting().contains(w) && k + 1 < clauseEnd && tokens.tok(k + 1).lower().equals(words.rules().impersonalSubject())) {
      return impersonal(k, clauseEnd, at);
    }
    if (verb != null) {
      return subjectAfter(k, clauseEnd, at, cue(k, verb));
    }
    if (!unlistedVerb(k)) {
      return Attribution.NOT_APPLICABLE;
    }
    Phrase p = phraseAfter(k, clauseEnd);
    if (p == null || wordsAfter(p.end(), clauseEnd) > MOST_WORDS_AFTER_UNLISTED_SUBJECT) {
      return Attribution.NOT_APPLICABLE;
    }
    return attribution(p, at, tokens.tok(k).text());
  }

  /**
   * Where the speaker's phrase starts after a cue at token {@code k} that names the speaker after
   * it: volgens ("volgens de minister") or a cue of several words that ends in "van" ("in de ogen
   * van het OM", "in de woorden van X"); -1 for any other token.
   */
  private int namingCueEnd(int k) {
    SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, index.size(), true);
    if (verb == null || !verb.isCue()) {
      return -1;
    }
    int n = verbs.length(index.tokens(), k);
    return words.rules().according().contains(verb.lemma()) || n > 1 && words.rules().sourceLinks().contains(tokens.tok(k + n - 1).lower()) ? k + n : -1;
  }

  /**
   * True when the reporting verb at {@code v} stands in a passive clause: a form of worden
   * between the start of its clause (from {@code from}, after the last comma, colon or quotation)
   * and the clause's end {@code to}. Its subject heard the words ("'…', werd Karin Jansen
   * verteld", "Karin Jansen werd gevraagd: '…'").
   */
  private boolean passive(int v, int from, int to) {
    int start = from;
    for (int k = v - 1; k >= from; k--) {
      if (tokens.inQuote(k) || ",:;".contains(tokens.tok(k).text())) {
        start = k + 1;
        break;
      }
    }
    for (int k = start; k < to && !tokens.inQuote(k); k++) {
      String w = tokens.tok(k).lower();
      if (k != v && words.passiveAuxiliaries().contains(w)) {
        return true;
      }
      if (k > v && (w.equals(",") || w.equals(":"))) {
        break;
      }
    }
    return false;
  }

  /** The speaker of a passive reporting verb: the phrase after "door" in its clause ("werd door de minister gezegd"), else nobody. */
  private Attribution byAgent(int v, int to, int at, SpeechVerbs.Verb verb) {
    for (int k = tokens.sentenceStartOf(v); k + 1 < to; k++) {
      if (!tokens.inQuote(k) && words.rules().agent().contains(tokens.tok(k).lower())) {
        Attribution a = attribution(chunker.phrase(k + 1, to), at, cue(v, verb));
        if (a.applies()) {
          return a;
        }
      }
    }
    return Attribution.NOBODY;
  }

  /**
   * The speaker named right after the reporting verb or cue at {@code v} ("…", zei de minister);
   * nobody when a noun phrase stands there that names no speaker ("…", zei zijn advocaat;
   * "…", aldus het rapport): someone else spoke, and who is not known.
   */
  private Attribution subjectAfter(int v, int clauseEnd, int at, String cue) {
    Attribution a = attribution(phraseAfter(v, clauseEnd), at, cue);
    if (a.applies()) {
      return a;
    }
    int k = v + 1;
    while (k < clauseEnd && words.betweenVerbAndSubject().contains(tokens.tok(k).lower())) {
      k++;
    }
    a = attribution(chunker.unnamed(k, clauseEnd, true), at, cue); // "…", zegt een automobilist
    if (a.applies()) {
      return a;
    }
    if (k >= clauseEnd || tokens.tok(k).kind() != TokenKind.WORD) {
      return Attribution.NOT_APPLICABLE;
    }
    String w = tokens.tok(k).lower();
    // "zei zijn advocaat", "aldus het rapport", "zeggen omwonenden", "zegt iedereen": someone spoke
    // who is not known; the verb's particle ("voegt toe"), a preposition or another verb is no subject
    boolean subject = words.termDeterminers().contains(w) || tokens.tok(k).isCapitalized() || words.quantifiers().contains(w)
        || !words.prepositions().contains(w) && !words.verbForms().contains(w) && !words.functionWords().contains(w)
            && !words.pronouns().containsKey(w) && !words.rules().dummySubjects().contains(w) && verbs.at(index.tokens(), v, clauseEnd, true) != null
            && !w.equals(verbs.at(index.tokens(), v, clauseEnd, true).particle());
    return subject ? Attribution.NOBODY : Attribution.NOT_APPLICABLE;
  }

  /** {@code "…", klinkt het bij de vakbond} / {@code "…", luidt het in een verklaring van het OM}. */
  private Attribution impersonal(int k, int clauseEnd, int at) {
    for (int j = k + 2; j + 1 < clauseEnd; j++) {
      String w2 = tokens.tok(j).lower();
      if (words.rules().impersonalSources().contains(w2)) {
        Attribution a = attribution(chunker.phrase(j + 1, clauseEnd), at, tokens.tok(k).text() + " " + words.rules().impersonalSubject());
        if (a.applies()) {
          return a;
        }
      }
    }
    return Attribution.NOT_APPLICABLE;
  }

  /** {@code "…", zoals Buma (CDA) het zei}: the subject between zoals and "het" with a reporting verb. */
  private Attribution asSaid(int zoals, int sentenceEnd, int at) {
    int clauseEnd = zoals + 1;
    while (clauseEnd < sentenceEnd && !tokens.inQuote(clauseEnd) && ",:;".indexOf(tokens.tok(clauseEnd).text().charAt(0)) < 0) {
      clauseEnd++;
    }
    Phrase p = chunker.phrase(zoals + 1, clauseEnd);
    if (p == null) {
      return Attribution.NOT_APPLICABLE;
    }
    int k = p.end();
    if (k < clauseEnd && tokens.tok(k).text().equals("(")) {
      while (k < clauseEnd && !tokens.tok(k).text().equals(")")) {
        k++; // "zoals Buma (CDA) het zei": the party in brackets
      }
      k++;
    }
    if (k + 1 < clauseEnd && words.rules().saidObject().contains(tokens.tok(k).lower()) && words.asSaid().contains(tokens.tok(k + 1).lower())) {
      return attribution(p, at, tokens.tok(k + 1).text());
    }
    return Attribution.NOT_APPLICABLE;
  }

  /**
   * True when token {@code k}, right after a quotation, can be the finite verb of a reporting
   * clause the lexicon does not list: a lower-case word that is no function word, adverb, noun or
   * other known non-verb, and no verb of hearing or receiving ("kreeg X te horen").
   */
  private boolean unlistedVerb(int k) {
    Token t = tokens.tok(k);
    if (t.kind() != TokenKind.WORD || t.isCapitalized() || tokens.inQuote(k)) {
      return false;
    }
    String w = t.lower();
    return !words.notVerbs().contains(w) && !words.notReporting().contains(w) && !words.prepositions().contains(w)
        && !words.coordinators().contains(w) && !words.complementizers().contains(w)
        && !words.betweenVerbAndSubject().contains(w) && !words.definite().contains(w) && !words.pronouns().containsKey(w)
        && chunker.phrase(k, k + 1) == null;
  }

  /** The words and numbers in {@code [from, to)} before the first comma: what follows a subject in its clause. */
  private int wordsAfter(int from, int to) {
    int n = 0;
    for (int k = from; k < to && !tokens.tok(k).text().equals(","); k++) {
      if (tokens.tok(k).isWord() || tokens.tok(k).kind() == TokenKind.NUMBER) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@code "…" Dat zegt X.}: the sentence right after a quotation that ends its own sentence
   * opens with dat, dit or zo and a reporting verb, or with "Met die woorden" and a verb.
   */
  Attribution thatSays(QuoteSpan q, int at) {
    int close = q.closeToken();
    int sentence = index.sentenceOf(close);
    if (sentence + 1 >= index.sentenceCount() || index.sentenceEnd(sentence) != close + 1 && !closesSentence(q)) {
      return Attribution.NOT_APPLICABLE;
    }
    return saidBy(sentence + 1, at);
  }

  /**
   * The speaker a narrative sentence reports: the subject of its first reporting verb, or the
   * phrase after "volgens" ("Webwinkels moeten samenwerken, zegt de voorzitter"); not applicable
   * when it has neither. For a headline quotation that sums the sentence up.
   */
  Attribution reportedIn(int sentence, int at) {
    int from = index.sentenceStart(sentence);
    int to = index.sentenceEnd(sentence);
    for (int k = from; k < to; k++) {
      if (tokens.inQuote(k)) {
        continue;
      }
      int after = namingCueEnd(k);
      if (after > k) {
        Attribution a = attribution(chunker.phrase(after, to), at, tokens.slice(k, after).toLowerCase(java.util.Locale.ROOT));
        if (a.applies()) {
          return a;
        }
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, to, false);
      if (verb != null && !verb.isCue() && !passive(k, from, to)) {
        Attribution a = attribution(subjectOf(k, from, to), at, cue(k, verb));
        if (a.applies()) {
          return a;
        }
      }
    }
    return Attribution.NOT_APPLICABLE;
  }

  /**
   * The speaker sentence {@code sentence} names for the words before it: "Dat zegt X", "Dit
   * meldt X", "Zo vindt X", "Met die woorden reageert X op …"; not applicable for any other
   * sentence.
   */
  Attribution saidBy(int sentence, int at) {
    int from = index.sentenceStart(sentence);
    int to = index.sentenceEnd(sentence);
    if (from + 2 >= to || tokens.inHeading(from)) {
      return Attribution.NOT_APPLICABLE;
    }
    String first = tokens.tok(from).lower();
    if (withThoseWords(from) && from + 3 < to) {
      // "Met die woorden reageert de minister op …": the subject after the verb
      Attribution a = attribution(phraseAfter(from + 3, to), at, tokens.tok(from + 3).text());
      if (a.applies()) {
        return a;
      }
    }
    if (!words.rules().pointingBack().contains(first)) {
      return Attribution.NOT_APPLICABLE;
    }
    // "Dat vindt ook de Woonbond": after "dat" pointing back at the quotation even zien, vinden
    // and denken report it
    SpeechVerbs.Verb verb = verbs.at(index.tokens(), from + 1, to, true);
    if (verb == null || verb.isCue()) {
      return Attribution.NOT_APPLICABLE;
    }
    return attribution(phraseAfter(from + 1, to), at, cue(from + 1, verb));
  }

  /** "Met die woorden", "met deze woorden" at token {@code k}: the words just quoted. */
  private boolean withThoseWords(int k) {
    return k + 2 < tokens.size()
        && words.rules().withThoseWords().contains(tokens.tok(k).lower() + " " + tokens.tok(k + 1).lower() + " " + tokens.tok(k + 2).lower());
  }

  /** True when nothing but punctuation follows the quotation in its sentence. */
  private boolean closesSentence(QuoteSpan q) {
    int to = tokens.sentenceEndOf(q.closeToken());
    for (int k = q.closeToken() + 1; k < to; k++) {
      if (tokens.tok(k).kind() != TokenKind.PUNCTUATION && tokens.tok(k).kind() != TokenKind.QUOTE) {
        return false;
      }
    }
    return true;
  }

  /** {@code X zei: "…"}, {@code X: "…"}, also when the colon ends the paragraph before. */
  private Attribution colon(QuoteSpan q, int at) {
    int open = q.openToken();
    int colon = open - 1;
    if (colon < 0 || !tokens.tok(colon).text().equals(":")) {
      return Attribution.NOT_APPLICABLE;
    }
    if (index.paragraphOf(colon) != index.paragraphOf(open) && !q.dialogue()
        && open != index.paragraphStart(index.paragraphOf(open))) {
      return Attribution.NOT_APPLICABLE;
    }
    int from = tokens.sentenceStartOf(colon);
    for (int k = colon - 1; k >= from; k--) {
      if (tokens.inQuote(k)) {
        from = k + 1;
        break;
      }
    }
    for (int k = from; k < colon; k++) {
      Phrase after = phraseAfter(k, colon);
      boolean next = k == colon - 1 || after != null && after.end() == colon;
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, colon, next);
      if (verb != null && !verb.isCue() && !(tokens.inSubclause(k, words.complementizers()) && wordBetween(k + 1, colon))) {
        // a verb in a subclause that the main clause goes on after ("Niet iedereen die de NOS
        // spreekt, zit daarop te wachten:") reports nothing the colon introduces
        Attribution a = passive(k, from, colon) ? byAgent(k, colon, at, verb) : attribution(subjectOf(k, from, colon), at, cue(k, verb));
        if (a.applies()) {
          return a;
        }
      }
    }
    Phrase first = firstSubject(from, colon);
    if (quantifierSubject(from, first == null ? colon : first.start())) {
      return Attribution.NOBODY; // "Niet iedereen zit daarop te wachten:"
    }
    return attribution(first, at, "colon");
  }

  /** True when a word stands in {@code [from, to)}. */
  private boolean wordBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.tok(k).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** True when a quantifier stands in {@code [from, to)} outside a prepositional phrase: "Niet iedereen zit daarop te wachten:". */
  private boolean quantifierSubject(int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.quantifiers().contains(tokens.tok(k).lower()) && !chunker.afterPreposition(k) && !tokens.inQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the reporting verb at {@code v} in the sentence {@code [from, to)}: the
   * subject of the first clause for a verb right after en/maar/of; the phrase after the
   * complementizer of a verb-final subclause; the first phrase of the clause outside a
   * prepositional phrase; else the phrase right after the verb (inverted order).
   */
  Phrase subjectOf(int v, int from, int to) {
    int clauseStart = from;
    for (int k = v - 1; k >= from; k--) {
      if (tokens.inQuote(k) || tokens.tok(k).text().equals(":") || tokens.tok(k).text().equals(";")) {
        clauseStart = k + 1;
        break;
      }
    }
    int before = v - 1;
    if (before >= clauseStart && tokens.tok(before).text().equals(",")) {
      before--;
    }
    if (before >= from && words.coordinators().contains(tokens.tok(before).lower())) {
      Phrase p = firstSubject(from, before);
      if (p != null) {
        return p;
      }
    }
    boolean verbFinal = v + 1 >= to || tokens.tok(v + 1).kind() == TokenKind.PUNCTUATION || tokens.inQuote(v + 1);
    if (verbFinal) {
      for (int k = v - 1; k >= clauseStart; k--) {
        if (!tokens.inQuote(k) && words.complementizers().contains(tokens.tok(k).lower())) {
          Phrase p = chunker.phrase(k + 1, v);
          if (p != null && p.type() != PhraseType.INSTITUTION || p != null && k + 1 < v) {
            return p;
          }
          break;
        }
      }
    }
    Phrase p = firstSubject(clauseStart, v);
    return p != null ? p : phraseAfter(v, to);
  }

  /** The first phrase in {@code [from, to)} that is not inside a prepositional phrase or a subclause. */
  private Phrase firstSubject(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.inQuote(k)) {
        continue;
      }
      Phrase p = chunker.phrase(k, to);
      if (p == null) {
        continue;
      }
      if (!chunker.afterPreposition(k) && !tokens.inSubclause(k, words.complementizers())) {
        return p;
      }
      k = Math.max(k, p.end() - 1);
    }
    return null;
  }

  /** The subject right after a verb in inverted order, past adverbs: "zei later ook de minister". */
  private Phrase phraseAfter(int v, int to) {
    int k = v + 1;
    int skipped = 0;
    while (k < to && skipped < MOST_ADVERBS_BEFORE_SUBJECT && words.betweenVerbAndSubject().contains(tokens.tok(k).lower())) {
      k++;
      skipped++;
    }
    return chunker.phrase(k, to);
  }

  /** Where the reporting clause that starts at {@code from} ends: at a quotation mark or punctuation other than a comma. */
  private int clauseEnd(int from, int paragraphEnd) {
    int k = from;
    while (k < paragraphEnd) {
      Token t = tokens.tok(k);
      if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",")) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The cue as written: the verb form, with its particle when it was split off ("voegde toe"). */
  private String cue(int k, SpeechVerbs.Verb verb) {
    String form = tokens.tok(k).text();
    if (verb.particle().isEmpty() || tokens.tok(k).lower().startsWith(verb.particle())) {
      return form;
    }
    return form + " " + verb.particle();
  }
}

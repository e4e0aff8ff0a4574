package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;
import nlnews.quotes.Referents.Ref;
import nlnews.quotes.Referents.RefType;
import nlnews.quotes.Referents.Referent;
import nlnews.text.TokenIndex;

/**
 * Attributes quotations to speakers, in order of evidence:
 *
 * <ol>
 *   <li>the reporting clause around the quotation, in its sentence: after it ({@code "…", zei X},
 *       {@code "…", zegt X tegen Y}, {@code "…", aldus X}, {@code "…", zo laat X weten},
 *       {@code "…", schrijft X op X}), {@code volgens X} before it, a colon ({@code X zei: "…"},
 *       {@code X: "…"}), or a reporting verb elsewhere in the sentence, whose subject is found in
 *       main clauses (X zei, Daarna zei X), coordinated clauses ("… steunt het plan "…", maar
 *       vraagt …") and verb-final subclauses ("wat zij de "…" noemt"); {@code "…", klinkt het
 *       bij X}; and {@code "…" Dat zegt X.} in the sentence right after;
 *   <li>the first part of a split quotation ({@code "…", zegt X, "…"});
 *   <li>for a quotation that stands alone: the speaker of an attributed quotation in the sentence
 *       before it (cue {@code continued}), else the subject of that sentence (cue
 *       {@code previous}: "Van Dijk legt uit wat er op het spel staat. "…""); for a partial
 *       quotation in a sentence without a reporting verb, the subject of its sentence (cue
 *       {@code subject});
 *   <li>a dialogue line ("— …") alternates between the two people the sentence before the
 *       dialogue names, starting with the first, and a line that addresses one of them is the
 *       other's (cue {@code dialogue});
 *   <li>a quotation in a headline is attributed by its own clause, else like the quotation of
 *       the body with the same words (cue {@code headline}).
 * </ol>
 *
 * What a phrase found there refers to is decided by {@link Referents}: a name gives the person's
 * full name or the organisation's fullest name, a pronoun or role noun the person it stands for,
 * an unnamed person keeps the description ("een buurtbewoner"). Nothing found means no speaker:
 * never a guess. Thread-safe.
 */
public final class SpeakerResolver {

  private final SpeechVerbs verbs;
  private final QuoteNouns nouns;
  private final Gazetteer gazetteer;
  private final QuoteWords words;

  public SpeakerResolver(SpeechVerbs verbs, QuoteNouns nouns, Gazetteer gazetteer) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.gazetteer = gazetteer;
    this.words = nouns.words();
  }

  /** What was found for one quotation. */
  private record Attribution(String speaker, String mention, String cue) {
    static final Attribution NONE = new Attribution("", "", "");
  }

  /** The quotations of {@code marks} with their speakers, in text order. */
  public List<Quote> attribute(TokenIndex index, QuoteMarks marks, List<Entity> entities) {
    if (marks.quotes().isEmpty()) {
      return List.of(); // nothing to attribute: the article's referring phrases are not needed
    }
    return new Context(index, marks, entities).run();
  }

  /** The quotations of one article, their attributions so far, and whom its phrases refer to. */
  private final class Context {
    final Article article;
    final TokenIndex index;
    final QuoteMarks marks;
    final List<QuoteSpan> spans;
    final MarkedTokens tokens;
    final PhraseChunker chunker;
    final Referents who;
    final People people;
    final List<Ref> refs;
    final Attribution[] found;
    final QuoteKind[] kinds;

    Context(TokenIndex index, QuoteMarks marks, List<Entity> entities) {
      this.article = index.article();
      this.index = index;
      this.marks = marks;
      this.spans = marks.quotes();
      this.tokens = new MarkedTokens(index, marks);
      WordClasses classes = new WordClasses(tokens, entities, gazetteer, nouns);
      this.people = new People(article, index, entities, gazetteer, nouns);
      this.chunker = new PhraseChunker(tokens, classes, people, verbs, gazetteer, words);
      this.who = new Referents(tokens, chunker, classes, people, entities, nouns, gazetteer);
      this.refs = who.refs();
      this.found = new Attribution[spans.size()];
      this.kinds = new QuoteKind[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        kinds[i] = spans.get(i).kind();
      }
    }

    List<Quote> run() {
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan q = spans.get(i);
        if (!q.dialogue() && !tokens.inHeading(q.openToken())) {
          found[i] = attribute(i, q.openToken());
        }
      }
      attributeDialogue();
      for (int i = 0; i < spans.size(); i++) {
        if (found[i] == null) {
          found[i] = attributeHeadline(i);
        }
      }
      List<Quote> quotes = new ArrayList<>(spans.size());
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan q = spans.get(i);
        Attribution a = found[i];
        quotes.add(
            new Quote(q.paragraph(), kinds[i], article.slice(q.start(), q.end()), q.start(), q.end(), a.speaker(),
                a.mention(), a.cue()));
      }
      return quotes;
    }

    Attribution attribution(Phrase p, int at, String cue) {
      if (p == null) {
        return null;
      }
      Referent r = who.resolve(p, at);
      String mention = tokens.slice(p.start(), p.end());
      return new Attribution(r == null ? "" : r.name(), mention, cue);
    }

    // ---- the rules -------------------------------------------------------------------------

    Attribution attribute(int i, int at) {
      QuoteSpan q = spans.get(i);
      if (q.weak()) {
        Attribution a = personSubject(q);
        if (a != null) {
          kinds[i] = QuoteKind.PARTIAL;
          return a;
        }
      }
      if (kinds[i] == QuoteKind.SCARE || kinds[i] == QuoteKind.TITLE) {
        return Attribution.NONE;
      }
      if (q.splitFrom() >= 0 && found[q.splitFrom()] != null && found[q.splitFrom()] != Attribution.NONE) {
        return found[q.splitFrom()];
      }
      Attribution a = inSentence(q, at);
      if (a == null && q.kind() == QuoteKind.DIRECT) {
        a = thatSays(q, at);
      }
      if (a == null && q.kind() == QuoteKind.DIRECT) {
        a = fromSentenceBefore(i, q);
      }
      if (a == null && q.kind() == QuoteKind.PARTIAL) {
        a = sentenceSubject(q, at);
      }
      return a == null ? Attribution.NONE : a;
    }

    /** The reporting clause in the quotation's own sentence. */
    Attribution inSentence(QuoteSpan q, int at) {
      int open = q.openToken();
      int close = q.closeToken();
      int from = tokens.sentenceStartOf(open);
      int to = tokens.sentenceEndOf(close);
      Attribution a = tail(q, at);
      if (a != null) {
        return a;
      }
      for (int k = open - 1; k >= from; k--) {
        if (!marks.inQuote(k) && tokens.tok(k).lower().equals("volgens")) {
          a = attribution(chunker.phrase(k + 1, open), at, "volgens");
          if (a != null) {
            return a;
          }
        }
      }
      a = colon(q, at);
      if (a != null) {
        return a;
      }
      for (int k = open - 1; k >= from; k--) {
        if (marks.inQuote(k)) {
          continue;
        }
        SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, open, k == open - 1);
        if (verb != null && !verb.isCue()) {
          a = attribution(subjectOf(k, from, to), at, cue(k, open, verb));
          if (a != null) {
            return a;
          }
        }
      }
      for (int k = close + 1; k < to; k++) {
        if (marks.inQuote(k)) {
          break;
        }
        SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, to, false);
        if (verb != null && !verb.isCue()) {
          a = attribution(subjectOf(k, from, to), at, cue(k, to, verb));
          if (a != null) {
            return a;
          }
        }
      }
      return null;
    }

    /** {@code "…", zei X} / {@code "…", aldus X} / {@code "…", zo zegt X} / {@code "…", laat X weten}. */
    Attribution tail(QuoteSpan q, int at) {
      if (q.dialogue()) {
        return null;
      }
      int k = q.closeToken() + 1;
      int paragraphEnd = index.paragraphEnd(index.paragraphOf(q.closeToken()));
      if (k < paragraphEnd && tokens.tok(k).text().equals(",")) {
        k++;
      }
      if (k < paragraphEnd && tokens.tok(k).lower().equals("zo")) {
        k++;
      }
      if (k >= paragraphEnd) {
        return null;
      }
      int clauseEnd = clauseEnd(k, paragraphEnd);
      String w = tokens.tok(k).lower();
      if (w.equals("aldus") || w.equals("volgens")) {
        return attribution(chunker.phrase(k + 1, clauseEnd), at, w);
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, clauseEnd, true);
      if (verb == null || verb.isCue()) {
        return null;
      }
      if (k + 1 < clauseEnd && tokens.tok(k + 1).lower().equals("het") && (verb.lemma().equals("klinken") || verb.lemma().equals("luiden"))) {
        // "…", klinkt het bij de vakbond / "…", luidt het in een verklaring van het OM
        for (int j = k + 2; j + 1 < clauseEnd; j++) {
          String w2 = tokens.tok(j).lower();
          if (w2.equals("bij") || w2.equals("van") || w2.equals("vanuit")) {
            Attribution a = attribution(chunker.phrase(j + 1, clauseEnd), at, tokens.tok(k).text() + " het");
            if (a != null) {
              return a;
            }
          }
        }
        return null;
      }
      return attribution(phraseAfter(k, clauseEnd), at, cue(k, clauseEnd, verb));
    }

    /**
     * {@code "…" Dat zegt X.}: the sentence right after a quotation that ends its own sentence
     * opens with dat, dit or zo and a reporting verb, or with "Met die woorden" and a verb.
     */
    Attribution thatSays(QuoteSpan q, int at) {
      int close = q.closeToken();
      int sentence = index.sentenceOf(close);
      if (sentence + 1 >= index.sentenceCount() || index.sentenceEnd(sentence) != close + 1 && !closesSentence(q)) {
        return null;
      }
      int from = index.sentenceStart(sentence + 1);
      int to = index.sentenceEnd(sentence + 1);
      if (from + 2 >= to || tokens.inHeading(from)) {
        return null;
      }
      String first = tokens.tok(from).lower();
      if (first.equals("met") && from + 3 < to && (tokens.tok(from + 1).lower().equals("die") || tokens.tok(from + 1).lower().equals("deze"))
          && tokens.tok(from + 2).lower().equals("woorden")) {
        // "Met die woorden reageert de minister op …": the subject after the verb
        Attribution a = attribution(phraseAfter(from + 3, to), at, tokens.tok(from + 3).text());
        if (a != null) {
          return a;
        }
      }
      if (!first.equals("dat") && !first.equals("dit") && !first.equals("zo")) {
        return null;
      }
      // "Dat vindt ook de Woonbond": after "dat" pointing back at the quotation even zien, vinden
      // and denken report it
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), from + 1, to, true);
      if (verb == null || verb.isCue()) {
        return null;
      }
      return attribution(phraseAfter(from + 1, to), at, cue(from + 1, to, verb));
    }

    /** True when nothing but punctuation follows the quotation in its sentence. */
    boolean closesSentence(QuoteSpan q) {
      int to = tokens.sentenceEndOf(q.closeToken());
      for (int k = q.closeToken() + 1; k < to; k++) {
        if (tokens.tok(k).kind() != TokenKind.PUNCTUATION && tokens.tok(k).kind() != TokenKind.QUOTE) {
          return false;
        }
      }
      return true;
    }

    /** {@code X zei: "…"}, {@code X: "…"}, also when the colon ends the paragraph before. */
    Attribution colon(QuoteSpan q, int at) {
      int open = q.openToken();
      int colon = open - 1;
      if (colon < 0 || !tokens.tok(colon).text().equals(":")) {
        return null;
      }
      if (index.paragraphOf(colon) != index.paragraphOf(open) && !q.dialogue() && open != index.paragraphStart(index.paragraphOf(open))) {
        return null;
      }
      int from = tokens.sentenceStartOf(colon);
      for (int k = colon - 1; k >= from; k--) {
        if (marks.inQuote(k)) {
          from = k + 1;
          break;
        }
      }
      for (int k = from; k < colon; k++) {
        Phrase after = phraseAfter(k, colon);
        boolean next = k == colon - 1 || after != null && after.end() == colon;
        SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, colon, next);
        if (verb != null && !verb.isCue()) {
          Attribution a = attribution(subjectOf(k, from, colon), at, cue(k, colon, verb));
          if (a != null) {
            return a;
          }
        }
      }
      return attribution(firstSubject(from, colon), at, "colon");
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
        if (marks.inQuote(k) || tokens.tok(k).text().equals(":") || tokens.tok(k).text().equals(";")) {
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
      boolean verbFinal = v + 1 >= to || tokens.tok(v + 1).kind() == TokenKind.PUNCTUATION || marks.inQuote(v + 1);
      if (verbFinal) {
        for (int k = v - 1; k >= clauseStart; k--) {
          if (!marks.inQuote(k) && words.complementizers().contains(tokens.tok(k).lower())) {
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

    /** The first phrase in {@code [from, to)} that is not inside a prepositional phrase. */
    Phrase firstSubject(int from, int to) {
      for (int k = from; k < to; k++) {
        if (marks.inQuote(k)) {
          continue;
        }
        Phrase p = chunker.phrase(k, to);
        if (p == null) {
          continue;
        }
        if (!chunker.afterPreposition(k)) {
          return p;
        }
        k = Math.max(k, p.end() - 1);
      }
      return null;
    }

    /** The subject right after a verb in inverted order, past adverbs: "zei later ook de minister". */
    Phrase phraseAfter(int v, int to) {
      int k = v + 1;
      int skipped = 0;
      while (k < to && skipped < 3 && words.betweenVerbAndSubject().contains(tokens.tok(k).lower())) {
        k++;
        skipped++;
      }
      return chunker.phrase(k, to);
    }

    int clauseEnd(int from, int paragraphEnd) {
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
    String cue(int k, int clauseEnd, SpeechVerbs.Verb verb) {
      String form = tokens.tok(k).text();
      if (verb.particle().isEmpty() || tokens.tok(k).lower().startsWith(verb.particle())) {
        return form;
      }
      return form + " " + verb.particle();
    }

    /**
     * A direct quotation without a reporting clause: the speaker of an attributed quotation in
     * the sentence before (cue continued), else that sentence's subject (cue previous), which
     * for a sentence that ends in a colon is the subject of its reporting verb.
     */
    Attribution fromSentenceBefore(int i, QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      // an earlier quotation in the same sentence, or in the sentence before
      for (int j = i - 1; j >= 0; j--) {
        QuoteSpan p = spans.get(j);
        int ps = index.sentenceOf(p.closeToken());
        if (ps < sentence - 1) {
          break;
        }
        if (found[j] != null && found[j] != Attribution.NONE && p.kind() != QuoteKind.SCARE && p.kind() != QuoteKind.TITLE) {
          if (hasOtherSubject(ps, q.openToken(), found[j].speaker())) {
            break;
          }
          return new Attribution(found[j].speaker(), found[j].mention(), "continued");
        }
      }
      int before = sentence - 1;
      int s0 = index.sentenceStart(sentence);
      if (s0 < q.openToken()) {
        before = sentence; // words before the quotation in its own sentence ("Ze vertelt: …" is handled by colon)
      }
      if (before < 0) {
        return null;
      }
      int from = index.sentenceStart(before);
      int to = before == sentence ? q.openToken() : index.sentenceEnd(before);
      if (tokens.inHeading(from)) {
        return null;
      }
      Ref subject = null;
      Ref person = null;
      Ref organisation = null;
      for (Ref ref : refs) {
        if (ref.start() < from || ref.start() >= to) {
          continue;
        }
        if (ref.referent().human()) {
          if (ref.subject() && subject == null) {
            subject = ref;
          }
          if (person == null) {
            person = ref;
          }
        } else if (ref.subject() && organisation == null) {
          organisation = ref;
        }
      }
      Ref pick = subject != null ? subject : person != null ? person : organisation;
      if (pick == null) {
        return null;
      }
      return new Attribution(pick.referent().name(), tokens.slice(pick.start(), pick.end()), "previous");
    }

    /** True when a sentence between {@code fromSentence} and {@code before} has a person other than {@code speaker} as subject. */
    boolean hasOtherSubject(int fromSentence, int before, String speaker) {
      int from = index.sentenceEnd(fromSentence);
      for (Ref ref : refs) {
        if (ref.start() >= from && ref.start() < before && ref.subject() && ref.referent().human()
            && !ref.referent().name().equals(speaker)) {
          return true;
        }
      }
      return false;
    }

    /**
     * For a short quotation without a reporting verb: a person (by name or pronoun) who is the
     * subject of its sentence, whose words the quotation then gives (cue subject); else null.
     */
    Attribution personSubject(QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      for (Ref ref : refs) {
        if (ref.sentence() == sentence && ref.start() < q.openToken() && ref.subject()) {
          if (ref.referent().type() != RefType.PERSON) {
            return null;
          }
          return new Attribution(ref.referent().name(), tokens.slice(ref.start(), ref.end()), "subject");
        }
      }
      return null;
    }

    /** A partial quotation in a sentence without a reporting verb: the subject of that sentence. */
    Attribution sentenceSubject(QuoteSpan q, int at) {
      int sentence = index.sentenceOf(q.openToken());
      for (Ref ref : refs) {
        if (ref.sentence() == sentence && ref.subject() && ref.start() < q.openToken()) {
          return new Attribution(ref.referent().name(), tokens.slice(ref.start(), ref.end()), "subject");
        }
      }
      return null;
    }

    /**
     * Dialogue lines: the two people the sentence before the dialogue names ("Het gesprek
     * tussen de rechter en de verdachte ging zo:"), or the last two it and the sentence before
     * it mention, speak in turn; a line that addresses one of them ("Meneer V., …") is the
     * other's.
     */
    void attributeDialogue() {
      int i = 0;
      while (i < spans.size()) {
        if (!spans.get(i).dialogue()) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < spans.size() && spans.get(j).dialogue() && spans.get(j).openToken() == spans.get(j - 1).closeToken() + 1) {
          j++;
        }
        List<Attribution> participants = participants(spans.get(i));
        int turn = 0;
        for (int k = i; k < j; k++) {
          if (participants.isEmpty()) {
            found[k] = Attribution.NONE;
            continue;
          }
          Attribution addressed = addressed(spans.get(k));
          if (addressed != null && addressed.speaker().equals(participants.get(turn % 2).speaker())) {
            turn++; // nobody addresses themselves
          }
          found[k] = participants.get(turn % 2);
          turn++;
        }
        i = j;
      }
    }

    /**
     * The two people of a dialogue, in the order they speak: "tussen X en Y" in the sentence that
     * introduces it, else its subject and object ("De rechter ondervroeg de verdachte:"), else the
     * people of that sentence and the one before; when only one is known (an interview), the
     * other is the unnamed questioner, who speaks first when the first line is a question. A
     * participant whose name cannot be told keeps the words that introduced it, without a speaker.
     */
    List<Attribution> participants(QuoteSpan first) {
      List<Attribution> out = new ArrayList<>();
      int line = first.openToken();
      if (line == 0) {
        return out;
      }
      int intro = index.sentenceOf(line - 1);
      int from = index.sentenceStart(intro);
      int to = index.sentenceEnd(intro);
      for (int k = from; k < to; k++) {
        if (tokens.tok(k).lower().equals("tussen") && !marks.inQuote(k)) {
          Phrase a = chunker.phrase(k + 1, to);
          if (a != null && a.end() < to && tokens.tok(a.end()).lower().equals("en")) {
            Phrase b = chunker.phrase(a.end() + 1, to);
            if (b != null) {
              out.add(dialogueSpeaker(a));
              out.add(dialogueSpeaker(b));
              return out;
            }
          }
        }
      }
      for (int k = from; k < to && out.size() < 2; k++) {
        Phrase p = chunker.phrase(k, to);
        if (p == null) {
          continue;
        }
        Attribution a = dialogueSpeaker(p);
        if (p.type() != PhraseType.INSTITUTION && !isOrganisation(a) && out.stream().noneMatch(o -> same(o, a))) {
          out.add(a);
        }
        k = Math.max(k, p.end() - 1);
      }
      if (out.isEmpty() && intro > 0) {
        for (Ref ref : refs) {
          if (ref.sentence() == intro - 1 && ref.referent().type() == RefType.PERSON && out.size() < 2
              && out.stream().noneMatch(o -> o.speaker().equals(ref.referent().name()))) {
            out.add(new Attribution(ref.referent().name(), tokens.slice(ref.start(), ref.end()), "dialogue"));
          }
        }
      }
      if (out.size() == 1) {
        Attribution questioner = new Attribution("", "", "dialogue");
        boolean question = tokens.tok(first.closeToken()).text().equals("?")
            || first.closeToken() > 0 && tokens.tok(first.closeToken() - 1).text().equals("?");
        out.add(question ? 0 : 1, questioner);
      }
      return out;
    }

    Attribution dialogueSpeaker(Phrase p) {
      Referent r = who.resolve(p, p.start());
      return new Attribution(r == null ? "" : r.name(), tokens.slice(p.start(), p.end()), "dialogue");
    }

    boolean isOrganisation(Attribution a) {
      for (Ref ref : refs) {
        if (ref.referent().name().equals(a.speaker()) && ref.referent().type() == RefType.ORGANISATION) {
          return true;
        }
      }
      return false;
    }

    boolean same(Attribution a, Attribution b) {
      return !a.speaker().isEmpty() && a.speaker().equals(b.speaker()) || a.mention().equalsIgnoreCase(b.mention());
    }

    /** The person a dialogue line addresses at its start ("Meneer V., er is …"), or null. */
    Attribution addressed(QuoteSpan q) {
      int k = q.openToken() + 1;
      Phrase p = phraseIgnoringQuotes(k, Math.min(q.closeToken() + 1, k + 6));
      if (p == null || p.type() != PhraseType.NAME || p.end() > q.closeToken() || !tokens.tok(p.end()).text().equals(",")) {
        return null;
      }
      People.Person person = people.find(p.nameStart(), p.nameEnd());
      return person == null ? null : new Attribution(person.name, "", "");
    }

    /** A phrase read inside a dialogue line, whose tokens count as quoted. */
    Phrase phraseIgnoringQuotes(int k, int limit) {
      Token t = tokens.tok(k);
      if (!t.isWord() || !t.isCapitalized()) {
        return null;
      }
      int e = k;
      while (e < limit && tokens.tok(e).isWord() && tokens.tok(e).isCapitalized()) {
        e++;
      }
      return e > k ? new Phrase(PhraseType.NAME, k, e, k, e, null, null) : null;
    }

    /**
     * A quotation in a headline: its own clause (a name before a colon, resolved through the
     * whole article), else the attribution of the quotation in the body with the same words.
     */
    Attribution attributeHeadline(int i) {
      QuoteSpan q = spans.get(i);
      if (q.kind() == QuoteKind.SCARE || q.kind() == QuoteKind.TITLE) {
        return Attribution.NONE;
      }
      int end = index.size();
      Attribution own = inSentence(q, end);
      if (own != null && who.known(own.speaker())) {
        return own;
      }
      List<String> words = words(q);
      for (int j = 0; j < spans.size(); j++) {
        if (j == i || found[j] == null || found[j] == Attribution.NONE || found[j].speaker().isEmpty()) {
          continue;
        }
        List<String> other = words(spans.get(j));
        if (!words.isEmpty() && (Organisations.containsRun(other, words) || Organisations.containsRun(words, other) && other.size() >= 3)) {
          return new Attribution(found[j].speaker(), found[j].mention(), "headline");
        }
      }
      return own != null ? own : Attribution.NONE;
    }

    List<String> words(QuoteSpan q) {
      List<String> out = new ArrayList<>();
      int from = q.openToken() + 1;
      int to = q.dialogue() ? q.closeToken() + 1 : q.closeToken();
      for (int k = from; k < to; k++) {
        if (tokens.tok(k).isWord() || tokens.tok(k).kind() == TokenKind.NUMBER) {
          out.add(tokens.tok(k).lower());
        }
      }
      return out;
    }
  }
}

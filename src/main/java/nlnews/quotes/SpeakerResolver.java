package nlnews.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.quotes.Attribution.Found;
import nlnews.quotes.Referents.Ref;
import nlnews.quotes.Referents.RefType;
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
 * The clause rules are {@link ClauseRules}, the dialogue rule {@link DialogueSpeakers}. What a
 * phrase found there refers to is decided by {@link Referents}: a name gives the person's full
 * name or the organisation's fullest name, a pronoun or role noun the person it stands for, an
 * unnamed person keeps the description ("een buurtbewoner"). Nothing found means no speaker:
 * never a guess. Thread-safe.
 */
public final class SpeakerResolver {

  /**
   * The fewest words a body quotation must share with a headline quotation that holds all of
   * them to lend it its speaker: one or two words ("Nee", "Wat een dag") are said by many.
   */
  private static final int SHORTEST_SHARED_QUOTE = 3;
  /**
   * How many sentences back the quotation a bare quotation continues may end: a quotation, one
   * or two sentences of narrative about the scene ("En dus ontplofte het stadion"), then the
   * speaker's next words. Further back the article has moved on.
   */
  private static final int CONTINUATION_SENTENCES = 3;
  /**
   * The share of a headline quotation's words that a body quotation must hold, in any order, to
   * lend it its speaker: headlines shorten and reorder ("Dit vergeet je nooit meer" from "dit
   * soort avonden vergeet je nooit"); three in five is still that quotation.
   */
  private static final double HEADLINE_SHARE = 0.6;
  /**
   * The fewest stems of content a headline quotation must share with a lead sentence that "Dat
   * zegt X" attributes, to be X's: one shared word is chance, two make it a summary.
   */
  private static final int SHARED_LEAD_STEMS = 2;

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

  /** The quotations of {@code marks} with their speakers, in text order. */
  public List<Quote> attribute(TokenIndex index, QuoteMarks marks, List<Entity> entities) {
    if (marks.quotes().isEmpty()) {
      return List.of(); // nothing to attribute: the article's referring phrases are not needed
    }
    return new Context(index, marks, entities).run();
  }

  /** The quotations of an article with their speakers, and its mentions of its entities. */
  public record Reading(List<Quote> quotes, List<EntityMention> mentions) {
    public Reading {
      quotes = List.copyOf(quotes);
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * The quotations of {@code marks} with their speakers and every mention of {@code entities}, by
   * name or by a pronoun or role noun resolved to it ({@link EntityMentions}), from one reading of
   * the article: the mentions use the same resolution the speakers do.
   */
  public Reading read(TokenIndex index, QuoteMarks marks, List<Entity> entities) {
    Context context = new Context(index, marks, entities);
    List<Quote> quotes = marks.quotes().isEmpty() ? List.of() : context.run();
    return new Reading(quotes, EntityMentions.of(index, entities, context.refs, nouns));
  }

  /**
   * The quotations of one article, what the rules found for each so far (not applicable until a
   * rule has been asked), and whom the article's phrases refer to.
   */
  private final class Context {
    final Article article;
    final TokenIndex index;
    final List<QuoteSpan> spans;
    final MarkedTokens tokens;
    final Referents who;
    final List<Ref> refs;
    final PhraseChunker chunker;
    final ClauseRules clauses;
    final DialogueSpeakers dialogue;
    final Attribution[] found;
    final QuoteKind[] kinds;
    /** The names of the organisations the entity stage found, as written. */
    final Set<String> organisations;

    Context(TokenIndex index, QuoteMarks marks, List<Entity> entities) {
      this.article = index.article();
      this.index = index;
      this.spans = marks.quotes();
      this.tokens = new MarkedTokens(index, marks);
      WordClasses classes = new WordClasses(tokens, entities, gazetteer, nouns);
      List<int[]> slots = new SpeakerSlots(tokens, entities, gazetteer, verbs, words).names();
      People people = new People(article, index, entities, gazetteer, nouns, slots);
      PhraseChunker chunker = new PhraseChunker(tokens, classes, people, verbs, gazetteer, words);
      this.who = new Referents(tokens, chunker, classes, people, entities, nouns, gazetteer, verbs);
      this.refs = who.refs();
      this.chunker = chunker;
      this.clauses = new ClauseRules(tokens, chunker, who, verbs, words);
      this.dialogue = new DialogueSpeakers(tokens, chunker, who, words.rules());
      this.organisations = new HashSet<>();
      for (Entity e : entities) {
        if (e.type() == EntityType.ORG) {
          organisations.addAll(e.variants());
        }
      }
      this.found = new Attribution[spans.size()];
      this.kinds = new QuoteKind[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        found[i] = Attribution.NOT_APPLICABLE;
        kinds[i] = spans.get(i).kind();
      }
    }

    /** The body's quotations in text order, then the dialogue lines, then the headlines, which may borrow from the body. */
    List<Quote> run() {
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan q = spans.get(i);
        if (!q.dialogue() && !tokens.inHeading(q.openToken())) {
          found[i] = attribute(i, q.openToken());
        }
      }
      List<Attribution> lines = dialogue.attribute(spans);
      for (int i = 0; i < spans.size(); i++) {
        if (lines.get(i).applies()) {
          found[i] = lines.get(i);
        }
      }
      for (int i = 0; i < spans.size(); i++) {
        if (!found[i].applies()) {
          found[i] = attributeHeadline(i);
        }
      }
      for (int i = 0; i < spans.size(); i++) {
        if (found[i] instanceof Found f && f.cue().equals("colon") && !who.person(f.speaker()) && !tokens.inHeading(spans.get(i).openToken())) {
          found[i] = repeatedHeadline(i, f); // the headline repeated above the body: "Oranje viert feest: '…'"
        }
      }
      List<Quote> quotes = new ArrayList<>(spans.size());
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan q = spans.get(i);
        Found a = found[i] instanceof Found f ? f : new Found("", "", "");
        quotes.add(
            new Quote(q.paragraph(), kinds[i], article.slice(q.start(), q.end()), q.start(), q.end(), a.speaker(),
                a.mention(), a.cue()));
      }
      return quotes;
    }

    Attribution attribute(int i, int at) {
      QuoteSpan q = spans.get(i);
      if (q.weak()) {
        Attribution a = personSubject(q);
        if (!a.applies()) {
          a = speakerNearby(i, q);
        }
        if (a.applies()) {
          kinds[i] = QuoteKind.PARTIAL;
          return a;
        }
      }
      if (kinds[i] == QuoteKind.PARTIAL && organisations.contains(article.slice(q.start(), q.end()).strip())) {
        kinds[i] = QuoteKind.TITLE; // "zei hij aan 'De Telegraaf'": the name of a newspaper, not words
      }
      if (kinds[i] == QuoteKind.SCARE || kinds[i] == QuoteKind.TITLE) {
        return Attribution.NOBODY;
      }
      if (q.splitFrom() >= 0 && found[q.splitFrom()] instanceof Found first) {
        return first;
      }
      int[] label = CapitalLabels.label(index, q.openToken());
      if (label != null) {
        return labelled(label);
      }
      Attribution a = clauses.inSentence(q, at);
      if (!a.applies() && q.kind() == QuoteKind.DIRECT) {
        a = clauses.thatSays(q, at);
      }
      if (!a.applies() && q.kind() == QuoteKind.DIRECT) {
        a = fromSentenceBefore(i, q);
      }
      if (!a.applies() && q.kind() == QuoteKind.PARTIAL) {
        a = sentenceSubject(q);
      }
      if (!a.applies() && q.kind() == QuoteKind.PARTIAL && quotationsOnly(q)) {
        a = fromSentenceAfter(q);
        if (!a.applies()) {
          a = fromSentenceBefore(i, q);
        }
      }
      return a.applies() ? a : Attribution.NOBODY;
    }

    /**
     * A direct quotation without a reporting clause: the speaker of the last attributed
     * quotation of this or the previous paragraph, at most {@link #CONTINUATION_SENTENCES}
     * sentences back, when no other person is the subject of a sentence in between (cue
     * continued: narrative about the scene does not change who talks); else the subject of the
     * sentence before (cue previous), which for a sentence that ends in a colon is the subject
     * of its reporting verb, or, when that sentence names nobody, the person who is the subject
     * of the sentence before it.
     */
    Attribution fromSentenceBefore(int i, QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      int paragraph = index.paragraphOf(q.openToken());
      int j = continued(i, q);
      Found continued = j < 0 ? null : new Found(((Found) found[j]).speaker(), ((Found) found[j]).mention(), "continued");
      if (continued != null && index.sentenceOf(spans.get(j).closeToken()) >= sentence - 1) {
        return continued; // the quotation right before: "…", zei X. "…"
      }
      int before = sentence - 1;
      if (index.sentenceStart(sentence) < q.openToken()) {
        before = sentence; // words before the quotation in its own sentence ("Ze vertelt: …" is handled by colon)
      }
      if (before < 0 || tokens.inHeading(index.sentenceStart(before))) {
        return continued != null ? continued : Attribution.NOT_APPLICABLE;
      }
      Ref pick = subjectBetween(CapitalLabels.afterDateline(index, index.sentenceStart(before)),
          before == sentence ? q.openToken() : index.sentenceEnd(before));
      if (pick != null && pick.subject() && pick.referent().human() || continued == null && pick != null) {
        return new Found(pick.referent().name(), tokens.slice(pick.start(), pick.end()), "previous");
      }
      if (continued != null) {
        return continued; // narrative about the scene in between: "En dus ontplofte het stadion."
      }
      if (pick == null && before == sentence - 1) {
        Attribution unnamed = clauses.attribution(chunker.unnamed(index.sentenceStart(before), index.sentenceEnd(before), false), q.openToken(), "previous");
        if (unnamed.applies()) {
          return unnamed; // "Een andere weggebruiker heeft meer begrip. '…'"
        }
      }
      if (before == sentence - 1 && before > 0 && index.paragraphOf(index.sentenceStart(before - 1)) >= paragraph - 1
          && !tokens.inHeading(index.sentenceStart(before - 1))) {
        pick = humanSubject(index.sentenceStart(before - 1), index.sentenceEnd(before - 1));
      }
      return pick == null
          ? Attribution.NOT_APPLICABLE
          : new Found(pick.referent().name(), tokens.slice(pick.start(), pick.end()), "previous");
    }

    /**
     * The index of the last attributed quotation before quotation {@code i} that it continues:
     * in this or the previous paragraph, at most {@link #CONTINUATION_SENTENCES} sentences back,
     * with a speaker, and no other person the subject of a sentence in between; -1 if none.
     */
    int continued(int i, QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      int paragraph = index.paragraphOf(q.openToken());
      for (int j = i - 1; j >= 0; j--) {
        QuoteSpan p = spans.get(j);
        if (p.kind() == QuoteKind.SCARE || p.kind() == QuoteKind.TITLE || tokens.inHeading(p.openToken())) {
          continue;
        }
        int ps = index.sentenceOf(p.closeToken());
        if (ps < sentence - CONTINUATION_SENTENCES || index.paragraphOf(p.closeToken()) < paragraph - 1
            || !(found[j] instanceof Found f) || f.speaker().isEmpty() || hasOtherSubject(ps, q.openToken(), f.speaker())) {
          return -1; // too far back, a quotation nobody was found for, or someone else acts in between
        }
        return j;
      }
      return -1;
    }

    /** True when the sentence of {@code q} holds only quotations and function words: "'Beschamend' en zelfs 'middeleeuws'." */
    boolean quotationsOnly(QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      for (int k = index.sentenceStart(sentence); k < index.sentenceEnd(sentence); k++) {
        Token t = tokens.tok(k);
        if (!tokens.inQuote(k) && (t.isWord() && !words.functionWords().contains(t.lower()) || t.kind() == TokenKind.NUMBER)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The person who is the subject of the sentence after the quotation's, in its paragraph (cue
     * next): "'Beschamend' en zelfs 'middeleeuws'. Kamerlid X spaarde haar kritiek niet."
     */
    Attribution fromSentenceAfter(QuoteSpan q) {
      int next = index.sentenceOf(q.closeToken()) + 1;
      if (next >= index.sentenceCount() || index.paragraphOf(index.sentenceStart(next)) != index.paragraphOf(q.closeToken())) {
        return Attribution.NOT_APPLICABLE;
      }
      Ref pick = humanSubject(index.sentenceStart(next), index.sentenceEnd(next));
      return pick == null || pick.referent().type() != RefType.PERSON
          ? Attribution.NOT_APPLICABLE
          : new Found(pick.referent().name(), tokens.slice(pick.start(), pick.end()), "next");
    }

    /** The first person or unnamed person in subject position in {@code [from, to)}, or null. */
    Ref humanSubject(int from, int to) {
      for (Ref ref : refs) {
        if (ref.start() >= from && ref.start() < to && ref.subject() && ref.referent().human()) {
          return ref;
        }
      }
      return null;
    }

    /** The phrase in {@code [from, to)} that speaks most likely: the first human subject, else the first person, else the first organisation as subject. */
    Ref subjectBetween(int from, int to) {
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
        } else if (ref.subject() && organisation == null && ref.referent().type() == RefType.ORGANISATION) {
          organisation = ref; // a place is no speaker without a reporting verb: "Amsterdam heeft een plan."
        }
      }
      return subject != null ? subject : person != null ? person : organisation;
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
      for (int s = fromSentence + 1; s < index.sentenceCount() && index.sentenceStart(s) < before; s++) {
        if (chunker.unnamed(index.sentenceStart(s), index.sentenceEnd(s), false) != null) {
          return true; // "Een andere weggebruiker heeft meer begrip."
        }
      }
      return false;
    }

    /**
     * The speaker an interview label names (cue interview): the one person of the article whose
     * name is or ends with the label's words ("COLOMBIE" for Max Colombie), else a label of a
     * first name and a surname as written in ordinary case; nobody for any other label (the
     * interviewer, a place).
     */
    Attribution labelled(int[] label) {
      List<String> words = CapitalLabels.words(index, label);
      String mention = tokens.slice(label[0], label[1]);
      People.Person match = null;
      for (People.Person p : who.people().all()) {
        if (p.key.size() >= words.size() && p.key.subList(p.key.size() - words.size(), p.key.size()).equals(words)) {
          if (match != null) {
            return Attribution.NOBODY;
          }
          match = p;
        }
      }
      if (match != null) {
        return new Found(match.name, mention, "interview");
      }
      String first = Character.toUpperCase(words.get(0).charAt(0)) + words.get(0).substring(1);
      if (words.size() >= 2 && gazetteer.firstName(first) != null) {
        StringBuilder name = new StringBuilder();
        for (String w : words) {
          name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return new Found(name.toString(), mention, "interview");
      }
      return Attribution.NOBODY;
    }

    /**
     * For a short quotation without a reporting verb: a person (by name or pronoun) who is the
     * subject of its sentence, whose words the quotation then gives (cue subject).
     */
    Attribution personSubject(QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      for (Ref ref : refs) {
        if (ref.sentence() == sentence && ref.start() < q.openToken() && ref.subject()) {
          if (ref.referent().type() != RefType.PERSON) {
            return Attribution.NOT_APPLICABLE;
          }
          return new Found(ref.referent().name(), tokens.slice(ref.start(), ref.end()), "subject");
        }
      }
      return Attribution.NOT_APPLICABLE;
    }

    /**
     * For a short quotation without a reporting verb, a person who speaks in the sentence before
     * it, in a quotation found for them, within its paragraph: "'Dit plan deugt niet', zegt
     * Jansen. Het is 'onhaalbaar' en 'te duur'." The words are that person's (cue continued).
     */
    Attribution speakerNearby(int i, QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      for (int j = i - 1; j >= 0; j--) {
        QuoteSpan p = spans.get(j);
        int ps = index.sentenceOf(p.closeToken());
        if (ps < sentence - 1 || index.paragraphOf(p.closeToken()) != index.paragraphOf(q.openToken())) {
          break;
        }
        if (p.kind() != QuoteKind.SCARE && p.kind() != QuoteKind.TITLE && found[j] instanceof Found f && who.person(f.speaker())
            && !hasOtherSubject(ps, q.openToken(), f.speaker())) {
          return new Found(f.speaker(), f.mention(), "continued");
        }
      }
      return Attribution.NOT_APPLICABLE;
    }

    /** A partial quotation in a sentence without a reporting verb: the subject of that sentence. */
    Attribution sentenceSubject(QuoteSpan q) {
      int sentence = index.sentenceOf(q.openToken());
      for (Ref ref : refs) {
        if (ref.sentence() == sentence && ref.subject() && ref.start() < q.openToken()) {
          return new Found(ref.referent().name(), tokens.slice(ref.start(), ref.end()), "subject");
        }
      }
      return Attribution.NOT_APPLICABLE;
    }

    /**
     * A quotation in a headline: its own clause when it names a person or has a reporting verb
     * ("Rutte: '…'", resolved through the whole article), else the attribution of the quotation
     * in the body with the same words (most of them, in any order), else its own clause
     * ("Oranje viert feest: '…'"), else the speaker of a lead sentence it sums up ("… Dat zegt
     * X." with two content words in common).
     */
    Attribution attributeHeadline(int i) {
      QuoteSpan q = spans.get(i);
      if (q.kind() == QuoteKind.SCARE || q.kind() == QuoteKind.TITLE) {
        return Attribution.NOBODY;
      }
      Attribution own = clauses.inSentence(q, index.size());
      boolean known = own instanceof Found f && who.known(f.speaker());
      if (known && (!((Found) own).cue().equals("colon") || who.person(((Found) own).speaker()))) {
        return own;
      }
      Attribution body = fromBody(i, q);
      if (body.applies()) {
        return body;
      }
      if (known) {
        return own;
      }
      Attribution lead = fromLead(q);
      return lead.applies() ? lead : own.applies() ? own : Attribution.NOBODY;
    }

    /**
     * The attribution of the body's quotation with the words of headline quotation {@code i}, one
     * a reporting verb or a person says first (a repeat of the headline under it, "Oranje viert
     * feest: '…'", says less), or not applicable.
     */
    Attribution fromBody(int i, QuoteSpan q) {
      List<String> words = words(q);
      Found weak = null;
      for (int j = 0; j < spans.size(); j++) {
        if (j == i || !(found[j] instanceof Found f) || f.speaker().isEmpty() || tokens.inHeading(spans.get(j).openToken())) {
          continue;
        }
        List<String> other = words(spans.get(j));
        if (!words.isEmpty() && (Organisations.containsRun(other, words)
            || Organisations.containsRun(words, other) && other.size() >= SHORTEST_SHARED_QUOTE || mostWordsIn(words, other))) {
          if (!f.cue().equals("colon") || who.person(f.speaker())) {
            return new Found(f.speaker(), f.mention(), "headline");
          }
          weak = weak == null ? f : weak;
        }
      }
      return weak == null ? Attribution.NOT_APPLICABLE : new Found(weak.speaker(), weak.mention(), "headline");
    }

    /**
     * True when {@code other} holds most of the words of {@code headline}, in any order, a word of
     * content among them: a headline quotes "Dit vergeet je nooit meer" from "… dit soort avonden
     * vergeet je nooit van je leven".
     */
    boolean mostWordsIn(List<String> headline, List<String> other) {
      int shared = 0;
      boolean content = false;
      for (String w : new LinkedHashSet<>(headline)) {
        if (other.contains(w)) {
          shared++;
          content |= !SpeakerResolver.this.words.functionWords().contains(w) && !SpeakerResolver.this.words.pronouns().containsKey(w);
        }
      }
      return content && shared >= SHORTEST_SHARED_QUOTE && shared >= HEADLINE_SHARE * new HashSet<>(headline).size();
    }

    /**
     * The speaker of a body sentence that headline quotation {@code q} sums up, two content
     * stems shared: "… Dat zegt X." after it, or its own reporting clause ("…, zegt X").
     */
    Attribution fromLead(QuoteSpan q) {
      Set<String> stems = contentStems(q.openToken() + 1, q.closeToken());
      for (int s = 0; s < index.sentenceCount() && stems.size() >= SHARED_LEAD_STEMS; s++) {
        int from = index.sentenceStart(s);
        if (tokens.inHeading(from)) {
          continue;
        }
        Set<String> shared = contentStems(from, index.sentenceEnd(s));
        shared.retainAll(stems);
        if (shared.size() < SHARED_LEAD_STEMS) {
          continue;
        }
        Attribution a = s + 1 < index.sentenceCount() ? clauses.saidBy(s + 1, index.size()) : Attribution.NOT_APPLICABLE;
        if (!a.applies()) {
          a = clauses.reportedIn(s, index.size()); // "Webwinkels moeten samenwerken, zegt X."
        }
        if (a instanceof Found f && !f.speaker().isEmpty()) {
          return new Found(f.speaker(), f.mention(), "headline");
        }
      }
      return Attribution.NOT_APPLICABLE;
    }

    /** The stems of the words of content in {@code [from, to)} outside quotations' marks: no function words, pronouns or short words. */
    Set<String> contentStems(int from, int to) {
      Set<String> out = new HashSet<>();
      for (int k = from; k < to; k++) {
        Token t = tokens.tok(k);
        if (t.isWord() && t.lower().length() > 3 && !SpeakerResolver.this.words.functionWords().contains(t.lower())
            && !SpeakerResolver.this.words.verbForms().contains(t.lower()) && !SpeakerResolver.this.words.pronouns().containsKey(t.lower())) {
          out.add(t.stem());
        }
      }
      return out;
    }

    /** The attribution of a headline with the same words as quotation {@code i} when its speaker is a person; else {@code own}. */
    Attribution repeatedHeadline(int i, Found own) {
      List<String> words = words(spans.get(i));
      for (int j = 0; j < spans.size(); j++) {
        if (j != i && tokens.inHeading(spans.get(j).openToken()) && found[j] instanceof Found f && who.person(f.speaker())
            && words.equals(words(spans.get(j)))) {
          return f;
        }
      }
      return own;
    }

    /** The lower-cased words and numbers of a quotation. */
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

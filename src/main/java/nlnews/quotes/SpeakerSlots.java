package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import nlnews.entities.Gazetteer;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Names that stand where a speaker stands, which the entity stage did not take for a person:
 * the subject of a reporting verb ("Kuipers kondigde aan", "'…', aldus nog De Croo") and a name
 * behind a person's title ("premier De Croo", "PVV-leider Wilders"), when the recogniser typed
 * them MISC or found nothing. A reporting verb's subject and a title's holder are people, never a
 * place or a common word: these names are added to the article's {@link People}. The entity stage
 * should learn the same (see issue 15); until it does, the speaker stage reads the slot itself.
 */
final class SpeakerSlots {

  /** The most words of a name read from a slot: a first name, particles and a surname ("Jan van den Berg"). */
  private static final int LONGEST_NAME = 4;

  private final MarkedTokens tokens;
  private final Gazetteer gazetteer;
  private final SpeechVerbs verbs;
  private final QuoteWords words;
  /** The type of the name the entity stage found at each token, or null. */
  private final EntityType[] typed;

  SpeakerSlots(MarkedTokens tokens, List<Entity> entities, Gazetteer gazetteer, SpeechVerbs verbs, QuoteWords words) {
    this.tokens = tokens;
    this.gazetteer = gazetteer;
    this.verbs = verbs;
    this.words = words;
    this.typed = new EntityType[tokens.size()];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        for (int k = tokens.index().tokenAtOrAfter(m.start()); k < tokens.size() && tokens.tok(k).start() < m.end(); k++) {
          typed[k] = e.type();
        }
      }
    }
  }

  /** The names in speaker slots, as token spans {@code [start, end)} in text order; none the recogniser found as a person. */
  List<int[]> names() {
    List<int[]> out = new ArrayList<>();
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.inQuote(k) || k <= last) {
        continue;
      }
      boolean capital = tokens.tok(k).isCapitalized();
      int[] name = k + 1 < tokens.size() && tokens.tok(k + 1).isCapitalized() ? titled(k) : null;
      if (name == null && capital) {
        name = subjectAt(k);
      }
      if (name == null && capital && afterVerb(k)) {
        int end = nameEnd(k);
        name = end > k && mistyped(k, end, false) ? new int[] {k, end} : null;
      }
      if (name != null) {
        out.add(name);
        last = name[1] - 1;
      }
    }
    return out;
  }

  /** A name right after a person's title at {@code k}: "premier De Croo", or one that starts with a compound title: "PVV-leider Wilders". */
  private int[] titled(int k) {
    Token t = tokens.tok(k);
    if (t.kind() != TokenKind.WORD) {
      return null;
    }
    Gazetteer.Title title = People.titleOf(gazetteer, t.lower());
    if (title == null || title.kind().equals("honorific")) {
      return null;
    }
    boolean compound = t.isCapitalized() && t.lower().indexOf('-') > 0;
    if (t.isCapitalized() && !compound && !tokens.sentenceInitial(k)) {
      return null; // "Koning Willem": a capitalised title inside a sentence is part of a name
    }
    int end = nameEnd(k + 1);
    if (end == k + 1 || !mistyped(k + 1, end, true)) {
      return null;
    }
    return compound ? new int[] {k, end} : new int[] {k + 1, end};
  }

  /** A name that is the subject of a reporting verb: right before it at the start of a clause, or right after it. */
  private int[] subjectAt(int k) {
    if (!clauseStart(k)) {
      return null;
    }
    int end = nameEnd(k);
    if (end == k || end >= tokens.size() || !speechVerb(end) || !mistyped(k, end, false)) {
      return null;
    }
    return new int[] {k, end};
  }

  /** True when the name {@code [start, end)} follows a reporting verb: "'…', aldus nog De Croo", "Daarna zei Kuipers". */
  private boolean afterVerb(int start) {
    int k = start - 1;
    while (k >= 0 && words.betweenVerbAndSubject().contains(tokens.tok(k).lower())) {
      k--;
    }
    return k >= 0 && speechVerb(k);
  }

  private boolean speechVerb(int k) {
    if (tokens.inQuote(k)) {
      return false;
    }
    boolean nextToQuote = k > 0 && (tokens.tok(k - 1).kind() == TokenKind.QUOTE || tokens.tok(k - 1).text().equals(",")
        && k > 1 && tokens.tok(k - 2).kind() == TokenKind.QUOTE);
    return verbs.at(tokens.tokens(), k, tokens.sentenceEndOf(k), nextToQuote) != null;
  }

  /** The start of a clause: a sentence's start, or after a comma, colon or quotation mark; or right after a reporting verb. */
  private boolean clauseStart(int k) {
    if (tokens.sentenceInitial(k)) {
      return true;
    }
    String before = tokens.tok(k - 1).text();
    return before.equals(",") || before.equals(":") || tokens.tok(k - 1).kind() == TokenKind.QUOTE;
  }

  /** Where a name of capitalised words, with particles between them, that starts at {@code k} ends; {@code k} when none does. */
  private int nameEnd(int k) {
    int e = k;
    int j = k;
    while (j < tokens.size() && j - k < LONGEST_NAME && !tokens.inQuote(j)) {
      Token t = tokens.tok(j);
      if (t.kind() == TokenKind.WORD && t.isCapitalized()) {
        j++;
        e = j;
      } else if (j > k && t.kind() == TokenKind.WORD && words.nameParticles().contains(t.lower())) {
        j++;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * True when the words {@code [start, end)} are a person's name the recogniser missed or typed
   * MISC or as a place the gazetteer does not know: no word of it is an organisation's name, it
   * is no known place or organisation, no word in capitals only, and no common word that only
   * opens its sentence. Behind a title ({@code titled}) a person's name may be part of it:
   * "Schooldirecteur Van Amersfoort", read as a person "Van" and a place.
   */
  private boolean mistyped(int start, int end, boolean titled) {
    StringBuilder text = new StringBuilder();
    boolean person = true;
    for (int k = start; k < end; k++) {
      Token t = tokens.tok(k);
      // a place the gazetteer does not know is the recogniser's guess ("Stromae zei"); a known one is left out below
      boolean allowed = typed[k] == null || typed[k] == EntityType.MISC || typed[k] == EntityType.LOC;
      person &= typed[k] == EntityType.PER;
      if (!allowed && !(titled && typed[k] == EntityType.PER) || t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
      text.append(k == start ? "" : " ").append(t.text());
    }
    Token first = tokens.tok(start);
    if (person || gazetteer.name(text.toString()) != null || gazetteer.placeOfAdjective(first.text()) != null || words.demonym(first.lower())
        || People.titleOf(gazetteer, first.lower()) != null) {
      return false;
    }
    return end - start > 1 || !(tokens.sentenceInitial(start) && gazetteer.isCommonWord(first.lower()))
        && !words.notVerbs().contains(first.lower()) && !words.verbForms().contains(first.lower());
  }
}

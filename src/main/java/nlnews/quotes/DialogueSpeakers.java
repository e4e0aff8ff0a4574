package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Token;
import nlnews.quotes.Attribution.Found;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;
import nlnews.quotes.Referents.Ref;
import nlnews.quotes.Referents.RefType;
import nlnews.quotes.Referents.Referent;
import nlnews.text.TokenIndex;

/**
 * The speakers of an article's dialogue lines ("— …"): the two people the sentence before the
 * dialogue names ("Het gesprek tussen de rechter en de verdachte ging zo:"), or the last two it
 * and the sentence before it mention, speak in turn; a line that addresses one of them ("Meneer
 * V., …") is the other's. Built per article.
 */
final class DialogueSpeakers {

  /** A dialogue is between two people: they speak in turn. */
  private static final int PARTICIPANTS = 2;
  /**
   * How many tokens at the start of a line are read for the name it addresses: "Meneer V.,",
   * "Mevrouw De Vries-Jansen,", with room for a first name and a particle.
   */
  private static final int ADDRESS_TOKENS = 6;
  private static final String CUE = "dialogue";

  private final MarkedTokens tokens;
  private final TokenIndex index;
  private final PhraseChunker chunker;
  private final Referents referents;
  private final RuleWords rules;

  DialogueSpeakers(MarkedTokens tokens, PhraseChunker chunker, Referents referents, RuleWords rules) {
    this.tokens = tokens;
    this.index = tokens.index();
    this.chunker = chunker;
    this.referents = referents;
    this.rules = rules;
  }

  /**
   * The attributions of {@code spans}, in the same order: for each dialogue line its speaker, or
   * nobody when the dialogue's people cannot be told; not applicable for other quotations.
   */
  List<Attribution> attribute(List<QuoteSpan> spans) {
    List<Attribution> found = new ArrayList<>(spans.size());
    int i = 0;
    while (i < spans.size()) {
      if (!spans.get(i).dialogue()) {
        found.add(Attribution.NOT_APPLICABLE);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < spans.size() && spans.get(j).dialogue() && spans.get(j).openToken() == spans.get(j - 1).closeToken() + 1) {
        j++;
      }
      List<Found> participants = participants(spans.get(i));
      int turn = 0;
      for (int k = i; k < j; k++) {
        if (participants.isEmpty()) {
          found.add(Attribution.NOBODY);
          continue;
        }
        String addressed = addressed(spans.get(k));
        if (addressed != null && addressed.equals(participants.get(turn % PARTICIPANTS).speaker())) {
          turn++; // nobody addresses themselves
        }
        found.add(participants.get(turn % PARTICIPANTS));
        turn++;
      }
      i = j;
    }
    return found;
  }

  /**
   * The two people of a dialogue, in the order they speak: "tussen X en Y" in the sentence that
   * introduces it, else its subject and object ("De rechter ondervroeg de verdachte:"), else the
   * people of that sentence and the one before; when only one is known (an interview), the
   * other is the unnamed questioner, who speaks first when the first line is a question. A
   * participant whose name cannot be told keeps the words that introduced it, without a speaker.
   */
  private List<Found> participants(QuoteSpan first) {
    int line = first.openToken();
    if (line == 0) {
      return List.of();
    }
    int intro = index.sentenceOf(line - 1);
    List<Found> out = between(index.sentenceStart(intro), index.sentenceEnd(intro));
    if (out.size() == PARTICIPANTS) {
      return out;
    }
    if (out.isEmpty() && intro > 0) {
      for (Ref ref : referents.refs()) {
        if (ref.sentence() == intro - 1 && ref.referent().type() == RefType.PERSON && out.size() < PARTICIPANTS
            && out.stream().noneMatch(o -> o.speaker().equals(ref.referent().name()))) {
          out.add(new Found(ref.referent().name(), tokens.slice(ref.start(), ref.end()), CUE));
        }
      }
    }
    if (out.size() == 1) {
      Found questioner = new Found("", "", CUE);
      boolean question = tokens.tok(first.closeToken()).text().equals("?")
          || first.closeToken() > 0 && tokens.tok(first.closeToken() - 1).text().equals("?");
      out.add(question ? 0 : 1, questioner);
    }
    return out;
  }

  /**
   * The people of the introducing sentence {@code [from, to)}: "tussen X en Y", else the first
   * two persons it names, institutions and organisations left out.
   */
  private List<Found> between(int from, int to) {
    List<Found> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (rules.between().contains(tokens.tok(k).lower()) && !tokens.inQuote(k)) {
        Phrase a = chunker.phrase(k + 1, to);
        if (a != null && a.end() < to && rules.and().contains(tokens.tok(a.end()).lower())) {
          Phrase b = chunker.phrase(a.end() + 1, to);
          if (b != null) {
            out.add(speaker(a));
            out.add(speaker(b));
            return out;
          }
        }
      }
    }
    for (int k = from; k < to && out.size() < PARTICIPANTS; k++) {
      Phrase p = chunker.phrase(k, to);
      if (p == null) {
        continue;
      }
      Found a = speaker(p);
      if (p.type() != PhraseType.INSTITUTION && !isOrganisation(a) && out.stream().noneMatch(o -> same(o, a))) {
        out.add(a);
      }
      k = Math.max(k, p.end() - 1);
    }
    return out;
  }

  private Found speaker(Phrase p) {
    Referent r = referents.resolve(p, p.start());
    return new Found(r == null ? "" : r.name(), tokens.slice(p.start(), p.end()), CUE);
  }

  private boolean isOrganisation(Found a) {
    for (Ref ref : referents.refs()) {
      if (ref.referent().name().equals(a.speaker()) && !ref.referent().human()) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Found a, Found b) {
    return !a.speaker().isEmpty() && a.speaker().equals(b.speaker()) || a.mention().equalsIgnoreCase(b.mention());
  }

  /** The name of the person a dialogue line addresses at its start ("Meneer V., er is …"), or null. */
  private String addressed(QuoteSpan q) {
    int k = q.openToken() + 1;
    Phrase p = phraseIgnoringQuotes(k, Math.min(q.closeToken() + 1, k + ADDRESS_TOKENS));
    if (p == null || p.type() != PhraseType.NAME || p.end() > q.closeToken() || !tokens.tok(p.end()).text().equals(",")) {
      return null;
    }
    People.Person person = referents.people().find(p.nameStart(), p.nameEnd());
    return person == null ? null : person.name;
  }

  /** A name read inside a dialogue line, whose tokens count as quoted: capitalised words. */
  private Phrase phraseIgnoringQuotes(int k, int limit) {
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
}

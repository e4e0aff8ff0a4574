package nlnews.quotes;

import java.util.Arrays;
import java.util.List;
import nlnews.entities.Gazetteer;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * What each token of one article is to the phrase rules: a role word (a title of the gazetteer,
 * or a person or suspect noun), a noun of {@code quote-nouns.tsv}, an adjective, a word of a
 * name; and the organisation, place or other name the entity stage found covering it. Answers
 * are worked out when first asked and kept per token: the phrase rules ask about the same
 * tokens many times, and each answer cuts and probes the word's tails in several tables. Built
 * per article; not thread-safe.
 */
final class WordClasses {

  /** Marks a token whose role word was not looked up yet (compared by identity). */
  private static final String NOT_LOOKED_UP = new String("?");
  /** Marks a token whose noun was not looked up yet. */
  private static final QuoteNouns.Noun NO_NOUN = new QuoteNouns.Noun("?", null, "-");
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final MarkedTokens tokens;
  private final Gazetteer gazetteer;
  private final QuoteNouns nouns;
  private final QuoteWords words;
  /** The first name other than a person's that covers each token, or null. */
  private final Entity[] entityAt;
  private final String[] roleAt;
  private final QuoteNouns.Noun[] nounAt;
  private final byte[] adjectiveAt;

  WordClasses(MarkedTokens tokens, List<Entity> entities, Gazetteer gazetteer, QuoteNouns nouns) {
    this.tokens = tokens;
    this.gazetteer = gazetteer;
    this.nouns = nouns;
    this.words = nouns.words();
    int size = tokens.size();
    this.entityAt = new Entity[size];
    this.roleAt = new String[size];
    this.nounAt = new QuoteNouns.Noun[size];
    this.adjectiveAt = new byte[size];
    Arrays.fill(roleAt, NOT_LOOKED_UP);
    Arrays.fill(nounAt, NO_NOUN);
    for (Entity e : entities) {
      if (e.type() == EntityType.PER) {
        continue;
      }
      for (Mention m : e.mentions()) {
        for (int k = tokens.index().tokenAtOrAfter(m.start()); k < size && tokens.tok(k).start() < m.end(); k++) {
          if (entityAt[k] == null) {
            entityAt[k] = e;
          }
        }
      }
    }
  }

  /** The organisation, place or other name (not a person's) the entity stage found at token {@code k}, or null. */
  Entity entityAt(int k) {
    return entityAt[k];
  }

  /** The role word token {@code k} stands for: a title of the gazetteer, or a person or suspect noun; null if none. */
  String roleWord(int k) {
    String role = roleAt[k];
    if (role == NOT_LOOKED_UP) {
      role = roleAt[k] = roleWord(tokens.tok(k).lower(), noun(k));
    }
    return role;
  }

  private String roleWord(String lower, QuoteNouns.Noun noun) {
    if (nouns.isAlias(lower)) {
      return lower; // "bewindsvrouw" is a minister, not a "vrouw"
    }
    Gazetteer.Title title = People.titleOf(gazetteer, lower);
    if (title != null && !title.kind().equals("honorific")) {
      return title.word();
    }
    if (noun != null && (noun.kind() == QuoteNouns.Kind.PERSON || noun.kind() == QuoteNouns.Kind.SUSPECT
        || noun.kind() == QuoteNouns.Kind.MAKER)) {
      return noun.word();
    }
    return null;
  }

  /** The noun of token {@code k} ({@link QuoteNouns#noun}), or null. */
  QuoteNouns.Noun noun(int k) {
    QuoteNouns.Noun noun = nounAt[k];
    if (noun == NO_NOUN) {
      noun = nounAt[k] = nouns.noun(tokens.tok(k).lower());
    }
    return noun;
  }

  boolean nounIs(int k, QuoteNouns.Kind kind) {
    QuoteNouns.Noun noun = noun(k);
    return noun != null && noun.kind() == kind;
  }

  /** The gender the title or noun at token {@code k} tells, or null. */
  String genderOf(int k) {
    Gazetteer.Title title = People.titleOf(gazetteer, tokens.tok(k).lower());
    if (title != null && !title.gender().equals("-")) {
      return title.gender();
    }
    QuoteNouns.Noun noun = noun(k);
    return noun != null && !noun.gender().equals("-") ? noun.gender() : null;
  }

  /** True when token {@code k} is an adjective in front of a noun or name: "de nieuwe minister", "een Vlaamse actrice". */
  boolean isAdjective(int k) {
    if (adjectiveAt[k] == UNKNOWN) {
      adjectiveAt[k] = adjective(k) ? YES : NO;
    }
    return adjectiveAt[k] == YES;
  }

  private boolean adjective(int k) {
    Token t = tokens.tok(k);
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    String lower = t.lower();
    if (roleWord(k) != null || noun(k) != null) {
      return false;
    }
    if (t.isCapitalized()) {
      if (gazetteer.firstName(t.text()) != null && k + 1 < tokens.size() && nameToken(k + 1)) {
        return false; // "Frans Timmermans", not "Frans" (French)
      }
      if (RuleWords.endsWithAny(lower, words.rules().placeAdjectiveEndings()) && k + 1 < tokens.size() && !tokens.tok(k + 1).isCapitalized() && roleWord(k + 1) != null) {
        return true; // "een Vlaamse actrice", "de Brusselse regisseur": an adjective of place before a role
      }
      return gazetteer.placeOfAdjective(t.text()) != null
          || entityAt[k] != null && entityAt[k].type() == EntityType.MISC && RuleWords.endsWithAny(lower, words.rules().adjectiveEndings());
    }
    return RuleWords.endsWithAny(lower, words.rules().adjectiveEndings()) && !words.betweenVerbAndSubject().contains(lower) && !words.complementizers().contains(lower);
  }

  /** True when token {@code k} can be a word of a name: capitalised, outside quotations, not a title. */
  boolean nameToken(int k) {
    Token t = tokens.tok(k);
    return (t.kind() == TokenKind.WORD || t.kind() == TokenKind.ABBREVIATION) && (t.isCapitalized() || elidedName(t.text()))
        && !tokens.inQuote(k) && !compoundTitle(k);
  }

  /** "'s-Hertogenbosch", "’s-Gravenhage": a name after an elided article. */
  private static boolean elidedName(String s) {
    return s.length() > 3 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && s.charAt(1) == 's' && s.charAt(2) == '-'
        && Character.isUpperCase(s.charAt(3));
  }

  /** "Kremlin-woordvoerder", "II-trainer": a capitalised compound that ends in a title. */
  boolean compoundTitle(int k) {
    String text = tokens.tok(k).text();
    int hyphen = text.lastIndexOf('-');
    return hyphen > 0 && hyphen < text.length() - 1 && Character.isLowerCase(text.charAt(hyphen + 1))
        && roleWord(k) != null;
  }

  /** True for an honorific of the gazetteer: "prof.", "dr.", "mr.". */
  boolean isHonorific(String lower) {
    Gazetteer.Title t = gazetteer.title(lower);
    return t != null && t.kind().equals("honorific");
  }
}

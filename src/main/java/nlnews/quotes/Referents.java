package nlnews.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nlnews.entities.Gazetteer;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;

/**
 * Whom the referring phrases of one article refer to. A name refers through the article's
 * {@link People} (or the organisation it names, in its fullest form); a pronoun to the most
 * salient compatible person or description before it (the subject, else the first, of the
 * nearest sentence that mentions one); a role to the person introduced with that title or a
 * synonym, a suspect noun to the person written as a suspect ("Dennis V."), any other noun ("de
 * Zweed") to the most salient person; a title nobody in the article holds to nobody.
 *
 * <p>Built in one reading of the article. First what the text teaches is learnt from its
 * phrases ({@link PhraseChunker#articlePhrases}): the organisations it names ({@link
 * Organisations}) and the abbreviations it introduces ({@link Abbreviations}), each known from
 * where the text gives it. Then every phrase outside quotations and headings is resolved, left to
 * right, with what is known at its start, so that pronouns and role nouns can lean on the phrases
 * before them. After that the tables are fixed: a question ({@link #resolve}) sees everything the
 * reading learnt and changes nothing, so answers do not depend on the order of questions.
 */
final class Referents {

  /** How many sentences back a pronoun or role noun looks for its person: about two paragraphs of news. */
  static final int SALIENCE_SENTENCES = 12;
  /**
   * How many paragraphs back a pronoun or role noun looks for its person: past three, the
   * article has moved on to someone else even when the sentences are short.
   */
  static final int SALIENCE_PARAGRAPHS = 3;

  /** What a referring phrase refers to: a person, an organisation or place, or an unnamed person. */
  enum RefType {
    PERSON, ORGANISATION, DESCRIPTION
  }

  /** A resolved referent: the speaker name, its type, the gender if known, and the role word of a description. */
  record Referent(String name, RefType type, String gender, String role) {
    boolean human() {
      return type != RefType.ORGANISATION;
    }

    boolean fits(String g) {
      return gender == null || g == null || gender.equals(g);
    }
  }

  /** A referring phrase outside quotation marks, resolved, with whether it stands in subject position. */
  record Ref(int start, int end, int sentence, Referent referent, boolean subject) {}

  /** The horizon of a question asked after the reading: everything the reading learnt. */
  private static final int AFTER_READING = Integer.MAX_VALUE;

  private final MarkedTokens tokens;
  private final WordClasses classes;
  private final People people;
  private final QuoteNouns nouns;
  private final Gazetteer gazetteer;
  /** The names of the organisations and places the entity stage found. */
  private final Set<String> names = new HashSet<>();
  private final Organisations organisations;
  private final Abbreviations abbreviations;
  /** The resolved phrases in text order; filled by the reading, never changed after it. */
  private final List<Ref> refs = new ArrayList<>();

  Referents(MarkedTokens tokens, PhraseChunker chunker, WordClasses classes, People people, List<Entity> entities,
      QuoteNouns nouns, Gazetteer gazetteer) {
    this.tokens = tokens;
    this.classes = classes;
    this.people = people;
    this.nouns = nouns;
    this.gazetteer = gazetteer;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER && e.type() != EntityType.MISC) {
        names.add(e.name());
      }
    }
    List<Phrase> phrases = chunker.articlePhrases();
    this.organisations = Organisations.learn(entities, phrases, tokens);
    // An abbreviation is one word, so the name of two or more words it is learnt from is never
    // one itself: learning it needs the organisations, not the abbreviations.
    this.abbreviations = Abbreviations.learn(phrases, tokens, p -> people.find(p.nameStart(), p.nameEnd()) == null
        && personByFirstName(p) == null ? organisationName(p, p.start()) : null);
    for (Phrase p : phrases) {
      Referent r = resolve(p, p.start(), p.start());
      if (r != null) {
        refs.add(new Ref(p.start(), p.end(), tokens.index().sentenceOf(p.start()), r, !chunker.afterPreposition(p.start())));
      }
    }
  }

  /** The referring phrases outside quotations and headings, resolved, in text order. */
  List<Ref> refs() {
    return Collections.unmodifiableList(refs);
  }

  /** The people of the article. */
  People people() {
    return people;
  }

  /** What {@code p} refers to, read as if at token {@code at}; null when it cannot be told. */
  Referent resolve(Phrase p, int at) {
    return resolve(p, at, AFTER_READING);
  }

  /**
   * What {@code p} refers to, read as if at token {@code at}, with the organisations and
   * abbreviations known at token {@code horizon}; null when it cannot be told.
   */
  private Referent resolve(Phrase p, int at, int horizon) {
    switch (p.type()) {
      case PRONOUN:
        return salient(at, p.gender(), false);
      case NAME:
        return name(p, horizon);
      case ROLE: {
        // "de moeder van het slachtoffer": a relation to someone else, a person of its own
        boolean relational = p.nameEnd() > p.nameStart() + 1 && tokens.tok(p.nameStart() + 1).lower().equals("van")
            && !p.role().contains(" van ");
        return role(p.role(), p.gender(), at, relational);
      }
      case DESCRIPTION: {
        String text = tokens.slice(p.start(), p.end());
        text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        return new Referent(text, RefType.DESCRIPTION, p.gender(), p.role());
      }
      case INSTITUTION:
        return institution(p, at);
      default:
        return null;
    }
  }

  /**
   * An institution: "de gemeente" after "de gemeente Almere" is the fuller name said before;
   * "het bedrijf" after "ASML" the organisation named last; else the institution as written.
   */
  private Referent institution(Phrase p, int at) {
    String text = tokens.slice(p.nameStart(), p.end());
    if (p.end() - p.nameStart() == 1) {
      String head = tokens.tok(p.nameStart()).lower();
      boolean standsFor = nouns.is(head, QuoteNouns.Kind.ORGANISATION);
      for (int r = refs.size() - 1; r >= 0; r--) {
        Referent x = refs.get(r).referent();
        if (refs.get(r).start() < at && x.type() == RefType.ORGANISATION
            && (head.equals(x.role()) || standsFor && x.role() == null && names.contains(x.name()))) {
          return x;
        }
      }
    }
    return new Referent(text, RefType.ORGANISATION, null, tokens.tok(p.nameStart()).lower());
  }

  private Referent name(Phrase p, int horizon) {
    People.Person person = people.find(p.nameStart(), p.nameEnd());
    if (person != null) {
      return new Referent(person.name, RefType.PERSON, person.gender, null);
    }
    String expanded = abbreviations.expand(tokens.slice(p.nameStart(), p.nameEnd()), horizon);
    if (expanded != null) {
      return new Referent(expanded, RefType.ORGANISATION, null, null);
    }
    Referent byFirstName = personByFirstName(p);
    if (byFirstName != null) {
      return byFirstName;
    }
    return new Referent(organisationName(p, horizon), RefType.ORGANISATION, null, null);
  }

  /** A name of two words or more that starts with a known first name and is no recognised organisation or place: a person. */
  private Referent personByFirstName(Phrase p) {
    if (entityCovering(p) != null) {
      return null;
    }
    String first = tokens.tok(p.nameStart()).text();
    String g = gazetteer.firstName(first);
    if (g != null && p.nameEnd() - p.nameStart() >= 2) {
      return new Referent(tokens.slice(p.nameStart(), p.nameEnd()), RefType.PERSON, g.equals("-") ? null : g, null);
    }
    return null;
  }

  /**
   * The organisation a name phrase names, in its fullest form known at {@code horizon}: the
   * recognised name it is, or the words as written ("De Nederlandsche Bank", with a capital
   * article inside a sentence).
   */
  private String organisationName(Phrase p, int horizon) {
    Entity e = entityCovering(p);
    if (e != null) {
      return organisations.fullest(e.name(), horizon);
    }
    String text = tokens.slice(p.nameStart(), p.nameEnd());
    int before = p.nameStart() - 1;
    if (before >= 0 && before >= p.start() && (tokens.tok(before).text().equals("De") || tokens.tok(before).text().equals("Het"))
        && !tokens.sentenceInitial(before)) {
      text = tokens.slice(before, p.nameEnd());
    }
    return organisations.fullest(text, horizon);
  }

  /** The organisation or place the entity stage found over the whole name of {@code p}, or null. */
  private Entity entityCovering(Phrase p) {
    Entity e = classes.entityAt(p.nameStart());
    if (e == null || e.type() == EntityType.MISC) {
      return null;
    }
    for (int k = p.nameStart(); k < p.nameEnd(); k++) {
      if (classes.entityAt(k) != e) {
        return null;
      }
    }
    return e;
  }

  /** A role noun: the person introduced with it or a synonym, a suspect, an earlier description, or the most salient person. */
  private Referent role(String role, String gender, int at, boolean relational) {
    People.Person titled = titled(role, at);
    if (titled != null) {
      return new Referent(titled.name, RefType.PERSON, titled.gender, null);
    }
    if (nouns.is(role, QuoteNouns.Kind.SUSPECT)) {
      People.Person suspect = null;
      for (People.Person p : people.all()) {
        if (p.suspect() && (suspect == null || !p.mentions.isEmpty() && p.mentions.get(0) < at)) {
          suspect = p;
        }
      }
      if (suspect != null) {
        return new Referent(suspect.name, RefType.PERSON, suspect.gender, null);
      }
    }
    for (int r = refs.size() - 1; r >= 0; r--) {
      Ref ref = refs.get(r);
      if (ref.start() < at && ref.referent().type() == RefType.DESCRIPTION && role.equals(ref.referent().role())) {
        return ref.referent();
      }
    }
    // A title nobody in the article has is an unnamed person ("De officier van justitie eiste acht
    // jaar"): no speaker. Any other noun ("de Zweed", "de 21-jarige", "de vrijwilliger"): the
    // person the text is about.
    boolean title = gazetteer.titleOfCompound(role) != null;
    if (title || relational || at >= tokens.size()) {
      return null; // a headline reads the whole article: no "person the text is about right now"
    }
    return salient(at, gender, true);
  }

  /**
   * The person introduced with {@code role} or a synonym of it who was mentioned last before
   * {@code at}; for a headline (read after the whole article), that is the last such person
   * mentioned in the article.
   */
  private People.Person titled(String role, int at) {
    return people.lastWithTitleBefore(nouns.sameRole(role), at);
  }

  /**
   * The most salient person or description before token {@code at} that fits {@code gender}:
   * in the nearest of the last {@link #SALIENCE_SENTENCES} sentences (and at most {@link
   * #SALIENCE_PARAGRAPHS} paragraphs back) that mentions one, the one in subject position, else
   * the first. With {@code peopleOnly}, unnamed descriptions do not count.
   */
  private Referent salient(int at, String gender, boolean peopleOnly) {
    int last = Math.min(at, tokens.size() - 1);
    int paragraph = tokens.index().paragraphOf(last);
    int here = tokens.index().sentenceOf(last);
    int sentence = -1;
    Ref first = null;
    Ref subject = null;
    for (int r = refs.size() - 1; r >= 0; r--) {
      Ref ref = refs.get(r);
      if (ref.start() >= at) {
        continue;
      }
      if (sentence >= 0 && ref.sentence() != sentence) {
        break;
      }
      if (at < tokens.size() && (tokens.index().paragraphOf(ref.start()) < paragraph - SALIENCE_PARAGRAPHS
          || ref.sentence() < here - SALIENCE_SENTENCES)) {
        break;
      }
      Referent x = ref.referent();
      if (x == null || !x.human() || !x.fits(gender) || peopleOnly && x.type() != RefType.PERSON) {
        continue;
      }
      sentence = ref.sentence();
      first = ref; // walking backwards: the last assignment is the first in the sentence
      if (ref.subject()) {
        subject = ref;
      }
    }
    Ref pick = subject != null ? subject : first;
    return pick == null ? null : pick.referent();
  }

  /** True for a speaker the article knows as a person or a recognised name, not just a capitalised word. */
  boolean known(String speaker) {
    if (speaker.isEmpty()) {
      return false;
    }
    for (People.Person p : people.all()) {
      if (p.name.equals(speaker)) {
        return true;
      }
    }
    return names.contains(speaker);
  }
}

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
  /**
   * How many tokens after a title a name may start and still be the title's holder: "Professor
   * internationale politiek Hilde Vervoort" has the field of two words between them.
   */
  private static final int TITLE_TO_NAME = 3;

  /**
   * What a referring phrase refers to: a person, an organisation, a place the entity stage found
   * (a speaker only where a reporting verb makes it one: "liet Moskou weten"), or an unnamed
   * person.
   */
  enum RefType {
    PERSON, ORGANISATION, PLACE, DESCRIPTION
  }

  /** A resolved referent: the speaker name, its type, the gender if known, and the role word of a description. */
  record Referent(String name, RefType type, String gender, String role) {
    boolean human() {
      return type == RefType.PERSON || type == RefType.DESCRIPTION;
    }

    boolean fits(String g) {
      return gender == null || g == null || gender.equals(g);
    }
  }

  /**
   * A referring phrase outside quotation marks, resolved, with whether it stands in subject
   * position and what kind of phrase it is (a pronoun, a name, a role noun ...).
   */
  record Ref(int start, int end, int sentence, Referent referent, boolean subject, PhraseType phrase) {}

  /** The horizon of a question asked after the reading: everything the reading learnt. */
  private static final int AFTER_READING = Integer.MAX_VALUE;

  private final MarkedTokens tokens;
  private final WordClasses classes;
  private final People people;
  private final QuoteNouns nouns;
  private final QuoteWords words;
  private final Gazetteer gazetteer;
  private final SpeechVerbs verbs;
  /** The names of the organisations and places the entity stage found. */
  private final Set<String> names = new HashSet<>();
  private final Organisations organisations;
  private final Abbreviations abbreviations;
  /** The role phrases of the article, for the name of an unnamed person known by a role. */
  private final List<Phrase> rolePhrases;
  /** The resolved phrases in text order; filled by the reading, never changed after it. */
  private final List<Ref> refs = new ArrayList<>();

  Referents(MarkedTokens tokens, PhraseChunker chunker, WordClasses classes, People people, List<Entity> entities,
      QuoteNouns nouns, Gazetteer gazetteer, SpeechVerbs verbs) {
    this.tokens = tokens;
    this.verbs = verbs;
    this.classes = classes;
    this.people = people;
    this.nouns = nouns;
    this.words = nouns.words();
    this.gazetteer = gazetteer;
    for (Entity e : entities) {
      if (e.type() != EntityType.PER && e.type() != EntityType.MISC) {
        names.add(e.name());
      }
    }
    List<Phrase> phrases = chunker.articlePhrases();
    this.rolePhrases = phrases.stream().filter(p -> p.type() == PhraseType.ROLE).toList();
    this.organisations = Organisations.learn(entities, phrases, tokens);
    // An abbreviation is one word, so the name of two or more words it is learnt from is never
    // one itself: learning it needs the organisations, not the abbreviations.
    this.abbreviations = Abbreviations.learn(phrases, tokens, p -> people.find(p.nameStart(), p.nameEnd()) == null
        && personByFirstName(p) == null ? organisationName(p, p.start()) : null);
    for (Phrase p : phrases) {
      Referent r = capitalOnlyForTheSentence(p) ? null : resolve(p, p.start(), p.start());
      if (r != null) {
        boolean subject = !chunker.afterPreposition(p.start()) && !tokens.inSubclause(p.start(), words.complementizers());
        refs.add(new Ref(p.start(), p.end(), tokens.index().sentenceOf(p.start()), r, subject, p.type()));
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
      case PRONOUN: {
        Referent organisation = p.gender() == null || p.gender().equals("f") ? speakingOrganisation(at) : null;
        return organisation != null ? organisation : salient(at, p.gender(), false);
      }
      case NAME:
        return name(p, horizon);
      case ROLE: {
        // "de moeder van het slachtoffer", "de woordvoerder van de KNVB": a relation to someone
        // else, a person of its own ("de winnaar van de dag" is no relation)
        boolean relational = p.nameEnd() > p.nameStart() + 1 && words.rules().of().contains(tokens.tok(p.nameStart() + 1).lower())
            && !words.rules().linkedTitle(p.role()) && ofSomeone(p.nameStart() + 2, p.end()) && relation(p)
            || words.possessives().contains(tokens.tok(p.start()).lower());
        // "de oud-premier", "de voormalige minister": a title held before, beside the one held now
        String head = tokens.tok(p.nameStart()).lower();
        boolean former = RuleWords.startsWithAny(head, words.rules().formerPrefixes())
            || p.nameStart() > p.start() && words.former().contains(tokens.tok(p.nameStart() - 1).lower());
        return role(p.role(), p.gender(), at, p.start(), p.end(), relational, former);
      }
      case DESCRIPTION: {
        if (words.rules().another().equals(p.role())) {
          return another(p, at);
        }
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
   * "Een ander" after "een voorbijganger": another one of the last unnamed people before
   * {@code at}, "een andere voorbijganger"; "een ander" when the text spoke of none.
   */
  private Referent another(Phrase p, int at) {
    for (int r = refs.size() - 1; r >= 0; r--) {
      Referent x = refs.get(r).referent();
      if (refs.get(r).start() < at && x.type() == RefType.DESCRIPTION && x.role() != null && !x.role().equals(words.rules().ageEnding())) {
        return x.role().equals(words.rules().another())
            ? x
            : new Referent(words.rules().indefinite() + " " + words.rules().anotherInflected() + " " + x.role(), RefType.DESCRIPTION, x.gender(), words.rules().another());
      }
    }
    return new Referent(words.rules().indefinite() + " " + words.rules().another(), RefType.DESCRIPTION, null, words.rules().another());
  }

  /** True when the head of role phrase {@code p} relates a person to someone else: "moeder", "oud-collega", "woordvoerster". */
  private boolean relation(Phrase p) {
    String head = tokens.tok(p.nameStart()).lower();
    String tail = head.substring(head.lastIndexOf('-') + 1);
    return words.relations().contains(tail) || words.relations().contains(p.role());
  }

  /** True when {@code [k, end)}, the words after a role's "van", name someone: a name, a person, an institution. */
  private boolean ofSomeone(int k, int end) {
    while (k < end && (words.definite().contains(tokens.tok(k).lower()) || classes.isAdjective(k))) {
      k++;
    }
    if (k >= end) {
      return false;
    }
    QuoteNouns.Noun noun = classes.noun(k);
    return tokens.tok(k).isCapitalized() || classes.roleWord(k) != null || noun != null && noun.kind() != QuoteNouns.Kind.WORK;
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
    Entity e = entityCovering(p);
    if (p.role() != null && (e == null || e.type() != EntityType.ORG)) {
      // "Schooldirecteur Van Amersfoort herkent dat": a title in front says a person is named,
      // whatever the recogniser made of the name (a place, a person "Van")
      return new Referent(tokens.slice(p.nameStart(), p.nameEnd()), RefType.PERSON, p.gender(), null);
    }
    String organisation = organisationName(p, horizon);
    boolean place = e != null && e.type() == EntityType.LOC && organisation.equals(e.name());
    return new Referent(organisation, place ? RefType.PLACE : RefType.ORGANISATION, null, null);
  }

  /**
   * True for a name phrase that is one capitalised word opening its sentence, which the entity
   * stage did not recognise and no person has: "Webwinkels uit Nederland moeten …". It names a
   * speaker only where a reporting verb says so ("Aedes noemt het plan …"), so it is left out of
   * the phrases a bare quotation or a pronoun may lean on.
   */
  private boolean capitalOnlyForTheSentence(Phrase p) {
    return p.type() == PhraseType.NAME && p.role() == null && p.nameEnd() - p.nameStart() == 1
        && tokens.sentenceInitial(p.nameStart()) && classes.entityAt(p.nameStart()) == null
        && people.find(p.nameStart(), p.nameEnd()) == null && !allCapitals(tokens.tok(p.nameStart()).text());
  }

  private static boolean allCapitals(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
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
    if (before >= 0 && before >= p.start() && words.rules().nameArticles().contains(tokens.tok(before).text())
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

  /**
   * A role noun: the person introduced with it or a synonym, a suspect, an earlier description
   * with the same role, the most salient person (for a noun that is no title: "de Zweed"); a
   * title nobody in the article holds goes to the one person the text is about, else it is an
   * unnamed person named by the role ("de officier van justitie").
   */
  private Referent role(String role, String gender, int at, int start, int end, boolean relational, boolean former) {
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
    Set<String> same = nouns.sameRole(role);
    for (int r = refs.size() - 1; r >= 0; r--) {
      Ref ref = refs.get(r);
      if (ref.start() < at && ref.referent().type() == RefType.DESCRIPTION && same.contains(ref.referent().role())) {
        return ref.referent();
      }
    }
    if (at >= tokens.size()) {
      return null; // a headline reads the whole article: no "person the text is about right now"
    }
    if (relational) {
      // "de advocaat van de man", "zijn moeder": a person of their own, unnamed
      String text = tokens.slice(start, end);
      return new Referent(Character.toLowerCase(text.charAt(0)) + text.substring(1), RefType.DESCRIPTION, gender, role);
    }
    if (gazetteer.titleOfCompound(role) == null) {
      return salient(at, gender, true); // "de Zweed", "de 21-jarige", "de vrijwilliger": the person the text is about
    }
    // A title nobody holds: "De minister" for the one person of the last paragraphs, written
    // without that title ("Van Nieuwenhuizen … De minister stelt"); with no such person, an
    // unnamed person ("De officier van justitie eiste acht jaar. '…', zei de officier").
    Referent holder = onlyPerson(start, end, gender, same, former);
    return holder != null ? holder : new Referent(unnamedRole(same), RefType.DESCRIPTION, gender, role);
  }

  /**
   * The one person named or referred to by a pronoun opening a sentence in this paragraph before
   * the role phrase {@code [at, end)}, or named within {@link #TITLE_TO_NAME} words after it
   * ("Professor internationale politiek Hilde Vervoort"); when this paragraph names nobody
   * before it, the one person of the previous paragraph. That person must stand once not after
   * a preposition, fit {@code gender}, hold no title of another group than {@code same} (unless
   * the role is a former one: "de oud-premier") and be no suspect. Null when there is none or
   * more than one.
   */
  private Referent onlyPerson(int at, int end, String gender, Set<String> same, boolean former) {
    int paragraph = tokens.index().paragraphOf(at);
    int to = Math.min(tokens.sentenceEndOf(at), end + TITLE_TO_NAME);
    Set<String> named = new HashSet<>();
    boolean subject = named(tokens.index().paragraphStart(paragraph), at, end, to, named);
    if ((named.isEmpty() || !subject) && paragraph > 0) {
      subject = named(tokens.index().paragraphStart(paragraph - 1), at, end, to, named);
    }
    if (named.size() != 1 || !subject) {
      return null;
    }
    String name = named.iterator().next();
    for (People.Person p : people.all()) {
      if (p.name.equals(name)) {
        // only an office counts as another title: "Matchwinnaar Bouzidi … de middenvelder"
        boolean other = !former && p.titles.stream().anyMatch(t -> !same.contains(t) && gazetteer.title(t) != null);
        boolean gendered = gender != null && p.gender != null && !gender.equals(p.gender);
        return p.suspect() || other || gendered ? null : new Referent(p.name, RefType.PERSON, p.gender, null);
      }
    }
    return null;
  }

  /**
   * Adds to {@code named} the people mentioned in {@code [from, at)} or {@code [end, to)}, and
   * those a pronoun opening a sentence in {@code [from, at)} stands for ("Ze verwijst naar …";
   * inside a sentence "ze" is as often "they"); true when one of them stands not after a
   * preposition.
   */
  private boolean named(int from, int at, int end, int to, Set<String> named) {
    boolean subject = false;
    for (People.Person p : people.all()) {
      for (int m : p.mentions) {
        if (m >= from && (m < at || m >= end && m < to)) {
          named.add(p.name);
          subject |= m == 0 || !words.prepositions().contains(tokens.tok(m - 1).lower());
        }
      }
    }
    for (Ref ref : refs) {
      if (ref.start() >= from && ref.start() < at && ref.referent().type() == RefType.PERSON && tokens.sentenceInitial(ref.start())) {
        named.add(ref.referent().name());
        subject |= ref.subject();
      }
    }
    return subject;
  }

  /**
   * The name of an unnamed person known by a role of the group {@code same}: the fullest way the
   * article writes that role, most words first, then the first written, with "de" ("de officier
   * van justitie" for a later "de officier", "de aanklager" or "het OM-officier").
   */
  private String unnamedRole(Set<String> same) {
    String best = null;
    int bestWords = 0;
    for (Phrase p : rolePhrases) {
      if (!same.contains(p.role())) {
        continue;
      }
      int n = p.end() - p.nameStart();
      if (best == null || n > bestWords) {
        String text = tokens.slice(p.nameStart(), p.end());
        boolean capital = text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
        best = capital ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text; // "Rechtbankvoorzitter", not "VVD-minister"
        bestWords = n;
      }
    }
    return best == null ? "" : words.rules().descriptionArticle() + " " + best;
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
   * The organisation "ze" or "zij" at token {@code at} stands for: the subject of the sentence
   * before it or of its own, when that sentence reports what the organisation says and names no
   * person ("Het ministerie laat weten dat … Zij voegt eraan toe: '…'"); else null.
   */
  private Referent speakingOrganisation(int at) {
    int here = tokens.index().sentenceOf(Math.min(at, tokens.size() - 1));
    int sentence = -1;
    Ref subject = null;
    for (int r = refs.size() - 1; r >= 0; r--) {
      Ref ref = refs.get(r);
      if (ref.start() >= at) {
        continue;
      }
      if (sentence >= 0 && ref.sentence() != sentence || ref.sentence() < here - 1) {
        break;
      }
      sentence = ref.sentence();
      if (ref.referent().human()) {
        return null;
      }
      if (ref.subject()) {
        subject = ref;
      }
    }
    if (subject == null || at >= tokens.size()) {
      return null;
    }
    int from = tokens.index().sentenceStart(sentence);
    int to = Math.min(tokens.index().sentenceEnd(sentence), at);
    for (int k = subject.end(); k < to; k++) {
      SpeechVerbs.Verb v = tokens.inQuote(k) ? null : verbs.at(tokens.tokens(), k, to, false);
      if (v != null && !v.isCue()) {
        return subject.referent();
      }
    }
    return null;
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

  /** True for a speaker who is one of the article's people. */
  boolean person(String speaker) {
    for (People.Person p : people.all()) {
      if (p.name.equals(speaker)) {
        return true;
      }
    }
    return false;
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

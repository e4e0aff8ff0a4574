package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import nlnews.entities.Gazetteer;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Finds the phrases of one article that can name a speaker: a subject pronoun; a name, with the
 * titles, article and adjectives in front of it; a definite role ("de premier", "de officier van
 * justitie", "de Zweed"); an unnamed person ("een woordvoerder van de Woonbond"); or an
 * institution ("de politie", "het ministerie van Defensie"). A role followed by a name, directly
 * or in an apposition, is that name. It reads where the entity stage found names (and which of
 * them are the article's people) so that a name is taken whole, but it never decides whom a
 * phrase refers to: that is {@link Referents}' job. Built per article; not thread-safe (the word
 * classes it reads are worked out as asked).
 */
final class PhraseChunker {

  /** The most words of the field between a title and its holder's name: "professor internationale politiek Hilde Vervoort". */
  private static final int FIELD_WORDS = 2;

  private final MarkedTokens tokens;
  private final WordClasses classes;
  private final People people;
  private final SpeechVerbs verbs;
  private final Gazetteer gazetteer;
  private final QuoteWords words;

  PhraseChunker(MarkedTokens tokens, WordClasses classes, People people, SpeechVerbs verbs, Gazetteer gazetteer, QuoteWords words) {
    this.tokens = tokens;
    this.classes = classes;
    this.people = people;
    this.verbs = verbs;
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** The kinds of phrases that can name a speaker. */
  enum PhraseType {
    PRONOUN, NAME, ROLE, DESCRIPTION, INSTITUTION
  }

  /**
   * A phrase that can name a speaker: tokens {@code [start, end)}; the name within it at
   * {@code [nameStart, nameEnd)}; the role word of a role or description; the gender it tells.
   */
  record Phrase(PhraseType type, int start, int end, int nameStart, int nameEnd, String role, String gender) {}

  /**
   * Every phrase outside quotations and headings, left to right, none inside another; object
   * pronouns ("hem", "haar") count too, for the people they pass on to a later pronoun.
   */
  List<Phrase> articlePhrases() {
    List<Phrase> phrases = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.inQuote(k) || tokens.inHeading(k)) {
        continue;
      }
      Phrase p = phrase(k, tokens.sentenceEndOf(k), true);
      if (p != null) {
        phrases.add(p);
        k = Math.max(k, p.end() - 1);
      }
    }
    return phrases;
  }

  /** The speaker phrase that starts at token {@code k} and ends before {@code limit}, or null. */
  Phrase phrase(int k, int limit) {
    return phrase(k, limit, false);
  }

  /**
   * An unnamed speaker whose noun no list holds: "een" with adjectives and a lower-case noun, with
   * "uit" and a place after it. With {@code anyNoun}, where only a person can stand ("…", zegt
   * een automobilist), any noun, and a definite noun that ends like a noun for a person names
   * the person the text is about ("…", riposteert de socialist); else only an indefinite noun
   * with such an ending ("Een andere weggebruiker heeft meer begrip. '…'"). Null when the words
   * are no such phrase.
   */
  Phrase unnamed(int k, int limit, boolean anyNoun) {
    boolean definite = k < limit && words.definite().contains(tok(k).lower());
    if (k >= limit || tokens.inQuote(k) || !tok(k).lower().equals(words.rules().indefinite()) && !(definite && anyNoun)) {
      return null;
    }
    int j = k + 1;
    while (j + 1 < limit && !tokens.inQuote(j) && tok(j).kind() == TokenKind.WORD && !tok(j).isCapitalized()
        && (classes.isAdjective(j) || tok(j).lower().equals(words.rules().another()))) {
      j++;
    }
    if (j >= limit || tokens.inQuote(j) || tok(j).kind() != TokenKind.WORD || tok(j).isCapitalized()) {
      return null;
    }
    String noun = tok(j).lower();
    if (words.functionWords().contains(noun) || words.verbForms().contains(noun) || words.prepositions().contains(noun)
        || classes.noun(j) != null && classes.noun(j).kind() != QuoteNouns.Kind.PERSON || pastTense(noun)) {
      return null;
    }
    if ((!anyNoun || definite) && classes.roleWord(j) == null && (!words.personEnding(noun) || words.notVerbs().contains(noun))) {
      return null; // "Een groot deel van …", "Een auto reed voorbij", "meldt de site": no person
    }
    if (definite) {
      return new Phrase(PhraseType.ROLE, k, j + 1, j, j + 1, noun, null); // "…", riposteert de socialist
    }
    int end = j + 1;
    if (end + 1 < limit && words.rules().from().contains(tok(end).text()) && classes.nameToken(end + 1)) {
      end = nameEnd(end + 1, limit);
    }
    return new Phrase(PhraseType.DESCRIPTION, k, end, k, end, noun, null);
  }

  /** True when the token before {@code k} is a preposition outside quotations: a phrase at {@code k} is no subject. */
  boolean afterPreposition(int k) {
    return k > 0 && words.prepositions().contains(tokens.tok(k - 1).lower()) && !tokens.inQuote(k - 1);
  }

  private Phrase phrase(int k, int limit, boolean objects) {
    if (k >= limit || tokens.inQuote(k) || !tok(k).isWord()) {
      return null;
    }
    String w = tok(k).lower();
    QuoteWords.Pronoun pronoun = words.pronouns().get(w);
    if (pronoun != null && (objects || !pronoun.object()) && !(possessive(k) && k + 1 < limit && classes.roleWord(k + 1) != null)) {
      return new Phrase(PhraseType.PRONOUN, k, k + 1, k, k + 1, null, pronoun.gender());
    }
    if (people.at(k) != null && classes.nameToken(k)) {
      return namePhrase(k, k, false, false, limit); // "De Graaf", "Van Dijk": a surname, not an article
    }
    boolean definite = words.definite().contains(w);
    if (definite && k + 1 < limit && words.rules().relativePronouns().contains(w)
        && (classes.nameToken(k + 1) || words.termDeterminers().contains(tok(k + 1).lower()))) {
      return null; // "…, die Peter de Vries kent", "iedereen die AT5 spreekt": a relative pronoun; the name is a phrase of its own
    }
    boolean indefinite = w.equals(words.rules().indefinite());
    if (possessive(k)) {
      // "Zijn advocaat vond de eis te hoog", "zei haar moeder": someone related to a person
      int j = headOf(k + 1, limit, true);
      String role = j < limit && !tokens.inQuote(j) && tok(j).isWord() && !tok(j).isCapitalized() ? classes.roleWord(j) : null;
      if (role == null) {
        return null;
      }
      Phrase named = nameAfterRole(k, j + 1, role, classes.genderOf(j), limit);
      return named != null ? named : new Phrase(PhraseType.ROLE, k, j + 1, j, j + 1, role, classes.genderOf(j));
    }
    // without an article only a capitalised word or "voormalig" may be an adjective in front
    // ("Nieuwe minister X"): "belde Peter de Vries" ends in -e like an adjective
    boolean adjectives = definite || indefinite || tok(k).isCapitalized() || words.former().contains(w);
    int j = headOf(definite || indefinite ? k + 1 : k, limit, adjectives);
    if (j == k && !definite && !indefinite && qualifiesTitle(k, limit)) {
      j = k + 1; // "gedelegeerd bestuurder Rodolphe Trenker", "algemeen directeur X": a title of two words
    }
    if (j >= limit || tokens.inQuote(j) || !tok(j).isWord()) {
      return null;
    }
    Token head = tok(j);
    String role = people.at(j) != null && classes.nameToken(j) ? null : classes.roleWord(j);
    if (role != null && head.isCapitalized() && !classes.compoundTitle(j) && k == j && !tokens.sentenceInitial(j)
        && !tokens.inHeading(j)) {
      role = null; // a capitalised title inside a sentence is a name ("Koning Willem II Stadion" aside)
    }
    if (role != null && k == j && words.verbForms().contains(head.lower())) {
      role = null; // "veroordeelde" without an article is a verb: "De rechter veroordeelde Dennis V."
    }
    if (role != null) {
      return rolePhrase(k, j, role, definite, indefinite, limit);
    }
    return headPhrase(k, j, definite, indefinite, limit);
  }

  /** The head word after adjectives and honorifics from {@code j} on: "de nieuwe minister", "prof. dr. Hanneke Visser". */
  private int headOf(int j, int limit, boolean adjectives) {
    while (adjectives && j + 1 < limit && !tokens.inQuote(j) && classes.isAdjective(j) && !tok(j + 1).text().equals(",")
        && (tok(j + 1).isWord() && (classes.roleWord(j + 1) != null || classes.isAdjective(j + 1)
            || classes.nameToken(j + 1) || classes.noun(j + 1) != null))) {
      j++;
    }
    while (j + 1 < limit && !tokens.inQuote(j) && tok(j).kind() == TokenKind.ABBREVIATION
        && classes.isHonorific(tok(j).lower())) {
      j++; // "prof. dr. Hanneke Visser", "mr. Karel Hoogeveen"
    }
    return j;
  }

  /** The phrase whose head {@code j} is no role word: an institution, a name, a title noun before a name, an age. */
  private Phrase headPhrase(int k, int j, boolean definite, boolean indefinite, int limit) {
    Token head = tok(j);
    String hl = head.lower();
    boolean institution = classes.nounIs(j, QuoteNouns.Kind.INSTITUTION) || classes.nounIs(j, QuoteNouns.Kind.ORGANISATION);
    if (institution && (!head.isCapitalized() || tokens.sentenceInitial(j))) {
      return institutionPhrase(k, j, limit);
    }
    if (classes.nameToken(j) || classes.compoundTitle(j)) {
      if (head.isCapitalized() && gazetteer.placeOfAdjective(head.text()) != null && people.at(j) == null
          && !(j + 1 < limit && classes.nameToken(j + 1))) {
        return null; // "Chinese toeleverancier in problemen": an adjective, not a name
      }
      return namePhrase(k, j, definite, indefinite, limit);
    }
    if (head.kind() == TokenKind.WORD && !head.isCapitalized() && j + 1 < limit && classes.nameToken(j + 1)
        && (people.at(j + 1) != null || gazetteer.firstName(tok(j + 1).text()) != null)
        && !words.betweenVerbAndSubject().contains(hl) && !words.prepositions().contains(hl)
        && !words.coordinators().contains(hl) && !words.complementizers().contains(hl)
        && !words.verbForms().contains(hl) && !words.notVerbs().contains(hl) && !pastTense(hl)
        && verbs.at(tokens.tokens(), j, limit, true) == null) {
      int e = nameEnd(j + 1, limit); // "wagenbouwer Kees van Rooij": a noun in front of a person's name is a title
      return new Phrase(PhraseType.NAME, k, e, j + 1, e, hl, null);
    }
    if (indefinite && (hl.equals(words.rules().another()) || hl.equals(words.rules().anotherInflected())) && (j + 1 >= limit || !tok(j + 1).isWord()
        || words.verbForms().contains(tok(j + 1).lower()) || verbs.at(tokens.tokens(), j + 1, limit, true) != null)) {
      return new Phrase(PhraseType.DESCRIPTION, k, j + 1, j, j + 1, words.rules().another(), null); // "Een ander vraagt zich af"
    }
    if ((definite || indefinite) && hl.endsWith(words.rules().ageEnding())) {
      // "de 21-jarige", "een 46-jarige": the age as noun
      return definite
          ? new Phrase(PhraseType.ROLE, k, j + 1, j, j + 1, words.rules().ageEnding(), null)
          : new Phrase(PhraseType.DESCRIPTION, k, j + 1, j, j + 1, words.rules().ageEnding(), null);
    }
    return null;
  }

  private Phrase rolePhrase(int k, int j, String role, boolean definite, boolean indefinite, int limit) {
    String gender = classes.genderOf(j);
    int end = j + 1;
    // multiword titles and the organisation the role belongs to: "officier van justitie",
    // "minister van Financiën", "woordvoerder van de Woonbond", "moeder van Kevin Lammers"
    if (end + 1 < limit && words.rules().of().contains(tok(end).text()) && !tokens.inQuote(end + 1)) { // "Van" is a surname: "directeur Van Amersfoort"
      Gazetteer.Title multi = gazetteer.title(role + " " + tok(end).text() + " " + tok(end + 1).lower());
      if (multi != null) {
        role = multi.word();
        end += 2;
      } else {
        end = belongingEnd(end, limit);
      }
    }
    Phrase named = nameAfterRole(k, end, role, gender, limit);
    if (named != null) {
      return named;
    }
    if (indefinite) {
      if (end + 1 < limit && words.rules().from().contains(tok(end).text()) && classes.nameToken(end + 1) && people.at(end + 1) == null) {
        end = nameEnd(end + 1, limit); // "een voorbijganger uit Noord", "een vrouw uit Garrelsweer"
      }
      return new Phrase(PhraseType.DESCRIPTION, k, end, k, end, role, gender);
    }
    if (definite || tok(j).isCapitalized()) {
      return new Phrase(PhraseType.ROLE, k, end, j, end, role, gender);
    }
    return null;
  }

  /**
   * Where the words after a role's "van" at {@code van} end: a name ("minister van Financiën"),
   * an institution ("van het ministerie van Justitie"), a noun with its article ("van het
   * slachtoffer"); {@code van} itself when none follows.
   */
  private int belongingEnd(int van, int limit) {
    int n = van + 1;
    if (n < limit && words.definite().contains(tok(n).lower())) {
      n++;
    }
    if (n < limit && classes.nameToken(n)) {
      return departmentEnd(n, nameEnd(n, limit));
    }
    if (n < limit && !tokens.inQuote(n)
        && (classes.nounIs(n, QuoteNouns.Kind.INSTITUTION) || classes.nounIs(n, QuoteNouns.Kind.ORGANISATION))) {
      return institutionPhrase(n, n, limit).end(); // "een woordvoerder van het ministerie van Justitie"
    }
    if (n > van + 1 && n < limit && !tokens.inQuote(n) && tok(n).kind() == TokenKind.WORD && !tok(n).isCapitalized()) {
      while (n + 1 < limit && classes.isAdjective(n) && tok(n + 1).kind() == TokenKind.WORD && !tok(n + 1).isCapitalized()) {
        n++;
      }
      return n + 1; // "de moeder van het slachtoffer", "een medewerker van het bedrijf"
    }
    return van;
  }

  /**
   * The name a role phrase ending at {@code end} introduces, or null: after more titles and
   * honorifics ("trainer Frank Aarts", "officier van justitie mr. Laura Haverkamp", "Schrijver en
   * recensent Joost Halbertsma"), or in an apposition ("De officier van justitie, mr. Karel
   * Hoogeveen," / "de regisseur, de Vlaamse Inge De Wachter,").
   */
  private Phrase nameAfterRole(int k, int end, String role, String gender, int limit) {
    int n = end;
    while (n < limit && !tokens.inQuote(n)) {
      Token t = tok(n);
      if (t.kind() == TokenKind.ABBREVIATION && (!classes.nameToken(n) || classes.isHonorific(t.lower()))
          || classes.roleWord(n) != null && !t.isCapitalized() && !words.verbForms().contains(t.lower())) {
        n++;
      } else if (words.rules().and().contains(t.lower()) && n + 2 < limit && tok(n + 1).isWord() && !tok(n + 1).isCapitalized()
          && (classes.roleWord(n + 1) != null || classes.nameToken(n + 2))) {
        n += 2;
      } else {
        break;
      }
    }
    int field = n;
    while (field < limit && field - n < FIELD_WORDS && tok(field).kind() == TokenKind.WORD && !tok(field).isCapitalized()
        && !tokens.inQuote(field) && !words.functionWords().contains(tok(field).lower()) && !words.verbForms().contains(tok(field).lower())) {
      field++; // "hoogleraar economie Jan Smit", "professor internationale politiek Hilde Vervoort"
    }
    if (field > n && field < limit && classes.nameToken(field) && people.at(field) != null) {
      n = field;
    }
    if (n < limit && classes.nameToken(n) && n == end || n > end && n < limit && classes.nameToken(n)) {
      int e = nameEnd(n, limit);
      if (e > n) {
        return new Phrase(PhraseType.NAME, k, e, n, e, role, gender);
      }
    }
    if (end + 1 < limit && tok(end).text().equals(",")) {
      int a = end + 1;
      if (a < limit && words.definite().contains(tok(a).lower())) {
        a++;
      }
      while (a < limit && !tokens.inQuote(a) && (classes.isAdjective(a)
          || tok(a).kind() == TokenKind.ABBREVIATION && !classes.nameToken(a)
          || tok(a).kind() == TokenKind.ABBREVIATION && classes.isHonorific(tok(a).lower()))) {
        a++;
      }
      if (a < limit && classes.nameToken(a)) {
        int e = nameEnd(a, limit);
        if (e > a && people.find(a, e) != null) {
          return new Phrase(PhraseType.NAME, k, e, a, e, role, gender);
        }
      }
    }
    return null;
  }

  /**
   * Where the name of a department or organisation after a role ends when a person's name
   * follows without a comma: "minister van Financiën Vincent Van Peteghem".
   */
  private int departmentEnd(int from, int end) {
    for (int k = from + 1; k < end; k++) {
      if (people.at(k) != null && people.at(k) != people.at(k - 1)
          || gazetteer.firstName(tok(k).text()) != null && classes.entityAt(k) == null) {
        return k;
      }
    }
    return end;
  }

  private Phrase institutionPhrase(int k, int j, int limit) {
    int end = j + 1;
    if (end < limit && classes.nameToken(end)) {
      int e = nameEnd(end, limit);
      Entity ent = classes.entityAt(end);
      if (ent == null || ent.type() == EntityType.ORG) {
        // "Oppositiepartij Vooruit", "de vakbond ABVV": the organisation's own name
        return new Phrase(PhraseType.NAME, k, e, end, e, null, null);
      }
      end = e; // "de gemeente Almere"
    } else if (end + 1 < limit && words.rules().of().contains(tok(end).lower())) {
      int n = end + 1;
      if (n < limit && words.definite().contains(tok(n).lower())) {
        n++;
      }
      if (n < limit && classes.nameToken(n)) {
        end = nameEnd(n, limit); // "het ministerie van Defensie", "het parket van Oost-Vlaanderen"
      }
    }
    return new Phrase(PhraseType.INSTITUTION, k, end, j, end, null, null);
  }

  private Phrase namePhrase(int k, int j, boolean definite, boolean indefinite, int limit) {
    int e = classes.compoundTitle(j) ? j : nameEnd(j, limit);
    // "Willem II-trainer Aarts", "Go Ahead-trainer Robin Meulman": what comes before the title is a modifier
    if (e < limit && !tokens.inQuote(e) && classes.compoundTitle(e) || e == j) {
      int t = e;
      String role = classes.roleWord(t);
      int n = t + 1;
      while (n < limit && tok(n).kind() == TokenKind.ABBREVIATION && !classes.nameToken(n)) {
        n++;
      }
      if (n < limit && classes.nameToken(n)) {
        int ne = nameEnd(n, limit);
        return new Phrase(PhraseType.NAME, k, ne, n, ne, role, classes.genderOf(t));
      }
      return definite || tokens.sentenceInitial(j)
          ? new Phrase(PhraseType.ROLE, k, t + 1, t, t + 1, role, classes.genderOf(t))
          : null;
    }
    if (e - j == 1 && !definite && !indefinite && gazetteer.isCommonWord(tok(j).lower()) && classes.entityAt(j) == null
        && people.at(j) == null && tokens.sentenceInitial(j)) {
      return null; // "Daarna", "Dinsdag", "Maar" at the start of a sentence
    }
    if (definite && e - j == 1 && demonym(j)) {
      return new Phrase(PhraseType.ROLE, k, e, j, e, tok(j).lower(), null);
    }
    if (indefinite && people.find(j, e) == null) {
      return new Phrase(PhraseType.DESCRIPTION, k, e, j, e, tok(j).lower(), null);
    }
    return new Phrase(PhraseType.NAME, k, e, j, e, null, null); // also "een trotse Mulder"
  }

  /** Where a name that starts at {@code k} ends: capitalised words, initials, particles between them, organisation names whole. */
  private int nameEnd(int k, int limit) {
    int e = k;
    int j = k;
    while (j < limit && !tokens.inQuote(j)) {
      Token t = tok(j);
      if (classes.nameToken(j)) {
        Entity ent = classes.entityAt(j);
        j++;
        while (ent != null && ent.type() != EntityType.MISC && j < limit && classes.entityAt(j) == ent && !tokens.inQuote(j)) {
          j++; // "Raad van State", "Openbaar Ministerie" as the recogniser found them
        }
        e = j;
        continue;
      }
      if (j > k && t.kind() == TokenKind.WORD && words.phraseParticles().contains(t.lower()) && !t.isCapitalized()) {
        int n = j;
        while (n < limit && words.phraseParticles().contains(tok(n).lower()) && !tok(n).isCapitalized()) {
          n++;
        }
        // "van" after a full name starts a phrase of its own: "Thijs Koenen van MKB-Nederland";
        // before a person's surname it is part of the name ("Van der Plas" where the recogniser
        // found "Plas")
        if (n < limit && classes.nameToken(n) && (e - k == 1 && gazetteer.firstName(tok(k).text()) != null
            || people.at(j) != null || e - k == 1 && people.at(n) != null && people.at(k) == null)) {
          j = n;
          continue;
        }
      }
      break;
    }
    return e;
  }

  /** True when the lower-case word at {@code k} qualifies a title right after it ("gedelegeerd bestuurder"), being no function word or verb. */
  private boolean qualifiesTitle(int k, int limit) {
    Token t = tok(k);
    String w = t.lower();
    return k + 1 < limit && t.kind() == TokenKind.WORD && !t.isCapitalized() && !tokens.inQuote(k + 1)
        && tok(k + 1).kind() == TokenKind.WORD && !tok(k + 1).isCapitalized() && classes.roleWord(k + 1) != null
        && classes.roleWord(k) == null && !words.prepositions().contains(w) && !words.pronouns().containsKey(w)
        && !words.betweenVerbAndSubject().contains(w) && !words.coordinators().contains(w) && !words.complementizers().contains(w)
        && !words.termDeterminers().contains(w) && !words.verbForms().contains(w) && !pastTense(w)
        && verbs.at(tokens.tokens(), k, limit, true) == null;
  }

  /**
   * True for a possessive at token {@code k} that opens a phrase: haar, hun, z'n, d'r anywhere;
   * "zijn", also a verb ("De kinderen zijn slachtoffer"), only at a sentence's start, after a
   * preposition or comma, or right after a reporting verb ("zei zijn advocaat").
   */
  boolean possessive(int k) {
    String w = tok(k).lower();
    if (!words.possessives().contains(w)) {
      return false;
    }
    if (!words.rules().possessiveVerbs().contains(w) || tokens.sentenceInitial(k) || afterPreposition(k)) {
      return true;
    }
    return k > 0 && (tok(k - 1).text().equals(",") || verbs.at(tokens.tokens(), k - 1, tokens.sentenceEndOf(k), true) != null);
  }

  /** "belde", "stuurden": a lower-case word in the form of a past tense, no noun for a title in front of a name. */
  private boolean pastTense(String lower) {
    return RuleWords.endsWithAny(lower, words.rules().pastTenseEndings());
  }

  /** "de Zweed", "de Almeerder": a capitalised word after an article that names where someone is from. */
  private boolean demonym(int j) {
    Token t = tok(j);
    if (gazetteer.name(t.text()) != null || people.at(j) != null) {
      return false;
    }
    Entity e = classes.entityAt(j);
    if (e != null && e.type() != EntityType.MISC) {
      return false;
    }
    return e != null || words.demonym(t.lower());
  }

  private Token tok(int k) {
    return tokens.tok(k);
  }
}

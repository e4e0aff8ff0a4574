package nlnews.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * The referring phrases of one article and whom they refer to. A phrase that can name a speaker
 * is a subject pronoun; a name, with the titles, article and adjectives in front of it; a
 * definite role ("de premier", "de officier van justitie", "de Zweed"); an unnamed person ("een
 * woordvoerder van de Woonbond"); or an institution ("de politie", "het ministerie van
 * Defensie"). A role followed by a name, directly or in an apposition, is that name.
 *
 * <p>Every such phrase outside quotations and headings is resolved once, left to right, so that
 * pronouns and role nouns can lean on the ones before them: a name through the article's {@link
 * People} (or the organisation it names, in its fullest form); a pronoun to the most salient
 * compatible person or description before it (the subject, else the first, of the nearest
 * sentence that mentions one); a role to the person introduced with that title or a synonym, a
 * suspect noun to the person written as a suspect ("Dennis V."), any other noun ("de Zweed") to
 * the most salient person; a title nobody in the article holds to nobody. Built per article; not
 * thread-safe.
 */
final class Referents {

  /** How many sentences back a pronoun or role noun looks for its person. */
  static final int SALIENCE_SENTENCES = 12;

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

  /** The kinds of phrases that can name a speaker. */
  enum PhraseType {
    PRONOUN, NAME, ROLE, DESCRIPTION, INSTITUTION
  }

  /**
   * A phrase that can name a speaker: tokens {@code [start, end)}; the name within it at
   * {@code [nameStart, nameEnd)}; the role word of a role or description; the gender it tells.
   */
  record Phrase(PhraseType type, int start, int end, int nameStart, int nameEnd, String role, String gender) {}

  /** A referring phrase outside quotation marks, resolved, with whether it stands in subject position. */
  record Ref(int start, int end, int sentence, Referent referent, boolean subject) {}

  private final Article article;
  private final TokenIndex index;
  private final QuoteMarks marks;
  private final SpeechVerbs verbs;
  private final QuoteNouns nouns;
  private final Gazetteer gazetteer;
  private final QuoteWords words;
  final People people;
  private final Entity[] entityAt;
  private final boolean[] heading;
  private final List<Ref> refs = new ArrayList<>();
  /** Abbreviations the article introduces in brackets after a name: IMG for Instituut Mijnbouwschade Groningen. */
  private final Map<String, String> aliases = new HashMap<>();
  /** The names of the organisations and places the entity stage found. */
  private final Set<String> names = new HashSet<>();
  /** The names of the organisations the entity stage found, and institutions as the text names them. */
  private final List<String> organisations = new ArrayList<>();
  /**
   * Per token, its role word and noun once looked up (NOT_LOOKED_UP / NO_NOUN until then) and
   * whether it is an adjective (0 not yet, 1 no, 2 yes): the phrase analysis asks about the same
   * tokens many times, and each answer cuts and probes the word's tails in several tables.
   */
  private final String[] roleAt;
  private final QuoteNouns.Noun[] nounAt;
  private final byte[] adjectiveAt;

  Referents(TokenIndex index, QuoteMarks marks, List<Entity> entities, SpeechVerbs verbs, QuoteNouns nouns, Gazetteer gazetteer) {
    this.article = index.article();
    this.index = index;
    this.marks = marks;
    this.verbs = verbs;
    this.nouns = nouns;
    this.gazetteer = gazetteer;
    this.words = nouns.words();
    this.people = new People(article, index, entities, gazetteer, nouns);
    this.entityAt = new Entity[index.size()];
    this.roleAt = new String[index.size()];
    this.nounAt = new QuoteNouns.Noun[index.size()];
    this.adjectiveAt = new byte[index.size()];
    Arrays.fill(roleAt, NOT_LOOKED_UP);
    Arrays.fill(nounAt, NO_NOUN);
    for (Entity e : entities) {
      if (e.type() == EntityType.PER) {
        continue;
      }
      if (e.type() != EntityType.MISC) {
        names.add(e.name());
      }
      if (e.type() == EntityType.ORG) {
        organisations.add(e.name());
      }
      for (Mention m : e.mentions()) {
        for (int k = index.tokenAtOrAfter(m.start()); k < index.size() && index.get(k).start() < m.end(); k++) {
          if (entityAt[k] == null) {
            entityAt[k] = e;
          }
        }
      }
    }
    this.heading = new boolean[index.paragraphCount()];
    for (int p = 0; p < index.paragraphCount(); p++) {
      heading[p] = article.paragraphs().get(p).heading();
    }
    collectRefs();
  }

  /** The referring phrases outside quotations and headings, resolved, in text order. */
  List<Ref> refs() {
    return refs;
  }

  // ---- tokens ----------------------------------------------------------------------------

  Token tok(int k) {
    return index.get(k);
  }

  boolean inHeading(int k) {
    return heading[index.paragraphOf(k)];
  }

  int sentenceStartOf(int k) {
    return index.sentenceStart(index.sentenceOf(k));
  }

  int sentenceEndOf(int k) {
    return index.sentenceEnd(index.sentenceOf(k));
  }

  boolean afterPreposition(int k) {
    return k > 0 && words.prepositions().contains(tok(k - 1).lower()) && !marks.inQuote(k - 1);
  }

  String slice(int from, int to) {
    return article.slice(tok(from).start(), tok(to - 1).end());
  }

  // ---- phrases ---------------------------------------------------------------------------

  /** Marks a token whose role word was not looked up yet (compared by identity). */
  private static final String NOT_LOOKED_UP = new String("?");
  /** Marks a token whose noun was not looked up yet. */
  private static final QuoteNouns.Noun NO_NOUN = new QuoteNouns.Noun("?", null, "-");

  /** The role word token {@code k} stands for: a title of the gazetteer, or a person or suspect noun. */
  private String roleWord(int k) {
    String role = roleAt[k];
    if (role == NOT_LOOKED_UP) {
      role = roleAt[k] = roleWord(tok(k).lower(), noun(k));
    }
    return role;
  }

  private String roleWord(String lower, QuoteNouns.Noun noun) {
    if (nouns.isAlias(lower)) {
      return lower; // "bewindsvrouw" is a minister, not a "vrouw"
    }
    Gazetteer.Title title = gazetteer.titleOfCompound(lower);
    if (title != null && !title.kind().equals("honorific")) {
      return title.word();
    }
    if (noun != null && (noun.kind() == QuoteNouns.Kind.PERSON || noun.kind() == QuoteNouns.Kind.SUSPECT)) {
      return noun.word();
    }
    return null;
  }

  /** The noun of token {@code k} ({@link QuoteNouns#noun}), or null. */
  private QuoteNouns.Noun noun(int k) {
    QuoteNouns.Noun noun = nounAt[k];
    if (noun == NO_NOUN) {
      noun = nounAt[k] = nouns.noun(tok(k).lower());
    }
    return noun;
  }

  private boolean nounIs(int k, QuoteNouns.Kind kind) {
    QuoteNouns.Noun noun = noun(k);
    return noun != null && noun.kind() == kind;
  }

  private String genderOf(int k) {
    Gazetteer.Title title = gazetteer.titleOfCompound(tok(k).lower());
    if (title != null && !title.gender().equals("-")) {
      return title.gender();
    }
    QuoteNouns.Noun noun = noun(k);
    return noun != null && !noun.gender().equals("-") ? noun.gender() : null;
  }

  private boolean isAdjective(int k) {
    if (adjectiveAt[k] == 0) {
      adjectiveAt[k] = (byte) (adjective(k) ? 2 : 1);
    }
    return adjectiveAt[k] == 2;
  }

  private boolean adjective(int k) {
    Token t = tok(k);
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    String lower = t.lower();
    if (roleWord(k) != null || noun(k) != null) {
      return false;
    }
    if (t.isCapitalized()) {
      if (gazetteer.firstName(t.text()) != null && k + 1 < index.size() && nameToken(k + 1)) {
        return false; // "Frans Timmermans", not "Frans" (French)
      }
      if (lower.endsWith("se") && k + 1 < index.size() && !tok(k + 1).isCapitalized() && roleWord(k + 1) != null) {
        return true; // "een Vlaamse actrice", "de Brusselse regisseur": an adjective of place before a role
      }
      return gazetteer.placeOfAdjective(t.text()) != null
          || entityAt[k] != null && entityAt[k].type() == EntityType.MISC && lower.endsWith("e");
    }
    return lower.endsWith("e") && !words.betweenVerbAndSubject().contains(lower) && !words.complementizers().contains(lower);
  }

  private boolean nameToken(int k) {
    Token t = tok(k);
    return (t.kind() == TokenKind.WORD || t.kind() == TokenKind.ABBREVIATION) && (t.isCapitalized() || elidedName(t.text()))
        && !marks.inQuote(k) && !compoundTitle(k);
  }

  /** "'s-Hertogenbosch", "’s-Gravenhage": a name after an elided article. */
  private boolean elidedName(String s) {
    return s.length() > 3 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && s.charAt(1) == 's' && s.charAt(2) == '-'
        && Character.isUpperCase(s.charAt(3));
  }

  /** "Kremlin-woordvoerder", "II-trainer": a capitalised compound that ends in a title. */
  private boolean compoundTitle(int k) {
    String text = tok(k).text();
    int hyphen = text.lastIndexOf('-');
    return hyphen > 0 && hyphen < text.length() - 1 && Character.isLowerCase(text.charAt(hyphen + 1))
        && roleWord(k) != null;
  }

  /** Where a name that starts at {@code k} ends: capitalised words, initials, particles between them, organisation names whole. */
  private int nameEnd(int k, int limit) {
    int e = k;
    int j = k;
    while (j < limit) {
      Token t = tok(j);
      if (marks.inQuote(j)) {
        break;
      }
      if (nameToken(j)) {
        Entity ent = entityAt[j];
        j++;
        while (ent != null && ent.type() != EntityType.MISC && j < limit && entityAt[j] == ent && !marks.inQuote(j)) {
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
        // "van" after a full name starts a phrase of its own: "Thijs Koenen van MKB-Nederland".
        if (n < limit && nameToken(n) && (e - k == 1 && gazetteer.firstName(tok(k).text()) != null
            || people.at(j) != null)) {
          j = n;
          continue;
        }
      }
      break;
    }
    return e;
  }

  /**
   * The speaker phrase that starts at token {@code k} and ends before {@code limit}, or null:
   * a subject pronoun; a name (with titles, determiner and adjectives in front); a definite
   * role ("de premier", "de officier van justitie", "de Zweed"); an unnamed person ("een
   * woordvoerder van de Woonbond"); or an institution ("de politie", "het ministerie van
   * Defensie"). A role followed by a name, directly or in an apposition, is that name.
   */
  Phrase phrase(int k, int limit) {
    return phrase(k, limit, false);
  }

  private Phrase phrase(int k, int limit, boolean objects) {
    if (k >= limit || marks.inQuote(k) || !tok(k).isWord()) {
      return null;
    }
    String w = tok(k).lower();
    QuoteWords.Pronoun pronoun = words.pronouns().get(w);
    if (pronoun != null && (objects || !pronoun.object())) {
      return new Phrase(PhraseType.PRONOUN, k, k + 1, k, k + 1, null, pronoun.gender());
    }
    if (people.at(k) != null && nameToken(k)) {
      return namePhrase(k, k, false, false, limit); // "De Graaf", "Van Dijk": a surname, not an article
    }
    boolean definite = words.definite().contains(w);
    boolean indefinite = w.equals("een");
    int j = definite || indefinite ? k + 1 : k;
    while (j + 1 < limit && !marks.inQuote(j) && isAdjective(j) && !tok(j + 1).text().equals(",")
        && (tok(j + 1).isWord() && (roleWord(j + 1) != null || isAdjective(j + 1) || nameToken(j + 1)
            || noun(j + 1) != null))) {
      j++;
    }
    while (j + 1 < limit && !marks.inQuote(j) && tok(j).kind() == TokenKind.ABBREVIATION && isHonorific(tok(j).lower())) {
      j++; // "prof. dr. Hanneke Visser", "mr. Karel Hoogeveen"
    }
    if (j >= limit || marks.inQuote(j)) {
      return null;
    }
    Token head = tok(j);
    String hl = head.lower();
    if (!head.isWord()) {
      return null;
    }
    String role = people.at(j) != null && nameToken(j) ? null : roleWord(j);
    if (role != null && (head.isCapitalized() && !compoundTitle(j) && k == j && !sentenceInitial(j) && !inHeading(j))) {
      role = null; // a capitalised title inside a sentence is a name ("Koning Willem II Stadion" aside)
    }
    if (role != null) {
      return rolePhrase(k, j, role, definite, indefinite, limit);
    }
    boolean institution = nounIs(j, QuoteNouns.Kind.INSTITUTION) || nounIs(j, QuoteNouns.Kind.ORGANISATION);
    if (institution && (!head.isCapitalized() || sentenceInitial(j))) {
      return institutionPhrase(k, j, limit);
    }
    if (nameToken(j) || compoundTitle(j)) {
      if (head.isCapitalized() && gazetteer.placeOfAdjective(head.text()) != null && people.at(j) == null
          && !(j + 1 < limit && nameToken(j + 1))) {
        return null; // "Chinese toeleverancier in problemen": an adjective, not a name
      }
      return namePhrase(k, j, definite, indefinite, limit);
    }
    if (head.kind() == TokenKind.WORD && !head.isCapitalized() && j + 1 < limit && nameToken(j + 1)
        && (people.at(j + 1) != null || gazetteer.firstName(tok(j + 1).text()) != null)
        && !words.betweenVerbAndSubject().contains(hl) && !words.prepositions().contains(hl) && !words.coordinators().contains(hl)
        && !words.complementizers().contains(hl) && verbs.at(index.tokens(), j, limit, true) == null) {
      int e = nameEnd(j + 1, limit); // "wagenbouwer Kees van Rooij": a noun in front of a person's name is a title
      return new Phrase(PhraseType.NAME, k, e, j + 1, e, hl, null);
    }
    if ((definite || indefinite) && hl.endsWith("jarige")) {
      // "de 21-jarige", "een 46-jarige": the age as noun
      return definite
          ? new Phrase(PhraseType.ROLE, k, j + 1, j, j + 1, "jarige", null)
          : new Phrase(PhraseType.DESCRIPTION, k, j + 1, j, j + 1, "jarige", null);
    }
    return null;
  }

  boolean sentenceInitial(int j) {
    int s = sentenceStartOf(j);
    int k = s;
    while (k < j && (tok(k).kind() == TokenKind.QUOTE || tok(k).kind() == TokenKind.DASH)) {
      k++;
    }
    return k == j;
  }

  private Phrase rolePhrase(int k, int j, String role, boolean definite, boolean indefinite, int limit) {
    String gender = genderOf(j);
    int end = j + 1;
    // multiword titles and the organisation the role belongs to: "officier van justitie",
    // "minister van Financiën", "woordvoerder van de Woonbond", "moeder van Kevin Lammers"
    if (end + 1 < limit && tok(end).lower().equals("van") && !marks.inQuote(end + 1)) {
      Gazetteer.Title multi = gazetteer.title(role + " van " + tok(end + 1).lower());
      if (multi != null) {
        role = multi.word();
        end += 2;
      } else {
        int n = end + 1;
        if (n < limit && words.definite().contains(tok(n).lower())) {
          n++;
        }
        if (n < limit && nameToken(n)) {
          end = departmentEnd(n, nameEnd(n, limit));
        } else if (n < limit && !marks.inQuote(n) && (nounIs(n, QuoteNouns.Kind.INSTITUTION)
            || nounIs(n, QuoteNouns.Kind.ORGANISATION))) {
          end = institutionPhrase(n, n, limit).end(); // "een woordvoerder van het ministerie van Justitie"
        } else if (n > end + 1 && n < limit && !marks.inQuote(n) && tok(n).kind() == TokenKind.WORD && !tok(n).isCapitalized()) {
          while (n + 1 < limit && isAdjective(n) && tok(n + 1).kind() == TokenKind.WORD && !tok(n + 1).isCapitalized()) {
            n++;
          }
          end = n + 1; // "de moeder van het slachtoffer", "een medewerker van het bedrijf"
        }
      }
    }
    // titles and honorifics before a name: "trainer Frank Aarts", "officier van justitie mr. Laura
    // Haverkamp", "Schrijver en recensent Joost Halbertsma"
    int n = end;
    while (n < limit && !marks.inQuote(n)) {
      Token t = tok(n);
      if (t.kind() == TokenKind.ABBREVIATION && (!nameToken(n) || isHonorific(t.lower()))
          || roleWord(n) != null && !t.isCapitalized()) {
        n++;
      } else if (t.lower().equals("en") && n + 2 < limit && tok(n + 1).isWord() && !tok(n + 1).isCapitalized()
          && (roleWord(n + 1) != null || nameToken(n + 2))) {
        n += 2;
      } else {
        break;
      }
    }
    if (n < limit && nameToken(n) && n == end || n > end && n < limit && nameToken(n)) {
      int e = nameEnd(n, limit);
      if (e > n) {
        return new Phrase(PhraseType.NAME, k, e, n, e, role, gender);
      }
    }
    // an apposition with the name: "De officier van justitie, mr. Karel Hoogeveen," / "de regisseur, de Vlaamse Inge De Wachter,"
    if (end + 1 < limit && tok(end).text().equals(",")) {
      int a = end + 1;
      if (a < limit && words.definite().contains(tok(a).lower())) {
        a++;
      }
      while (a < limit && !marks.inQuote(a) && (isAdjective(a) || tok(a).kind() == TokenKind.ABBREVIATION && !nameToken(a)
          || tok(a).kind() == TokenKind.ABBREVIATION && isHonorific(tok(a).lower()))) {
        a++;
      }
      if (a < limit && nameToken(a)) {
        int e = nameEnd(a, limit);
        if (e > a && people.find(a, e) != null) {
          return new Phrase(PhraseType.NAME, k, e, a, e, role, gender);
        }
      }
    }
    if (indefinite) {
      return new Phrase(PhraseType.DESCRIPTION, k, end, k, end, role, gender);
    }
    if (definite || tok(j).isCapitalized()) {
      return new Phrase(PhraseType.ROLE, k, end, j, end, role, gender);
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
          || gazetteer.firstName(tok(k).text()) != null && entityAt[k] == null) {
        return k;
      }
    }
    return end;
  }

  private boolean isHonorific(String lower) {
    Gazetteer.Title t = gazetteer.title(lower);
    return t != null && t.kind().equals("honorific");
  }

  private Phrase institutionPhrase(int k, int j, int limit) {
    int end = j + 1;
    if (end < limit && nameToken(end)) {
      int e = nameEnd(end, limit);
      Entity ent = entityAt[end];
      if (ent == null || ent.type() == EntityType.ORG) {
        // "Oppositiepartij Vooruit", "de vakbond ABVV": the organisation's own name
        return new Phrase(PhraseType.NAME, k, e, end, e, null, null);
      }
      end = e; // "de gemeente Almere"
    } else if (end + 1 < limit && tok(end).lower().equals("van")) {
      int n = end + 1;
      if (n < limit && words.definite().contains(tok(n).lower())) {
        n++;
      }
      if (n < limit && nameToken(n)) {
        end = nameEnd(n, limit); // "het ministerie van Defensie", "het parket van Oost-Vlaanderen"
      }
    }
    return new Phrase(PhraseType.INSTITUTION, k, end, j, end, null, null);
  }

  private Phrase namePhrase(int k, int j, boolean definite, boolean indefinite, int limit) {
    int e = compoundTitle(j) ? j : nameEnd(j, limit);
    // "Willem II-trainer Aarts", "Go Ahead-trainer Robin Meulman": what comes before the title is a modifier
    if (e < limit && !marks.inQuote(e) && compoundTitle(e) || e == j) {
      int t = e;
      String role = roleWord(t);
      int n = t + 1;
      while (n < limit && tok(n).kind() == TokenKind.ABBREVIATION && !nameToken(n)) {
        n++;
      }
      if (n < limit && nameToken(n)) {
        int ne = nameEnd(n, limit);
        return new Phrase(PhraseType.NAME, k, ne, n, ne, role, genderOf(t));
      }
      return definite || sentenceInitial(j) ? new Phrase(PhraseType.ROLE, k, t + 1, t, t + 1, role, genderOf(t)) : null;
    }
    if (e - j == 1 && !definite && !indefinite && gazetteer.isCommonWord(tok(j).lower()) && entityAt[j] == null
        && people.at(j) == null && sentenceInitial(j)) {
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

  /** "de Zweed", "de Almeerder": a capitalised word after an article that names where someone is from. */
  private boolean demonym(int j) {
    Token t = tok(j);
    if (gazetteer.name(t.text()) != null || people.at(j) != null) {
      return false;
    }
    Entity e = entityAt[j];
    if (e != null && e.type() != EntityType.MISC) {
      return false;
    }
    String lower = t.lower();
    return e != null || people.demonym(lower);
  }

  // ---- resolution ------------------------------------------------------------------------

  /** What {@code p} refers to, read as if at token {@code at}; null when it cannot be told. */
  Referent resolve(Phrase p, int at) {
    switch (p.type()) {
      case PRONOUN:
        return pronoun(at, p.gender());
      case NAME:
        return name(p);
      case ROLE: {
        // "de moeder van het slachtoffer": a relation to someone else, a person of its own
        boolean relational = p.nameEnd() > p.nameStart() + 1 && tok(p.nameStart() + 1).lower().equals("van")
            && !p.role().contains(" van ");
        return role(p.role(), p.gender(), at, relational);
      }
      case DESCRIPTION: {
        String text = slice(p.start(), p.end());
        text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        return new Referent(text, RefType.DESCRIPTION, p.gender(), p.role());
      }
      case INSTITUTION: {
        String text = slice(p.nameStart(), p.end());
        if (p.end() - p.nameStart() == 1) {
          // "de gemeente" after "de gemeente Almere": the fuller name said before; "het bedrijf"
          // after "ASML": the organisation named last
          String head = tok(p.nameStart()).lower();
          boolean standsFor = nouns.is(head, QuoteNouns.Kind.ORGANISATION);
          for (int r = refs.size() - 1; r >= 0; r--) {
            Referent x = refs.get(r).referent();
            if (refs.get(r).start() < at && x.type() == RefType.ORGANISATION
                && (head.equals(x.role()) || standsFor && x.role() == null && names.contains(x.name()))) {
              return x;
            }
          }
        }
        if (!organisations.contains(text) && p.end() - p.nameStart() > 1) {
          organisations.add(text);
        }
        return new Referent(text, RefType.ORGANISATION, null, tok(p.nameStart()).lower());
      }
      default:
        return null;
    }
  }

  private Referent name(Phrase p) {
    People.Person person = people.find(p.nameStart(), p.nameEnd());
    if (person != null) {
      return new Referent(person.name, RefType.PERSON, person.gender, null);
    }
    String text = slice(p.nameStart(), p.nameEnd());
    String alias = aliases.get(text);
    if (alias != null) {
      return new Referent(alias, RefType.ORGANISATION, null, null);
    }
    String name = null;
    Entity e = entityAt[p.nameStart()];
    if (e != null && e.type() != EntityType.MISC && entityCovers(e, p.nameStart(), p.nameEnd())) {
      name = clubOf(e.name());
    } else {
      String first = tok(p.nameStart()).text();
      if (gazetteer.firstName(first) != null && p.nameEnd() - p.nameStart() >= 2) {
        String g = gazetteer.firstName(first);
        return new Referent(text, RefType.PERSON, g.equals("-") ? null : g, null);
      }
      int before = p.nameStart() - 1;
      if (before >= 0 && before >= p.start() && (tok(before).text().equals("De") || tok(before).text().equals("Het"))
          && !sentenceInitial(before)) {
        text = slice(before, p.nameEnd()); // "De Nederlandsche Bank": a capital article inside a sentence is part of the name
      }
      name = clubOf(text);
    }
    int after = p.nameEnd();
    if (after + 2 < index.size() && tok(after).text().equals("(") && tok(after + 2).text().equals(")")
        && tok(after + 1).text().equals(tok(after + 1).text().toUpperCase(Locale.ROOT)) && p.nameEnd() - p.nameStart() > 1) {
      aliases.putIfAbsent(tok(after + 1).text(), name); // "Instituut Mijnbouwschade Groningen (IMG)"
    }
    return new Referent(name, RefType.ORGANISATION, null, null);
  }

  /**
   * A short name that speaks is the one organisation of the article whose fuller name holds it
   * ("meldt Genk" when the article is about KRC Genk, "Defensie laat weten" after "het
   * ministerie van Defensie"); otherwise the name itself (Moskou, Turkije).
   */
  private String clubOf(String name) {
    String found = null;
    List<String> words = List.of(name.split(" "));
    for (String other : organisations) {
      List<String> longer = List.of(other.split(" "));
      if (!other.equals(name) && !other.equals(found) && longer.size() > words.size() && containsRun(longer, words)) {
        if (found != null) {
          return name;
        }
        found = other;
      }
    }
    return found != null ? found : name;
  }

  private boolean entityCovers(Entity e, int from, int to) {
    for (int k = from; k < to; k++) {
      if (entityAt[k] != e) {
        return false;
      }
    }
    return true;
  }

  /** A role noun: the person introduced with it or a synonym, a suspect, an earlier description, or the most salient person. */
  private Referent role(String role, String gender, int at, boolean relational) {
    Set<String> same = nouns.sameRole(role);
    People.Person best = null;
    int bestAt = -1;
    People.Person later = null;
    for (People.Person p : people.all()) {
      if (p.titles.stream().noneMatch(same::contains)) {
        continue;
      }
      for (int m : p.mentions) {
        if (m < at && m > bestAt) {
          best = p;
          bestAt = m;
        }
      }
      if (later == null && !p.mentions.isEmpty() && p.mentions.get(0) >= at) {
        later = p;
      }
    }
    if (best == null && later != null && at >= index.size()) {
      best = later;
    }
    if (best != null) {
      return new Referent(best.name, RefType.PERSON, best.gender, null);
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
    if (title || relational || at >= index.size()) {
      return null; // a headline reads the whole article: no "person the text is about right now"
    }
    return salient(at, gender, SALIENCE_SENTENCES, true, false);
  }

  private Referent pronoun(int at, String gender) {
    return salient(at, gender, SALIENCE_SENTENCES, false, false);
  }

  /**
   * The most salient person or description before token {@code at} that fits {@code gender}:
   * in the nearest of the last {@code sentences} sentences (and at most three paragraphs
   * back) that mentions one, the one in subject position, else the first. With
   * {@code peopleOnly}, unnamed descriptions do not count; with {@code untitled}, people with a
   * known title do not either.
   */
  private Referent salient(int at, String gender, int sentences, boolean peopleOnly, boolean untitled) {
    int paragraph = index.paragraphOf(Math.min(at, index.size() - 1));
    int here = index.sentenceOf(Math.min(at, index.size() - 1));
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
      if (at < index.size() && (index.paragraphOf(ref.start()) < paragraph - 3 || ref.sentence() < here - sentences)) {
        break;
      }
      Referent x = ref.referent();
      if (x == null || !x.human() || !x.fits(gender) || peopleOnly && x.type() != RefType.PERSON || untitled && hasTitle(x)) {
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

  private boolean hasTitle(Referent x) {
    for (People.Person p : people.all()) {
      if (p.name.equals(x.name) && !p.titles.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Finds and resolves every referring phrase outside quotations and headings, left to right. */
  private void collectRefs() {
    for (int k = 0; k < index.size(); k++) {
      if (marks.inQuote(k) || inHeading(k)) {
        continue;
      }
      Phrase p = phrase(k, sentenceEndOf(k), true);
      if (p == null) {
        continue;
      }
      Referent r = resolve(p, p.start());
      if (r != null) {
        refs.add(new Ref(p.start(), p.end(), index.sentenceOf(p.start()), r, !afterPreposition(p.start())));
      }
      k = Math.max(k, p.end() - 1);
    }
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

  /** True when {@code run} occurs in {@code list} as consecutive elements. */
  static boolean containsRun(List<String> list, List<String> run) {
    if (run.isEmpty() || run.size() > list.size()) {
      return false;
    }
    for (int i = 0; i + run.size() <= list.size(); i++) {
      if (list.subList(i, i + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }
}

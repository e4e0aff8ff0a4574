package nlnews.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.Token;
import nlnews.model.TokenKind;
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
 *       vraagt …") and verb-final subclauses ("wat zij de "…" noemt");
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
 * A name found there is looked up among the article's {@link People} (surname and first-name
 * forms give the full name), an organisation keeps its fullest name, an unnamed person keeps the
 * description ("een buurtbewoner", "een woordvoerder van de Woonbond"). A pronoun (hij, zij, ze)
 * becomes the most salient compatible person before it: the subject, else the first compatible
 * person or description, of the nearest sentence that mentions one; pronouns and role nouns along
 * the way are resolved the same way, left to right. A role noun (de premier, de officier, de
 * trainer) becomes the person the article introduced with that title or one of its synonyms; "de
 * verdachte" the person written as a suspect ("Dennis V."); any other ("de Zweed") the most
 * salient person. Nothing found means no speaker: never a guess. Thread-safe.
 */
public final class SpeakerResolver {

  private static final Set<String> DEFINITE = Set.of("de", "het", "'t", "die", "deze");
  /** How many sentences back a pronoun or role noun looks for its person. */
  private static final int SALIENCE_SENTENCES = 12;
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "tegen", "met", "aan", "van", "voor", "door", "bij", "over", "naar", "op", "in", "uit", "om", "tot",
          "tijdens", "na", "volgens", "namens", "onder", "achter", "zonder", "vanwege", "dankzij", "sinds",
          "per", "via", "rond", "tussen", "langs", "binnen", "buiten", "behalve", "ondanks", "richting",
          "jegens", "omtrent", "nabij", "vanuit", "naast");
  /** Words that may stand between a reporting verb and its subject: "zei later ook de minister". */
  private static final Set<String> BETWEEN_VERB_AND_SUBJECT =
      Set.of(
          "ook", "nu", "nog", "al", "dan", "daarna", "gisteren", "vandaag", "eerder", "later", "toen",
          "verder", "desgevraagd", "telefonisch", "opnieuw", "zelf", "wel", "echter", "bovendien", "tevens",
          "daarom", "er", "zich", "dus", "achteraf", "nadien", "maandag", "dinsdag", "woensdag",
          "donderdag", "vrijdag", "zaterdag", "zondag", "vanochtend", "vanmiddag", "vanavond", "vannacht",
          "gisteravond", "eveneens", "vervolgens", "ten", "slotte", "tenslotte", "trouwens");
  private static final Set<String> COMPLEMENTIZERS =
      Set.of("dat", "wat", "die", "omdat", "zoals", "hoe", "waarom", "waarin", "nadat", "terwijl", "waarmee", "waarover");
  private static final Set<String> COORDINATORS = Set.of("en", "maar", "of");
  private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "'t", "la", "le", "du", "da", "von");

  private final SpeechVerbs verbs;
  private final QuoteNouns nouns;
  private final Gazetteer gazetteer;

  public SpeakerResolver(SpeechVerbs verbs, QuoteNouns nouns, Gazetteer gazetteer) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.gazetteer = gazetteer;
  }

  /** What was found for one quotation. */
  private record Attribution(String speaker, String mention, String cue) {
    static final Attribution NONE = new Attribution("", "", "");
  }

  /** What a referring phrase refers to: a person, an organisation or place, or an unnamed person. */
  private enum RefType {
    PERSON, ORGANISATION, DESCRIPTION
  }

  /** A resolved referent: the speaker name, its type, the gender if known, and the role word of a description. */
  private record Referent(String name, RefType type, String gender, String role) {
    boolean human() {
      return type != RefType.ORGANISATION;
    }

    boolean fits(String g) {
      return gender == null || g == null || gender.equals(g);
    }
  }

  /** The kinds of phrases that can name a speaker. */
  private enum PhraseType {
    PRONOUN, NAME, ROLE, DESCRIPTION, INSTITUTION
  }

  /**
   * A phrase that can name a speaker: tokens {@code [start, end)}; the name within it at
   * {@code [nameStart, nameEnd)}; the role word of a role or description; the gender it tells.
   */
  private record Phrase(PhraseType type, int start, int end, int nameStart, int nameEnd, String role, String gender) {}

  /** A referring phrase outside quotation marks, resolved, with whether it stands in subject position. */
  private record Ref(int start, int end, int sentence, Referent referent, boolean subject) {}

  public List<Quote> attribute(Article article, QuoteMarks marks, List<Entity> entities) {
    return new Context(article, marks, entities).run();
  }

  /** One article: its tokens, quotations, people and referring phrases. */
  private final class Context {
    final Article article;
    final TokenIndex index;
    final QuoteMarks marks;
    final List<QuoteSpan> spans;
    final People people;
    final Entity[] entityAt;
    final boolean[] heading;
    final List<Ref> refs = new ArrayList<>();
    /** Abbreviations the article introduces in brackets after a name: IMG for Instituut Mijnbouwschade Groningen. */
    final Map<String, String> aliases = new HashMap<>();
    /** The names of the organisations and places the entity stage found. */
    final Set<String> names = new HashSet<>();
    /** The names of the organisations the entity stage found, in its order. */
    final List<String> organisations = new ArrayList<>();
    final Attribution[] found;
    final QuoteKind[] kinds;

    Context(Article article, QuoteMarks marks, List<Entity> entities) {
      this.article = article;
      this.index = marks.index();
      this.marks = marks;
      this.spans = marks.quotes();
      this.people = new People(article, index, entities, gazetteer, nouns);
      this.entityAt = new Entity[index.size()];
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
      this.found = new Attribution[spans.size()];
      this.kinds = new QuoteKind[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        kinds[i] = spans.get(i).kind();
      }
    }

    List<Quote> run() {
      collectRefs();
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan q = spans.get(i);
        if (!q.dialogue() && !inHeading(q.openToken())) {
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
      return k > 0 && PREPOSITIONS.contains(tok(k - 1).lower()) && !marks.inQuote(k - 1);
    }

    String slice(int from, int to) {
      return article.slice(tok(from).start(), tok(to - 1).end());
    }

    // ---- phrases ---------------------------------------------------------------------------

    /** The role word {@code lower} stands for: a title of the gazetteer, or a person or suspect noun. */
    String roleWord(String lower) {
      if (nouns.isAlias(lower)) {
        return lower; // "bewindsvrouw" is a minister, not a "vrouw"
      }
      Gazetteer.Title title = gazetteer.titleOfCompound(lower);
      if (title != null && !title.kind().equals("honorific")) {
        return title.word();
      }
      QuoteNouns.Noun noun = nouns.noun(lower);
      if (noun != null && (noun.kind() == QuoteNouns.Kind.PERSON || noun.kind() == QuoteNouns.Kind.SUSPECT)) {
        return noun.word();
      }
      return null;
    }

    String genderOf(String lower) {
      Gazetteer.Title title = gazetteer.titleOfCompound(lower);
      if (title != null && !title.gender().equals("-")) {
        return title.gender();
      }
      QuoteNouns.Noun noun = nouns.noun(lower);
      return noun != null && !noun.gender().equals("-") ? noun.gender() : null;
    }

    boolean isAdjective(int k) {
      Token t = tok(k);
      if (t.kind() != TokenKind.WORD) {
        return false;
      }
      String lower = t.lower();
      if (roleWord(lower) != null || nouns.noun(lower) != null) {
        return false;
      }
      if (t.isCapitalized()) {
        if (gazetteer.firstName(t.text()) != null && k + 1 < index.size() && nameToken(k + 1)) {
          return false; // "Frans Timmermans", not "Frans" (French)
        }
        if (lower.endsWith("se") && k + 1 < index.size() && !tok(k + 1).isCapitalized() && roleWord(tok(k + 1).lower()) != null) {
          return true; // "een Vlaamse actrice", "de Brusselse regisseur": an adjective of place before a role
        }
        return gazetteer.placeOfAdjective(t.text()) != null
            || entityAt[k] != null && entityAt[k].type() == EntityType.MISC && lower.endsWith("e");
      }
      return lower.endsWith("e") && !BETWEEN_VERB_AND_SUBJECT.contains(lower) && !COMPLEMENTIZERS.contains(lower);
    }

    boolean nameToken(int k) {
      Token t = tok(k);
      return (t.kind() == TokenKind.WORD || t.kind() == TokenKind.ABBREVIATION) && (t.isCapitalized() || elidedName(t.text()))
          && !marks.inQuote(k) && !compoundTitle(t);
    }

    /** "'s-Hertogenbosch", "’s-Gravenhage": a name after an elided article. */
    boolean elidedName(String s) {
      return s.length() > 3 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && s.charAt(1) == 's' && s.charAt(2) == '-'
          && Character.isUpperCase(s.charAt(3));
    }

    /** "Kremlin-woordvoerder", "II-trainer": a capitalised compound that ends in a title. */
    boolean compoundTitle(Token t) {
      int hyphen = t.text().lastIndexOf('-');
      return hyphen > 0 && hyphen < t.text().length() - 1 && Character.isLowerCase(t.text().charAt(hyphen + 1))
          && roleWord(t.lower()) != null;
    }

    /** Where a name that starts at {@code k} ends: capitalised words, initials, particles between them, organisation names whole. */
    int nameEnd(int k, int limit) {
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
        if (j > k && t.kind() == TokenKind.WORD && PARTICLES.contains(t.lower()) && !t.isCapitalized()) {
          int n = j;
          while (n < limit && PARTICLES.contains(tok(n).lower()) && !tok(n).isCapitalized()) {
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

    Phrase phrase(int k, int limit, boolean objects) {
      if (k >= limit || marks.inQuote(k) || !tok(k).isWord()) {
        return null;
      }
      String w = tok(k).lower();
      if (w.equals("hij") || objects && w.equals("hem")) {
        return new Phrase(PhraseType.PRONOUN, k, k + 1, k, k + 1, null, "m");
      }
      if (w.equals("zij") || w.equals("ze") || objects && w.equals("haar")) {
        return new Phrase(PhraseType.PRONOUN, k, k + 1, k, k + 1, null, "f");
      }
      if (people.at(k) != null && nameToken(k)) {
        return namePhrase(k, k, false, false, limit); // "De Graaf", "Van Dijk": a surname, not an article
      }
      boolean definite = DEFINITE.contains(w);
      boolean indefinite = w.equals("een");
      int j = definite || indefinite ? k + 1 : k;
      while (j + 1 < limit && !marks.inQuote(j) && isAdjective(j) && !tok(j + 1).text().equals(",")
          && (tok(j + 1).isWord() && (roleWord(tok(j + 1).lower()) != null || isAdjective(j + 1) || nameToken(j + 1)
              || nouns.noun(tok(j + 1).lower()) != null))) {
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
      String role = people.at(j) != null && nameToken(j) ? null : roleWord(hl);
      if (role != null && (head.isCapitalized() && !compoundTitle(head) && k == j && !sentenceInitial(j) && !inHeading(j))) {
        role = null; // a capitalised title inside a sentence is a name ("Koning Willem II Stadion" aside)
      }
      if (role != null) {
        return rolePhrase(k, j, role, definite, indefinite, limit);
      }
      if (nouns.is(hl, QuoteNouns.Kind.INSTITUTION) && !head.isCapitalized() || nouns.is(hl, QuoteNouns.Kind.INSTITUTION)
          && head.isCapitalized() && sentenceInitial(j)) {
        return institutionPhrase(k, j, limit);
      }
      if (nameToken(j) || compoundTitle(head)) {
        if (head.isCapitalized() && gazetteer.placeOfAdjective(head.text()) != null && people.at(j) == null
            && !(j + 1 < limit && nameToken(j + 1))) {
          return null; // "Chinese toeleverancier in problemen": an adjective, not a name
        }
        return namePhrase(k, j, definite, indefinite, limit);
      }
      if (head.kind() == TokenKind.WORD && !head.isCapitalized() && j + 1 < limit && nameToken(j + 1)
          && (people.at(j + 1) != null || gazetteer.firstName(tok(j + 1).text()) != null)
          && !BETWEEN_VERB_AND_SUBJECT.contains(hl) && !PREPOSITIONS.contains(hl) && !COORDINATORS.contains(hl)
          && !COMPLEMENTIZERS.contains(hl) && verbs.at(index.tokens(), j, limit, true) == null) {
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

    Phrase rolePhrase(int k, int j, String role, boolean definite, boolean indefinite, int limit) {
      String gender = genderOf(tok(j).lower());
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
          if (n < limit && DEFINITE.contains(tok(n).lower())) {
            n++;
          }
          if (n < limit && nameToken(n)) {
            end = departmentEnd(n, nameEnd(n, limit));
          } else if (n < limit && !marks.inQuote(n) && nouns.is(tok(n).lower(), QuoteNouns.Kind.INSTITUTION)) {
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
            || roleWord(t.lower()) != null && !t.isCapitalized()) {
          n++;
        } else if (t.lower().equals("en") && n + 2 < limit && tok(n + 1).isWord() && !tok(n + 1).isCapitalized()
            && (roleWord(tok(n + 1).lower()) != null || nameToken(n + 2))) {
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
        if (a < limit && DEFINITE.contains(tok(a).lower())) {
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
    int departmentEnd(int from, int end) {
      for (int k = from + 1; k < end; k++) {
        if (people.at(k) != null && people.at(k) != people.at(k - 1)
            || gazetteer.firstName(tok(k).text()) != null && entityAt[k] == null) {
          return k;
        }
      }
      return end;
    }

    boolean isHonorific(String lower) {
      Gazetteer.Title t = gazetteer.title(lower);
      return t != null && t.kind().equals("honorific");
    }

    Phrase institutionPhrase(int k, int j, int limit) {
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
        if (n < limit && DEFINITE.contains(tok(n).lower())) {
          n++;
        }
        if (n < limit && nameToken(n)) {
          end = nameEnd(n, limit); // "het ministerie van Defensie", "het parket van Oost-Vlaanderen"
        }
      }
      return new Phrase(PhraseType.INSTITUTION, k, end, j, end, null, null);
    }

    Phrase namePhrase(int k, int j, boolean definite, boolean indefinite, int limit) {
      int e = compoundTitle(tok(j)) ? j : nameEnd(j, limit);
      // "Willem II-trainer Aarts", "Go Ahead-trainer Robin Meulman": what comes before the title is a modifier
      if (e < limit && !marks.inQuote(e) && compoundTitle(tok(e)) || e == j) {
        int t = e;
        String role = roleWord(tok(t).lower());
        int n = t + 1;
        while (n < limit && tok(n).kind() == TokenKind.ABBREVIATION && !nameToken(n)) {
          n++;
        }
        if (n < limit && nameToken(n)) {
          int ne = nameEnd(n, limit);
          return new Phrase(PhraseType.NAME, k, ne, n, ne, role, genderOf(tok(t).lower()));
        }
        return definite || sentenceInitial(j) ? new Phrase(PhraseType.ROLE, k, t + 1, t, t + 1, role, genderOf(tok(t).lower())) : null;
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
    boolean demonym(int j) {
      Token t = tok(j);
      if (gazetteer.name(t.text()) != null || people.at(j) != null) {
        return false;
      }
      Entity e = entityAt[j];
      if (e != null && e.type() != EntityType.MISC) {
        return false;
      }
      String lower = t.lower();
      return e != null || People.demonym(lower);
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
            // "de gemeente" after "de gemeente Almere": the fuller name said before
            String head = tok(p.nameStart()).lower();
            for (int r = refs.size() - 1; r >= 0; r--) {
              Referent x = refs.get(r).referent();
              if (refs.get(r).start() < at && x.type() == RefType.ORGANISATION && head.equals(x.role())) {
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

    Referent name(Phrase p) {
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
    String clubOf(String name) {
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

    boolean entityCovers(Entity e, int from, int to) {
      for (int k = from; k < to; k++) {
        if (entityAt[k] != e) {
          return false;
        }
      }
      return true;
    }

    /** A role noun: the person introduced with it or a synonym, a suspect, an earlier description, or the most salient person. */
    Referent role(String role, String gender, int at, boolean relational) {
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

    Referent pronoun(int at, String gender) {
      return salient(at, gender, SALIENCE_SENTENCES, false, false);
    }

    /**
     * The most salient person or description before token {@code at} that fits {@code gender}:
     * in the nearest of the last {@code sentences} sentences (and at most three paragraphs
     * back) that mentions one, the one in subject position, else the first. With
     * {@code peopleOnly}, unnamed descriptions do not count; with {@code untitled}, people with a
     * known title do not either.
     */
    Referent salient(int at, String gender, int sentences, boolean peopleOnly, boolean untitled) {
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

    boolean hasTitle(Referent x) {
      for (People.Person p : people.all()) {
        if (p.name.equals(x.name) && !p.titles.isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** Finds and resolves every referring phrase outside quotations and headings, left to right. */
    void collectRefs() {
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

    Attribution attribution(Phrase p, int at, String cue) {
      if (p == null) {
        return null;
      }
      Referent r = resolve(p, at);
      String mention = slice(p.start(), p.end());
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
      int from = sentenceStartOf(open);
      int to = sentenceEndOf(close);
      Attribution a = tail(q, at);
      if (a != null) {
        return a;
      }
      for (int k = open - 1; k >= from; k--) {
        if (!marks.inQuote(k) && tok(k).lower().equals("volgens")) {
          a = attribution(phrase(k + 1, open), at, "volgens");
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
      if (k < paragraphEnd && tok(k).text().equals(",")) {
        k++;
      }
      if (k < paragraphEnd && tok(k).lower().equals("zo")) {
        k++;
      }
      if (k >= paragraphEnd) {
        return null;
      }
      int clauseEnd = clauseEnd(k, paragraphEnd);
      String w = tok(k).lower();
      if (w.equals("aldus") || w.equals("volgens")) {
        return attribution(phrase(k + 1, clauseEnd), at, w);
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, clauseEnd, true);
      if (verb == null || verb.isCue()) {
        return null;
      }
      if (k + 1 < clauseEnd && tok(k + 1).lower().equals("het") && (verb.lemma().equals("klinken") || verb.lemma().equals("luiden"))) {
        // "…", klinkt het bij de vakbond / "…", luidt het in een verklaring van het OM
        for (int j = k + 2; j + 1 < clauseEnd; j++) {
          String w2 = tok(j).lower();
          if (w2.equals("bij") || w2.equals("van") || w2.equals("vanuit")) {
            Attribution a = attribution(phrase(j + 1, clauseEnd), at, tok(k).text() + " het");
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
     * opens with dat, dit or zo and a reporting verb.
     */
    Attribution thatSays(QuoteSpan q, int at) {
      int close = q.closeToken();
      int sentence = index.sentenceOf(close);
      if (sentence + 1 >= index.sentenceCount() || index.sentenceEnd(sentence) != close + 1 && !closesSentence(q)) {
        return null;
      }
      int from = index.sentenceStart(sentence + 1);
      int to = index.sentenceEnd(sentence + 1);
      if (from + 2 >= to || heading[index.paragraphOf(from)]) {
        return null;
      }
      String first = tok(from).lower();
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
      int to = sentenceEndOf(q.closeToken());
      for (int k = q.closeToken() + 1; k < to; k++) {
        if (tok(k).kind() != TokenKind.PUNCTUATION && tok(k).kind() != TokenKind.QUOTE) {
          return false;
        }
      }
      return true;
    }

    /** {@code X zei: "…"}, {@code X: "…"}, also when the colon ends the paragraph before. */
    Attribution colon(QuoteSpan q, int at) {
      int open = q.openToken();
      int colon = open - 1;
      if (colon < 0 || !tok(colon).text().equals(":")) {
        return null;
      }
      if (index.paragraphOf(colon) != index.paragraphOf(open) && !q.dialogue() && open != index.paragraphStart(index.paragraphOf(open))) {
        return null;
      }
      int from = sentenceStartOf(colon);
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
        if (marks.inQuote(k) || tok(k).text().equals(":") || tok(k).text().equals(";")) {
          clauseStart = k + 1;
          break;
        }
      }
      int before = v - 1;
      if (before >= clauseStart && tok(before).text().equals(",")) {
        before--;
      }
      if (before >= from && COORDINATORS.contains(tok(before).lower())) {
        Phrase p = firstSubject(from, before);
        if (p != null) {
          return p;
        }
      }
      boolean verbFinal = v + 1 >= to || tok(v + 1).kind() == TokenKind.PUNCTUATION || marks.inQuote(v + 1);
      if (verbFinal) {
        for (int k = v - 1; k >= clauseStart; k--) {
          if (!marks.inQuote(k) && COMPLEMENTIZERS.contains(tok(k).lower())) {
            Phrase p = phrase(k + 1, v);
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
        Phrase p = phrase(k, to);
        if (p == null) {
          continue;
        }
        if (!afterPreposition(k)) {
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
      while (k < to && skipped < 3 && BETWEEN_VERB_AND_SUBJECT.contains(tok(k).lower())) {
        k++;
        skipped++;
      }
      return phrase(k, to);
    }

    int clauseEnd(int from, int paragraphEnd) {
      int k = from;
      while (k < paragraphEnd) {
        Token t = tok(k);
        if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",")) {
          break;
        }
        k++;
      }
      return k;
    }

    /** The cue as written: the verb form, with its particle when it was split off ("voegde toe"). */
    String cue(int k, int clauseEnd, SpeechVerbs.Verb verb) {
      String form = tok(k).text();
      if (verb.particle().isEmpty() || tok(k).lower().startsWith(verb.particle())) {
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
      if (heading[index.paragraphOf(from)]) {
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
      return new Attribution(pick.referent().name(), slice(pick.start(), pick.end()), "previous");
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
          return new Attribution(ref.referent().name(), slice(ref.start(), ref.end()), "subject");
        }
      }
      return null;
    }

    /** A partial quotation in a sentence without a reporting verb: the subject of that sentence. */
    Attribution sentenceSubject(QuoteSpan q, int at) {
      int sentence = index.sentenceOf(q.openToken());
      for (Ref ref : refs) {
        if (ref.sentence() == sentence && ref.subject() && ref.start() < q.openToken()) {
          return new Attribution(ref.referent().name(), slice(ref.start(), ref.end()), "subject");
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
        if (tok(k).lower().equals("tussen") && !marks.inQuote(k)) {
          Phrase a = phrase(k + 1, to);
          if (a != null && a.end() < to && tok(a.end()).lower().equals("en")) {
            Phrase b = phrase(a.end() + 1, to);
            if (b != null) {
              out.add(dialogueSpeaker(a));
              out.add(dialogueSpeaker(b));
              return out;
            }
          }
        }
      }
      for (int k = from; k < to && out.size() < 2; k++) {
        Phrase p = phrase(k, to);
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
            out.add(new Attribution(ref.referent().name(), slice(ref.start(), ref.end()), "dialogue"));
          }
        }
      }
      if (out.size() == 1) {
        Attribution questioner = new Attribution("", "", "dialogue");
        boolean question = tok(first.closeToken()).text().equals("?")
            || first.closeToken() > 0 && tok(first.closeToken() - 1).text().equals("?");
        out.add(question ? 0 : 1, questioner);
      }
      return out;
    }

    Attribution dialogueSpeaker(Phrase p) {
      Referent r = resolve(p, p.start());
      return new Attribution(r == null ? "" : r.name(), slice(p.start(), p.end()), "dialogue");
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
      if (p == null || p.type() != PhraseType.NAME || p.end() > q.closeToken() || !tok(p.end()).text().equals(",")) {
        return null;
      }
      People.Person person = people.find(p.nameStart(), p.nameEnd());
      return person == null ? null : new Attribution(person.name, "", "");
    }

    /** A phrase read inside a dialogue line, whose tokens count as quoted. */
    Phrase phraseIgnoringQuotes(int k, int limit) {
      Token t = tok(k);
      if (!t.isWord() || !t.isCapitalized()) {
        return null;
      }
      int e = k;
      while (e < limit && tok(e).isWord() && tok(e).isCapitalized()) {
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
      if (own != null && known(own.speaker())) {
        return own;
      }
      List<String> words = words(q);
      for (int j = 0; j < spans.size(); j++) {
        if (j == i || found[j] == null || found[j] == Attribution.NONE || found[j].speaker().isEmpty()) {
          continue;
        }
        List<String> other = words(spans.get(j));
        if (!words.isEmpty() && (containsRun(other, words) || containsRun(words, other) && other.size() >= 3)) {
          return new Attribution(found[j].speaker(), found[j].mention(), "headline");
        }
      }
      return own != null ? own : Attribution.NONE;
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

    List<String> words(QuoteSpan q) {
      List<String> out = new ArrayList<>();
      int from = q.dialogue() ? q.openToken() + 1 : q.openToken() + 1;
      int to = q.dialogue() ? q.closeToken() + 1 : q.closeToken();
      for (int k = from; k < to; k++) {
        if (tok(k).isWord() || tok(k).kind() == TokenKind.NUMBER) {
          out.add(tok(k).lower());
        }
      }
      return out;
    }
  }

  /** True when {@code run} occurs in {@code list} as consecutive elements. */
  private static boolean containsRun(List<String> list, List<String> run) {
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

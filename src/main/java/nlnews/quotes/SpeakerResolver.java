package nlnews.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *   <li>the reporting clause after the quotation: {@code "…", zei X}, {@code "…", aldus X},
 *       {@code "…", zo zegt X}, {@code "…", laat X weten};
 *   <li>the clause before it: {@code X zei: "…"}, {@code X: "…"} (cue "colon"),
 *       {@code volgens X … "…"}, or a reporting verb earlier in the sentence
 *       ({@code zei hij dat … "…"});
 *   <li>the first part of a split quotation ({@code "…", zegt X, "…"}).
 * </ol>
 *
 * A name found there is the speaker (people before organisations before places); a pronoun (hij,
 * zij, ze) becomes the most salient compatible person before it: the first person mentioned in
 * the nearest earlier sentence that mentions one; a role noun (de president, de woordvoerder)
 * becomes the latest person introduced with that title ("president Volodymyr Zelensky"). An
 * unnamed person keeps the description ("een buurtbewoner"). Nothing found means no speaker:
 * never a guess. Thread-safe.
 */
public final class SpeakerResolver {

  private static final Set<String> MALE = Set.of("hij");
  private static final Set<String> FIRST_PERSON =
      Set.of("ik", "we", "wij", "ons", "onze", "mij", "me", "mijn", "m'n");
  private static final Set<String> FEMALE = Set.of("zij", "ze");
  private static final Set<String> NP_STOP =
      Set.of(
          "tegen", "op", "in", "tijdens", "bij", "na", "aan", "eraan", "daarop", "weten", "toe", "over",
          "vanuit", "vanochtend", "vanmiddag", "vanavond", "gisteren", "vandaag", "donderdag", "maandag",
          "dinsdag", "woensdag", "vrijdag", "zaterdag", "zondag", "later", "eerder", "nog", "ook", "al",
          "dan", "daarna", "toen", "verder", "namens", "via", "met", "zich", "het", "dat", "die", "desgevraagd",
          "telefonisch", "stellig", "zelf", "af", "uit", "erop");
  private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "die", "deze", "dat", "dit", "'t");
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "politie", "brandweer", "gemeente", "kabinet", "regering", "ministerie", "rechtbank", "rechter",
          "provincie", "bond", "vakbond", "bedrijf", "club", "directie", "organisatie", "stichting",
          "fabrikant", "omroep", "partij", "fractie", "raad", "school", "ziekenhuis", "universiteit",
          "veiligheidsregio", "ggd", "inspectie", "toezichthouder", "justitie", "leger", "marechaussee",
          "overheid", "burgemeester", "werkgever", "vereniging", "federatie", "fnv", "bank", "verzekeraar");

  private final SpeechVerbs verbs;
  private final Gazetteer gazetteer;

  public SpeakerResolver(SpeechVerbs verbs, Gazetteer gazetteer) {
    this.verbs = verbs;
    this.gazetteer = gazetteer;
  }

  /** What was found for one quotation. */
  private record Attribution(String speaker, String mention, String cue) {
    static final Attribution NONE = new Attribution("", "", "");
  }

  /** The people, organisations and places of the article, laid over its tokens. */
  private final class Context {
    final Article article;
    final TokenIndex index;
    final QuoteMarks marks;
    final Entity[] entityAt;
    final boolean[] mentionStart;
    final Map<Entity, Set<String>> titles = new HashMap<>();
    final Map<Entity, String> gender = new HashMap<>();

    Context(Article article, QuoteMarks marks, List<Entity> entities) {
      this.article = article;
      this.index = marks.index();
      this.marks = marks;
      this.entityAt = new Entity[index.size()];
      this.mentionStart = new boolean[index.size()];
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          int first = index.tokenAtOrAfter(m.start());
          if (first >= index.size() && m.start() < article.text().length()) {
            continue;
          }
          // a compound ("Kremlin-woordvoerder") mention starts inside its token
          if (first > 0 && first <= index.size() && (first == index.size() || index.get(first).start() > m.start())
              && index.get(first - 1).end() > m.start()) {
            first--;
          }
          for (int k = first; k < index.size() && index.get(k).start() < m.end(); k++) {
            if (entityAt[k] == null || e.type() == EntityType.PER) {
              entityAt[k] = e;
            }
          }
          if (first < index.size()) {
            mentionStart[first] = true;
          }
          if (e.type() == EntityType.PER) {
            noteTitle(e, first);
            noteApposition(e, index.tokenAtOrAfter(m.end()));
          }
        }
        if (e.type() == EntityType.PER) {
          String given = e.name().split(" ")[0];
          String g = gazetteer.firstName(given);
          if (g != null && !g.equals("-")) {
            gender.put(e, g);
          }
        }
      }
    }

    /** Records a title in an apposition after a mention: "Hanneke Visser, hoogleraar pijngeneeskunde". */
    private void noteApposition(Entity e, int after) {
      if (after + 1 >= index.size() || !index.get(after).text().equals(",")) {
        return;
      }
      int k = after + 1;
      if (DETERMINERS.contains(index.get(k).lower()) && k + 1 < index.size()) {
        k++;
      }
      Gazetteer.Title title = gazetteer.titleOfCompound(index.get(k).lower());
      if (title != null) {
        titles.computeIfAbsent(e, x -> new HashSet<>()).add(title.word());
        if (!title.gender().equals("-")) {
          gender.putIfAbsent(e, title.gender());
        }
      }
    }

    /**
     * Records the titles and role nouns before a person's mention: "president Zelensky",
     * "hoogleraar pijngeneeskunde prof. dr. Hanneke Visser", "de Waalse minister van Economie,
     * Sophie Renard".
     */
    private void noteTitle(Entity e, int first) {
      for (int k = first - 1; k >= Math.max(0, first - 7); k--) {
        Token t = index.get(k);
        if (t.text().equals(",") && k == first - 1) {
          continue; // an apposition
        }
        if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.ABBREVIATION) {
          break;
        }
        if (entityAt[k] != null && entityAt[k] != e && entityAt[k].type() == EntityType.PER) {
          break;
        }
        Gazetteer.Title title = gazetteer.titleOfCompound(t.lower());
        if (title != null) {
          titles.computeIfAbsent(e, x -> new HashSet<>()).add(title.word());
          if (!title.gender().equals("-")) {
            gender.putIfAbsent(e, title.gender());
          }
        }
      }
    }
  }

  public List<Quote> attribute(Article article, QuoteMarks marks, List<Entity> entities) {
    Context c = new Context(article, marks, entities);
    List<Quote> quotes = new ArrayList<>(marks.quotes().size());
    List<Attribution> found = new ArrayList<>();
    for (QuoteSpan q : marks.quotes()) {
      Attribution a;
      if (q.kind() == QuoteKind.SCARE) {
        a = Attribution.NONE;
      } else if (q.splitFrom() >= 0) {
        a = found.get(q.splitFrom());
        if (a == Attribution.NONE) {
          a = attribute(c, q);
        }
      } else {
        a = attribute(c, q);
        if (a == Attribution.NONE && !found.isEmpty()) {
          a = sameReport(c, marks.quotes(), found, q);
        }
        if (a == Attribution.NONE) {
          a = firstPersonSubject(c, q);
        }
      }
      found.add(a);
      quotes.add(
          new Quote(
              q.paragraph(), q.kind(), article.slice(q.start(), q.end()), q.start(), q.end(),
              a.speaker(), a.mention(), a.cue()));
    }
    return quotes;
  }

  /**
   * A direct quotation that follows an attributed one in the same paragraph with no other
   * speaker in between ("„…”, zegt X. „…”") continues it; so does a quotation in the same
   * sentence as an attributed one that a reporting verb introduced
   * ("zei hij dat … "niet concreets" … en dat hij "de mooie woorden" niet gelooft") shares its
   * report, and so its speaker.
   */
  private Attribution sameReport(Context c, List<QuoteSpan> spans, List<Attribution> found, QuoteSpan q) {
    int previous = found.size() - 1;
    QuoteSpan p = spans.get(previous);
    Attribution a = found.get(previous);
    if (a == Attribution.NONE || p.kind() == QuoteKind.SCARE || a.cue().equals("colon")) {
      return Attribution.NONE;
    }
    if (c.index.sentenceOf(p.closeToken()) == c.index.sentenceOf(q.openToken())) {
      return a;
    }
    if (q.kind() != QuoteKind.DIRECT || c.index.paragraphOf(p.closeToken()) != c.index.paragraphOf(q.openToken())) {
      return Attribution.NONE;
    }
    // Sentences between the two may speak of the same person ("Hij roemt de band"), no one else.
    int from = c.index.sentenceEnd(c.index.sentenceOf(p.closeToken()));
    for (int k = from; k < q.openToken(); k++) {
      Entity e = c.entityAt[k];
      Token t = c.index.get(k);
      if (e != null && e.type() == EntityType.PER && !e.name().equals(a.speaker())) {
        return Attribution.NONE;
      }
      if (MALE.contains(t.lower()) || FEMALE.contains(t.lower())) {
        Entity person = resolvePronoun(c, k, MALE.contains(t.lower()) ? "m" : "f");
        if (person == null || !person.name().equals(a.speaker())) {
          return Attribution.NONE;
        }
      }
    }
    return new Attribution(a.speaker(), a.mention(), "continued");
  }

  /**
   * A quotation that speaks in the first person (ik, wij, ons) inside a sentence about one
   * person, with no reporting verb: the words are that person's (cue "subject").
   */
  private static Attribution firstPersonSubject(Context c, QuoteSpan q) {
    boolean firstPerson = false;
    for (int k = q.openToken() + 1; k < q.closeToken(); k++) {
      if (FIRST_PERSON.contains(c.index.get(k).lower())) {
        firstPerson = true;
        break;
      }
    }
    if (!firstPerson) {
      return Attribution.NONE;
    }
    int from = c.index.sentenceStart(c.index.sentenceOf(q.openToken()));
    for (int k = from; k < q.openToken(); k++) {
      Entity e = c.entityAt[k];
      if (e != null && e.type() == EntityType.PER && c.mentionStart[k] && !c.marks.inQuote(k)) {
        return new Attribution(e.name(), mentionText(c, k, e), "subject");
      }
    }
    return Attribution.NONE;
  }

  private static String mentionText(Context c, int k, Entity e) {
    int end = k;
    while (end + 1 < c.index.size() && c.entityAt[end + 1] == e) {
      end++;
    }
    return c.article.slice(c.index.get(k).start(), c.index.get(end).end());
  }

  private Attribution attribute(Context c, QuoteSpan q) {
    Attribution a = tail(c, q);
    if (a != null) {
      return a;
    }
    a = head(c, q);
    return a != null ? a : Attribution.NONE;
  }

  /** {@code "…", zei X} / {@code "…", aldus X} / {@code "…", zo zegt X} / {@code "…", laat X weten}. */
  private Attribution tail(Context c, QuoteSpan q) {
    TokenIndex index = c.index;
    int k = q.closeToken() + 1;
    int paragraphEnd = index.paragraphEnd(index.paragraphOf(q.closeToken()));
    if (k < paragraphEnd && index.get(k).text().equals(",")) {
      k++;
    }
    if (k < paragraphEnd && index.get(k).lower().equals("zo")) {
      k++;
    }
    if (k >= paragraphEnd) {
      return null;
    }
    int clauseEnd = clauseEnd(index, k, paragraphEnd);
    Token t = index.get(k);
    if (t.lower().equals("volgens")) {
      return nounPhrase(c, k + 1, clauseEnd, "volgens", k + 1);
    }
    SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, clauseEnd, true);
    if (verb == null) {
      return null;
    }
    String cue = cue(index, k, clauseEnd, verb);
    Attribution a = nounPhrase(c, k + 1, clauseEnd, cue, k + 1);
    return a;
  }

  /** {@code X zei: "…"}, {@code X: "…"}, {@code volgens X "…"}, {@code zei hij dat … "…"}. */
  private Attribution head(Context c, QuoteSpan q) {
    TokenIndex index = c.index;
    int open = q.openToken();
    int sentence = index.sentenceOf(open);
    int from = index.sentenceStart(sentence);
    int colon = open - 1;
    if (open == index.paragraphStart(index.paragraphOf(open)) && open > 0 && index.get(open - 1).text().equals(":")) {
      from = index.sentenceStart(index.sentenceOf(open - 1)); // "Hij zei:" ending the paragraph before
    } else if (colon < from || !index.get(colon).text().equals(":")) {
      colon = -1;
    }
    // Skip over earlier quotations in the sentence: the clause that introduces this one follows them.
    for (int k = open - 1; k >= from; k--) {
      if (c.marks.inQuote(k) && k != open) {
        from = k + 1;
        break;
      }
    }
    if (colon >= 0) {
      for (int k = from; k < colon; k++) {
        SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, colon, true);
        if (verb != null && !verb.isCue()) {
          Attribution a = subjectOf(c, k, from, colon, cue(index, k, colon, verb));
          if (a != null) {
            return a;
          }
        }
      }
      Attribution a = firstNounPhrase(c, from, colon, "colon");
      if (a != null) {
        return a;
      }
    }
    for (int k = open - 1; k >= from; k--) {
      if (c.marks.inQuote(k)) {
        continue;
      }
      Token t = index.get(k);
      if (t.lower().equals("volgens")) {
        Attribution a = nounPhrase(c, k + 1, open, "volgens", k + 1);
        if (a != null) {
          return a;
        }
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, open, k == open - 1);
      if (verb != null && !verb.isCue()) {
        Attribution a = subjectOf(c, k, from, open, cue(index, k, open, verb));
        if (a != null) {
          return a;
        }
      }
    }
    // A reporting verb after a partial quotation in the same sentence: "… "…" noemde hij het".
    int end = index.sentenceEnd(index.sentenceOf(q.closeToken()));
    for (int k = q.closeToken() + 1; k < end; k++) {
      if (c.marks.inQuote(k)) {
        break;
      }
      SpeechVerbs.Verb verb = verbs.at(index.tokens(), k, end, false);
      if (verb != null && !verb.isCue()) {
        return subjectOf(c, k, q.closeToken() + 1, end, cue(index, k, end, verb));
      }
    }
    return null;
  }

  /**
   * The subject of the verb at {@code verb}: a person, pronoun or role before it in its clause
   * ("Hij noemde de begroting …"), else right after it in inverted order ("Daarna zei de
   * minister").
   */
  private Attribution subjectOf(Context c, int verb, int from, int to, String cue) {
    Attribution before = subjectBefore(c, verb, from, cue);
    return before != null ? before : nounPhrase(c, verb + 1, to, cue, verb + 1);
  }

  private Attribution subjectBefore(Context c, int verb, int from, String cue) {
    for (int k = verb - 1; k >= from; k--) {
      if (c.marks.inQuote(k)) {
        break;
      }
      Token t = c.index.get(k);
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",")) {
        break;
      }
      if (isSpeakerStart(c, k) && !precededBy(c, k, "tegen", "aan", "met", "over", "van", "door", "voor")) {
        int start = npStart(c, k, from);
        while (start > from && c.entityAt[start - 1] != null && c.entityAt[start - 1] == c.entityAt[k]) {
          start--;
        }
        Attribution a = nounPhrase(c, start, verb, cue, start);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The first speaker-like phrase in {@code [from, to)}, for {@code X was positief: "…"}. */
  private Attribution firstNounPhrase(Context c, int from, int to, String cue) {
    for (int k = from; k < to; k++) {
      if (c.marks.inQuote(k)) {
        continue;
      }
      if (isSpeakerStart(c, k) && !precededBy(c, k, "tegen", "aan", "met", "over", "van", "door", "voor", "in", "naar", "uit")) {
        Attribution a = nounPhrase(c, npStart(c, k, from), to, cue, k);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  private boolean isSpeakerStart(Context c, int k) {
    Token t = c.index.get(k);
    if (c.entityAt[k] != null && c.entityAt[k].type() != EntityType.MISC) {
      return true;
    }
    return MALE.contains(t.lower()) || FEMALE.contains(t.lower()) || gazetteer.titleOfCompound(t.lower()) != null;
  }

  /** Where the noun phrase around {@code k} starts: its determiner and adjectives included. */
  private int npStart(Context c, int k, int from) {
    int s = k;
    while (s - 1 >= from) {
      Token t = c.index.get(s - 1);
      if (t.kind() != TokenKind.WORD || c.marks.inQuote(s - 1)) {
        break;
      }
      boolean adjective = c.entityAt[s - 1] != null && c.entityAt[s - 1].type() == EntityType.MISC
          || gazetteer.placeOfAdjective(t.text()) != null;
      if (DETERMINERS.contains(t.lower())) {
        s--;
        break;
      }
      if (adjective || gazetteer.titleOfCompound(t.lower()) != null || (!t.isCapitalized() && t.lower().endsWith("e"))) {
        s--;
        continue;
      }
      break;
    }
    return s;
  }

  private static boolean precededBy(Context c, int k, String... words) {
    int p = k - 1;
    while (p >= 0 && (DETERMINERS.contains(c.index.get(p).lower()) || c.index.get(p).kind() == TokenKind.WORD && !c.index.get(p).isCapitalized() && c.index.get(p).lower().endsWith("e") && c.entityAt[p] == null)) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    String w = c.index.get(p).lower();
    for (String s : words) {
      if (w.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the speaker phrase that starts at {@code from}: a person, organisation or place
   * mention, a pronoun, a role noun, or an unnamed description; null when there is none.
   */
  private Attribution nounPhrase(Context c, int from, int to, String cue, int phraseStart) {
    TokenIndex index = c.index;
    int limit = Math.min(to, from + 8);
    int k = from;
    Entity best = null;
    int bestEnd = -1;
    int roleAt = -1;
    for (; k < limit; k++) {
      Token t = index.get(k);
      if (c.marks.inQuote(k)) {
        break;
      }
      if (t.kind() == TokenKind.PUNCTUATION || t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) {
        break;
      }
      String lower = t.lower();
      if (k == from && (MALE.contains(lower) || FEMALE.contains(lower))) {
        Entity person = resolvePronoun(c, k, MALE.contains(lower) ? "m" : "f");
        return new Attribution(person == null ? "" : person.name(), t.text(), cue);
      }
      Entity e = c.entityAt[k];
      if (e != null && e.type() != EntityType.MISC) {
        if (best == null || rank(e) < rank(best)) {
          best = e;
          int end = k;
          while (end + 1 < index.size() && c.entityAt[end + 1] == e) {
            end++;
          }
          bestEnd = end;
        }
        k = Math.max(k, bestEnd);
        continue;
      }
      if (k > from && NP_STOP.contains(lower) && !(best == null && roleAt < 0 && DETERMINERS.contains(lower))) {
        break;
      }
      if (gazetteer.titleOfCompound(lower) != null) {
        roleAt = k;
        continue;
      }
      if (t.kind() == TokenKind.ABBREVIATION || lower.equals("van") && roleAt >= 0 && best == null) {
        continue; // honorifics (mr., dr.) and "officier van justitie", "minister van Financiën"
      }
      if (t.kind() != TokenKind.WORD) {
        break;
      }
      if (best != null) {
        break; // words after the name belong to the rest of the clause
      }
      if (INSTITUTIONS.contains(lower) || k == from + 1 && index.get(from).lower().equals("een")) {
        roleAt = roleAt < 0 ? k : roleAt;
        continue;
      }
      if (!DETERMINERS.contains(lower) && !t.lower().endsWith("e") && roleAt < 0 && k > from && !t.isCapitalized()) {
        break;
      }
    }
    if (best != null) {
      int start = Math.min(phraseStart, from);
      return new Attribution(best.name(), c.article.slice(index.get(start).start(), index.get(bestEnd).end()), cue);
    }
    if (roleAt >= 0) {
      Token role = index.get(roleAt);
      String mention = c.article.slice(index.get(from).start(), role.end());
      Gazetteer.Title title = gazetteer.titleOfCompound(role.lower());
      Entity person = title == null ? null : resolveRole(c, from, title.word());
      if (person != null) {
        return new Attribution(person.name(), mention, cue);
      }
      String first = index.get(from).lower();
      if (first.equals("een")) {
        return new Attribution(mention, mention, cue); // an unnamed person keeps the description
      }
      if (INSTITUTIONS.contains(role.lower()) && DETERMINERS.contains(first)) {
        return new Attribution(c.article.slice(index.get(from + 1).start(), role.end()), mention, cue);
      }
      return new Attribution("", mention, cue);
    }
    return null;
  }

  private static int rank(Entity e) {
    return switch (e.type()) {
      case PER -> 0;
      case ORG -> 1;
      case LOC -> 2;
      default -> 3;
    };
  }

  /**
   * The first compatible person in the nearest sentence before {@code at} that mentions one by
   * name or by a role noun ("De minister repliceerde … zei ze"), looking back at most two
   * paragraphs.
   */
  private Entity resolvePronoun(Context c, int at, String gender) {
    TokenIndex index = c.index;
    int sentence = index.sentenceOf(at);
    int oldestParagraph = index.paragraphOf(at) - 2;
    for (int s = sentence; s >= 0 && index.paragraphOf(index.sentenceStart(s)) >= oldestParagraph; s--) {
      int from = index.sentenceStart(s);
      int to = s == sentence ? at : index.sentenceEnd(s);
      for (int k = from; k < to; k++) {
        if (c.marks.inQuote(k)) {
          continue;
        }
        Entity e = c.entityAt[k];
        if (e == null && k > from - 1 && k > 0 && DETERMINERS.contains(index.get(k - 1).lower())) {
          Gazetteer.Title title = gazetteer.titleOfCompound(index.get(k).lower());
          if (title != null && (title.gender().equals("-") || title.gender().equals(gender))) {
            e = resolveRole(c, k, title.word());
          }
        } else if (e != null && !(e.type() == EntityType.PER && c.mentionStart[k])) {
          e = null;
        }
        if (e != null) {
          String g = c.gender.get(e);
          if (g == null || g.equals(gender)) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /** The person most recently introduced with the title {@code title} before {@code at}. */
  private Entity resolveRole(Context c, int at, String title) {
    for (int k = at - 1; k >= 0; k--) {
      Entity e = c.entityAt[k];
      if (e != null && e.type() == EntityType.PER && c.mentionStart[k]) {
        Set<String> titles = c.titles.get(e);
        if (titles != null && titles.contains(title)) {
          return e;
        }
      }
    }
    return null;
  }

  private static int clauseEnd(TokenIndex index, int from, int paragraphEnd) {
    int k = from;
    while (k < paragraphEnd) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.QUOTE) {
        break;
      }
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",")) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The cue as written: the verb form, with its particle when it was split off ("voegde toe"). */
  private static String cue(TokenIndex index, int k, int clauseEnd, SpeechVerbs.Verb verb) {
    String form = index.get(k).text();
    if (verb.particle().isEmpty() || index.get(k).lower().startsWith(verb.particle())) {
      return form;
    }
    return form + " " + verb.particle();
  }
}

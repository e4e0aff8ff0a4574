package nlnews.entities;

import java.util.List;
import nlnews.model.Article;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Corrects one name the model found, with the gazetteer and the rules' names as evidence, in
 * this order:
 *
 * <ol>
 *   <li>a hyphenated compound the model tags whole ("Kremlin-woordvoerder", MISC in the CoNLL
 *       convention) becomes a mention of its name part as the rules read it ("Kremlin", ORG),
 *       or nothing when the rules see no name in it ("Oud-premier");
 *   <li>an ordinary word that opens the sentence (a common word, or one the article also writes
 *       in lower case) is no name, nor the first word of one;
 *   <li>a title or role noun alone is no name ("Volgens CEO Laurent Mertens");
 *   <li>a department after a title belongs to the title ("minister van Economie"); a name after
 *       it starts at its first name;
 *   <li>a common noun opening the sentence before a known name is no part of it ("Gastland
 *       Turkije"), nor a noun of a kind of thing ("Netbeheerder Enduris");
 *   <li>an inflected place adjective before a known name is no part of it ("Haagse Binnenhof"),
 *       an uninflected one before an organisation is ("Vlaams Instituut voor Biotechnologie");
 *   <li>where a gazetteer name covers the model's name, the gazetteer's extent and type win (it
 *       follows this tool's conventions; the training data follows De Morgen's of 2000), and an
 *       organisation word the training data did not teach makes a MISC name an organisation.
 * </ol>
 *
 * Thread-safe and pure.
 */
final class ModelNameCorrector {

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  ModelNameCorrector(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /**
   * The corrected {@code span}, which starts at {@code place} (null: at no token, and kept as it
   * is), or null when it is no name; {@code rules} are the rules' names in text order, without
   * overlaps, as {@link RuleNameFinder} gives them.
   */
  NameSpan correct(Article article, NameSpan span, TokenPlace place, List<NameSpan> rules, ArticleCasing casing) {
    if (place == null) {
      return span;
    }
    Token first = place.first();
    if (first.end() == span.end() && NameShapes.compoundHyphen(first.text()) > 0) {
      return namePartOfCompound(span, rules);
    }
    span = withoutOrdinaryOpeners(span, place, casing);
    if (span == null) {
      return null;
    }
    if (first.end() == span.end() && gazetteer.title(first.lower()) != null && gazetteer.name(first.text()) == null) {
      return null; // a title alone
    }
    if (place.index() >= 2 && words.isDepartmentLink(place.token(-1).lower())
        && gazetteer.titleOfCompound(place.token(-2).lower()) != null && words.headsDepartment(place.token(-2).lower())) {
      if (first.end() == span.end()) {
        return null; // the department alone
      }
      span = personAfterDepartment(span, place);
    }
    span = withoutCommonNounBeforeKnownName(article, span, place);
    span = withoutKindNounOpeningTheSentence(span, place);
    span = withPlaceAdjectiveRead(article, span, place);
    return withGazetteerReading(span, rules);
  }

  /** The rules' name inside a compound tagged whole, or null when they found none. */
  private static NameSpan namePartOfCompound(NameSpan span, List<NameSpan> rules) {
    int i = firstEndingAfter(rules, span.start());
    if (i < rules.size() && rules.get(i).start() < span.start()) {
      i++; // it starts before the compound; the next starts after its end
    }
    if (i < rules.size() && rules.get(i).end() <= span.end()) {
      NameSpan r = rules.get(i);
      return new NameSpan(r.start(), r.end(), r.type(), span.paragraph(), "model+" + r.evidence());
    }
    return null; // the rules found no name in it: "Oud-premier", "Anti-oorlogsbetoging"
  }

  /**
   * The index of the first of the {@code rules} (in text order, without overlaps, so their ends
   * ascend too) that ends after {@code offset}, or their number: a binary search, as an article
   * can have a thousand names.
   */
  private static int firstEndingAfter(List<NameSpan> rules, int offset) {
    int lo = 0;
    int hi = rules.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rules.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The span without the ordinary words that open it at the start of a sentence ("Dinsdag",
   * "Maar" in "Maar Rutte"), or null when nothing else is left.
   */
  private NameSpan withoutOrdinaryOpeners(NameSpan span, TokenPlace place, ArticleCasing casing) {
    List<Token> sentence = place.sentence();
    int start = span.start();
    int index = place.index();
    while (start < span.end() && NameShapes.capitalSaysNothing(sentence, index)) {
      Token t = sentence.get(index);
      boolean ordinary =
          t.kind() == TokenKind.WORD
              && (gazetteer.isCommonWord(t.lower()) || casing.writesLowerCase(t.lower()))
              && !casing.capitalisesInside(t.text())
              && gazetteer.name(t.text()) == null
              && !(t.end() < span.end() && gazetteer.isParticle(t.lower())) // "De Graaf", "Van Dam"
              && !(t.end() < span.end() && gazetteer.firstName(t.text()) != null); // "Frank Vandenbroucke"
      if (!ordinary) {
        break;
      }
      if (t.end() >= span.end()) {
        return null;
      }
      index++;
      start = sentence.get(index).start();
    }
    return start == span.start()
        ? span
        : new NameSpan(start, span.end(), span.type(), span.paragraph(), span.evidence() + "-trimmed");
  }

  /**
   * The person's name after a title's department ("minister van Defensie Kajsa Ollongren"): from
   * its first known first name, else after the department's one word.
   */
  private NameSpan personAfterDepartment(NameSpan span, TokenPlace place) {
    List<Token> sentence = place.sentence();
    Token nameStart = null;
    for (int k = place.index() + 1; k < sentence.size() && sentence.get(k).end() <= span.end(); k++) {
      if (gazetteer.firstName(sentence.get(k).text()) != null) {
        nameStart = sentence.get(k);
        break;
      }
    }
    if (nameStart == null) {
      nameStart = place.token(1); // the department is one word
    }
    return new NameSpan(nameStart.start(), span.end(), EntityType.PER, span.paragraph(), span.evidence() + "-after-department");
  }

  /**
   * The span without a noun of a kind of thing that opens the sentence before the name
   * ("Netbeheerder Enduris meldt": the noun says what Enduris is, {@link KindNounCue}); an
   * organisation word stays ("Stichting Salvage" is the name).
   */
  private NameSpan withoutKindNounOpeningTheSentence(NameSpan span, TokenPlace place) {
    Token first = place.first();
    if (first.end() >= span.end() || !NameShapes.capitalSaysNothing(place.sentence(), place.index())
        || words.kindOf(first.lower()) == null || words.isOrganisationWord(first.lower()) || gazetteer.name(first.text()) != null) {
      return span;
    }
    return new NameSpan(place.token(1).start(), span.end(), span.type(), span.paragraph(), span.evidence() + "-kind-noun");
  }

  /**
   * The span without an inflected place adjective before a known name ("Haagse Binnenhof": the
   * adjective is a name of its own), or with an uninflected one right before an organisation
   * ("Vlaams Instituut voor Biotechnologie", "Nederlands Elftal"), which belongs to its name.
   */
  private NameSpan withPlaceAdjectiveRead(Article article, NameSpan span, TokenPlace place) {
    Token first = place.first();
    if (first.end() < span.end() && endsLikeAdjective(first.text()) && gazetteer.placeOfAdjective(first.text()) != null
        && gazetteer.name(EntityResolver.normaliseSpace(article.slice(place.token(1).start(), span.end()))) != null) {
      return new NameSpan(place.token(1).start(), span.end(), span.type(), span.paragraph(), span.evidence() + "-adjective");
    }
    if (span.type() == EntityType.ORG && place.index() > 0) {
      Token before = place.token(-1);
      if (before.isCapitalized() && !endsLikeAdjective(before.text()) && gazetteer.placeOfAdjective(before.text()) != null
          && before.end() + 1 == first.start()) {
        return new NameSpan(before.start(), span.end(), span.type(), span.paragraph(), span.evidence() + "+adjective");
      }
    }
    return span;
  }

  /** The span without a common noun opening the sentence before a known name: "Gastland Turkije". */
  private NameSpan withoutCommonNounBeforeKnownName(Article article, NameSpan span, TokenPlace place) {
    Token first = place.first();
    if (first.end() < span.end() && NameShapes.capitalSaysNothing(place.sentence(), place.index())
        && gazetteer.name(first.text()) == null && gazetteer.firstName(first.text()) == null
        && gazetteer.name(EntityResolver.normaliseSpace(article.slice(place.token(1).start(), span.end()))) != null) {
      return new NameSpan(place.token(1).start(), span.end(), span.type(), span.paragraph(), span.evidence() + "-trimmed");
    }
    return span;
  }

  /**
   * The gazetteer's reading where one of the rules' known names covers the span ("ministerie van
   * Defensie" where the model, trained on another convention, saw only "Defensie"), or an
   * organisation the rules read from an organisation word where the model saw MISC
   * ("Noorderlicht Capital"); else the span.
   */
  private static NameSpan withGazetteerReading(NameSpan span, List<NameSpan> rules) {
    // Only the rules' name that contains the span's start can cover the span or match it.
    int i = firstEndingAfter(rules, span.start());
    if (i == rules.size() || rules.get(i).start() > span.start()) {
      return span;
    }
    NameSpan r = rules.get(i);
    if (r.evidence().equals(RuleEvidence.GAZETTEER.label()) && r.end() >= span.end()
        && (r.type() != span.type() || r.end() - r.start() > span.end() - span.start())) {
      return new NameSpan(r.start(), r.end(), r.type(), span.paragraph(), "model+gazetteer");
    }
    if (r.evidence().equals(RuleEvidence.ORGANISATION_WORD.label()) && r.start() == span.start() && r.end() == span.end()
        && span.type() == EntityType.MISC) {
      return new NameSpan(span.start(), span.end(), EntityType.ORG, span.paragraph(), "model+organisation-word");
    }
    return span;
  }

  /** True when {@code word} has the ending of an inflected adjective: "Vlaamse" ({@code adjective-ending}). */
  private boolean endsLikeAdjective(String word) {
    for (String ending : words.rules().adjectiveEndings()) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}

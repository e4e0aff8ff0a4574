package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Finds the names in a sentence that are runs of capitalised words, joined by surname particles
 * after a first name or initial ("Marleen de Graaf", "J. van Dijk"), in the tokens the
 * {@link KnownNameMatcher} left. It trims the context off a run: a department after a title
 * ("minister van Begroting Katrien Vermeulen"), an ordinary word opening the sentence ("Maar
 * Rutte"), titles written with a capital ("President Zelensky"). What is left is typed by the
 * gazetteer or, unknown, by its context ({@link ContextTyper}). Thread-safe.
 */
final class CapitalRunFinder {

  /**
   * The most characters between two capitalised words of one run: one space. A line break with
   * indentation, or a double space, more often separates a heading or a list from what follows.
   */
  private static final int MOST_SPACE_IN_NAME = 1;

  /**
   * The most words of a surname particle: Dutch ones have one or two ("de", "van der", "in 't");
   * the longest in name-particles.tsv has three ("von und zu").
   */
  private static final int LONGEST_PARTICLE = 3;

  private final Gazetteer gazetteer;
  private final NameContextWords words;
  private final ContextTyper typer;

  CapitalRunFinder(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.typer = new ContextTyper(gazetteer, words);
  }

  /** The names of the runs in {@code sentence}, in text order, outside the tokens {@code known} claimed. */
  List<RuleCandidate> find(SentenceView sentence, KnownNameMatcher.Matches known) {
    List<RuleCandidate> names = new ArrayList<>();
    int n = sentence.size();
    for (int i = 0; i < n; i++) {
      if (known.claimed(i) || !NameShapes.startsName(sentence.token(i))) {
        continue;
      }
      int j = runEnd(sentence, known, i);
      RuleCandidate name = name(sentence, i, j);
      if (name != null) {
        names.add(name);
      }
      i = j - 1;
    }
    return names;
  }

  /** Where the run that starts at token {@code from} ends (exclusive). */
  private int runEnd(SentenceView sentence, KnownNameMatcher.Matches known, int from) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    int j = from + 1;
    while (j < n && !known.claimed(j)) {
      Token t = tokens.get(j);
      if (NameShapes.startsName(t) && t.start() - tokens.get(j - 1).end() <= MOST_SPACE_IN_NAME) {
        j++;
        continue;
      }
      int particles = particleRun(tokens, j);
      Token beforeParticle = tokens.get(j - 1);
      boolean givenBefore = gazetteer.firstName(beforeParticle.text()) != null || beforeParticle.kind() == TokenKind.ABBREVIATION;
      if (j - 1 == from && isSurnameParticle(beforeParticle)) {
        particles = restOfParticle(tokens, from); // "Van der Voort"
        givenBefore = particles > 0;
      }
      if (particles > 0 && givenBefore && j + particles < n && !known.claimed(j + particles)
          && NameShapes.startsName(tokens.get(j + particles))) {
        j += particles + 1;
        continue;
      }
      break;
    }
    return j;
  }

  /** The name in the run {@code [from, to)} once its context is trimmed off, or null when none is left. */
  private RuleCandidate name(SentenceView sentence, int from, int to) {
    List<Token> tokens = sentence.tokens();
    int i = from;
    if (followsTitleAndLink(tokens, from)) {
      // "minister van Begroting Katrien Vermeulen": the department belongs to the title; the
      // name starts at the first known first name, else it is the last capitalised word.
      int name = firstFirstName(tokens, from, to);
      if (name < 0) {
        name = to - 1;
      }
      if (name == from && to - from == 1) {
        return null; // "minister van Defensie": a department, no name
      }
      i = name;
    }
    if (sentence.capitalSaysNothing(from)) {
      i = afterOrdinaryOpener(sentence, i, to);
      if (i < 0) {
        return null;
      }
    }
    i = afterCapitalisedTitles(tokens, i, to);
    if (i >= to) {
      return null;
    }
    while (to > i && !NameShapes.startsName(tokens.get(to - 1))) {
      to--;
    }
    if (to <= i) {
      return null;
    }
    String text = sentence.text(i, to);
    Gazetteer.Entry known = gazetteer.name(text);
    RuleCandidate.Reading reading =
        known != null
            ? new RuleCandidate.Reading(known.type(), RuleCandidate.KNOWN, RuleEvidence.GAZETTEER)
            : typer.read(tokens, i, to);
    return new RuleCandidate(tokens.get(i).start(), tokens.get(to - 1).end(), sentence.paragraph(), text, to - i, reading);
  }

  /** True when token {@code i} follows a title and the link to its department: "minister van". */
  private boolean followsTitleAndLink(List<Token> tokens, int i) {
    return i >= 2 && words.isDepartmentLink(tokens.get(i - 1).lower())
        && gazetteer.titleOfCompound(tokens.get(i - 2).lower()) != null && words.headsDepartment(tokens.get(i - 2).lower());
  }

  /**
   * Where the name starts in a run that opens a sentence at token {@code i}: after its first
   * word when that is an ordinary word ("Maar Rutte"), and after the particles that word leaves
   * dangling ("Maar de Jong"); or -1 when the run is one unknown capitalised word that only ever
   * opens a sentence.
   */
  private int afterOrdinaryOpener(SentenceView sentence, int i, int to) {
    Token first = sentence.token(i);
    ArticleCasing casing = sentence.casing();
    boolean common = gazetteer.isCommonWord(first.lower());
    boolean known = gazetteer.firstName(first.text()) != null || casing.capitalisesOrInitialsInside(first.text());
    boolean ordinary = common || casing.writesLowerCase(first.lower());
    boolean title = gazetteer.titleOfCompound(first.lower()) != null && to - i > 1;
    boolean surname = to - i > 1 && (isSurnameParticle(first) || gazetteer.firstName(first.text()) != null); // "Van Dijk", "Frank Smit"
    if (ordinary && !title && !surname && !(known && !common)) {
      i++;
      while (i < to && !NameShapes.startsName(sentence.token(i))) {
        i++;
      }
      return i;
    }
    if (to - i == 1 && !known && !NameShapes.isAcronym(first.text())) {
      return -1;
    }
    return i;
  }

  /**
   * Where the name starts after titles written with a capital ("President Zelensky", "Volgens
   * CEO Laurent Mertens"): they are context, not part of the name. After a title and a
   * department ("Minister van Begroting Katrien Vermeulen") the name starts at the first known
   * first name, else it is the last capitalised word.
   */
  private int afterCapitalisedTitles(List<Token> tokens, int i, int to) {
    int titled = i;
    while (i < to - 1 && tokens.get(i).kind() == TokenKind.WORD && gazetteer.titleOfCompound(tokens.get(i).lower()) != null
        && gazetteer.firstName(tokens.get(i).text()) == null) {
      i++;
    }
    if (i > titled && i < to && particleRun(tokens, i) > 0) {
      int name = firstFirstName(tokens, i, to);
      return name >= 0 ? name : to - 1;
    }
    return i;
  }

  /**
   * True for a capitalised particle that is no article: "Van", "Ter", "Von" open a surname ("Van
   * Dijk"), where "De" as often opens a sentence ("De Kamer").
   */
  private boolean isSurnameParticle(Token t) {
    return t.kind() == TokenKind.WORD && t.isCapitalized() && gazetteer.isParticle(t.lower()) && !gazetteer.isArticle(t.lower());
  }

  /** The number of lower-case tokens after the capitalised particle at {@code from} that continue it ("Van der"), or 0. */
  private int restOfParticle(List<Token> tokens, int from) {
    StringBuilder particle = new StringBuilder(tokens.get(from).lower());
    int k = from + 1;
    while (k < tokens.size() && k - from <= LONGEST_PARTICLE && tokens.get(k).kind() == TokenKind.WORD && !tokens.get(k).isCapitalized()
        && gazetteer.isParticle(particle + " " + tokens.get(k).lower())) {
      particle.append(' ').append(tokens.get(k).lower());
      k++;
    }
    return k - from - 1;
  }

  /** The first token of {@code tokens[from, to)} that is a known first name, or -1. */
  private int firstFirstName(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (gazetteer.firstName(tokens.get(k).text()) != null) {
        return k;
      }
    }
    return -1;
  }

  /** The number of tokens of a surname particle (van, van der, de, ter) at {@code i}, or 0. */
  private int particleRun(List<Token> tokens, int i) {
    for (int length = LONGEST_PARTICLE; length >= 1; length--) {
      if (i + length > tokens.size()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      boolean words = true;
      for (int k = i; k < i + length; k++) {
        Token t = tokens.get(k);
        if (t.kind() != TokenKind.WORD || t.isCapitalized()) {
          words = false;
          break;
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(t.lower());
      }
      if (words && gazetteer.isParticle(b.toString())) {
        return length;
      }
    }
    return 0;
  }
}

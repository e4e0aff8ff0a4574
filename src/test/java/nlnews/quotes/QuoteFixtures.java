package nlnews.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Quote;
import nlnews.model.SourceText;
import nlnews.text.ArticleParser;
import nlnews.text.Language;
import nlnews.text.TokenIndex;

/**
 * Builds the quote rules' inputs from literal text, with no statistical model: the text is
 * parsed, its quotation marks are paired, and its names are written out by hand in the test row
 * instead of found by the name model, so that retraining the model cannot move a rule's test.
 *
 * <p>Names are written as {@code Karin Jansen|Jansen=PER; FNV=ORG}: entities separated by
 * {@code ;}, each its forms separated by {@code |} (the first is its name) and its type (PER,
 * ORG, LOC, MISC). Every occurrence of a form in the text that stands as whole words is a mention,
 * longer forms first; an empty string means no names.
 */
final class QuoteFixtures {

  static final Language DUTCH = Language.dutch();
  static final SpeechVerbs VERBS = SpeechVerbs.load(DUTCH);
  static final QuoteNouns NOUNS = QuoteNouns.load(DUTCH);
  static final Gazetteer GAZETTEER = Gazetteer.load(DUTCH);
  static final QuoteWords WORDS = NOUNS.words();
  private static final ArticleParser PARSER = new ArticleParser(DUTCH.analyzer());
  private static final QuoteFinder FINDER = new QuoteFinder(VERBS, NOUNS);
  private static final SpeakerResolver RESOLVER = new SpeakerResolver(VERBS, NOUNS, GAZETTEER);

  private QuoteFixtures() {}

  /** A parsed text: its tokens, quotation marks and hand-written names. */
  record Parsed(Article article, TokenIndex index, QuoteMarks marks, List<Entity> entities) {

    MarkedTokens tokens() {
      return new MarkedTokens(index, marks);
    }

    WordClasses classes(MarkedTokens tokens) {
      return new WordClasses(tokens, entities, GAZETTEER, NOUNS);
    }

    People people() {
      return new People(article, index, entities, GAZETTEER, NOUNS,
          new SpeakerSlots(tokens(), entities, GAZETTEER, VERBS, WORDS).names());
    }

    PhraseChunker chunker(MarkedTokens tokens, WordClasses classes, People people) {
      return new PhraseChunker(tokens, classes, people, VERBS, GAZETTEER, WORDS);
    }
  }

  /** The expected values of a test row, separated by "|". */
  static List<String> expected(String row) {
    return List.of(row.trim().split("\\|"));
  }

  /** {@code text} ("\n" written as a backslash and n stands for a line break) with the names {@code names}. */
  static Parsed parse(String text, String names) {
    names = names == null ? "" : names; // an empty column of a CSV row
    Article article = PARSER.parse(SourceText.of("fixture", text.replace("\\n", "\n")));
    TokenIndex index = new TokenIndex(article);
    return new Parsed(article, index, FINDER.find(index), entities(article, index, names));
  }

  /** The quotations of {@code text} with their speakers, the names being {@code names}. */
  static List<Quote> quotes(String text, String names) {
    Parsed p = parse(text, names);
    return RESOLVER.attribute(p.index(), p.marks(), p.entities());
  }

  /**
   * The entities {@code spec} describes, with their mentions found in the article's text: every
   * whole-word occurrence of a form, longer forms first, none inside another mention (as the
   * recogniser takes "ministerie van Defensie" whole, not "Defensie" in it).
   */
  static List<Entity> entities(Article article, TokenIndex index, String spec) {
    List<String> names = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    List<List<String>> forms = new ArrayList<>();
    for (String part : spec.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.lastIndexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("a name without its type: " + part);
      }
      forms.add(List.of(part.substring(0, eq).trim().split("\\s*\\|\\s*")));
      names.add(forms.get(forms.size() - 1).get(0));
      types.add(EntityType.valueOf(part.substring(eq + 1).trim().toUpperCase(Locale.ROOT)));
    }
    List<List<Mention>> mentions = mentions(article, index, forms);
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < names.size(); e++) {
      if (mentions.get(e).isEmpty()) {
        throw new IllegalArgumentException("no mention of " + forms.get(e) + " in the text");
      }
      entities.add(new Entity(names.get(e), types.get(e), mentions.get(e), forms.get(e), ""));
    }
    return entities;
  }

  private static List<List<Mention>> mentions(Article article, TokenIndex index, List<List<String>> forms) {
    String text = article.text();
    List<int[]> longestFirst = new ArrayList<>(); // {entity, form}
    for (int e = 0; e < forms.size(); e++) {
      for (int f = 0; f < forms.get(e).size(); f++) {
        longestFirst.add(new int[] {e, f});
      }
    }
    longestFirst.sort((a, b) -> Integer.compare(forms.get(b[0]).get(b[1]).length(), forms.get(a[0]).get(a[1]).length()));
    List<List<Mention>> mentions = new ArrayList<>();
    forms.forEach(f -> mentions.add(new ArrayList<>()));
    List<Mention> taken = new ArrayList<>();
    for (int[] ef : longestFirst) {
      String form = forms.get(ef[0]).get(ef[1]);
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        int start = at;
        int end = at + form.length();
        boolean whole = (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (whole && taken.stream().noneMatch(m -> m.start() < end && start < m.end())) {
          Mention m = new Mention(form, start, end, index.paragraphNumberOf(index.tokenAtOrAfter(start)));
          taken.add(m);
          mentions.get(ef[0]).add(m);
        }
      }
    }
    mentions.forEach(list -> list.sort((a, b) -> Integer.compare(a.start(), b.start())));
    return mentions;
  }
}

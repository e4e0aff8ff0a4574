package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;
import opennlp.tools.util.Span;

/**
 * Finds names with a trained model ({@link NerModel}) and refines them with the rules and
 * gazetteers of {@link RuleNameFinder} ({@link NameRefiner}). The finder is shared; each thread
 * tags through its own {@link DocumentTagger}.
 */
public final class StatisticalNameFinder implements NameFinder {

  private final NerModel model;
  private final RuleNameFinder rules;
  private final NameRefiner refiner;

  public StatisticalNameFinder(NerModel model, Gazetteer gazetteer, NameContextWords words) {
    this.model = model;
    this.rules = new RuleNameFinder(gazetteer, words);
    this.refiner = new NameRefiner(gazetteer, words);
  }

  @Override
  public NameTagger newTagger() {
    DocumentTagger tagger = model.newTagger();
    return index -> tag(tagger, index);
  }

  private List<NameSpan> tag(DocumentTagger tagger, TokenIndex index) {
    List<String[]> words = new ArrayList<>(index.sentenceCount());
    for (int s = 0; s < index.sentenceCount(); s++) {
      words.add(modelTokens(index.sentenceTokens(s)));
    }
    List<Span[]> spans = tagger.tag(words);
    List<NameSpan> found = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      List<Token> tokens = index.sentenceTokens(s);
      for (Span span : spans.get(s)) {
        EntityType type = NameRefiner.type(span.getType());
        if (type != null) {
          found.add(new NameSpan(tokens.get(span.getStart()).start(), tokens.get(span.getEnd() - 1).end(), type,
              index.paragraphNumberOfSentence(s), "model"));
        }
      }
    }
    ArticleCasing casing = ArticleCasing.of(index);
    return refiner.refine(index, casing, found, rules.tag(index, casing));
  }

  /**
   * The tokens as the model saw them in training: quotation marks of every style as {@code "}
   * and dashes as {@code -}, the way the CoNLL data writes them.
   */
  static String[] modelTokens(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      Token t = tokens.get(i);
      words[i] = t.kind() == TokenKind.QUOTE ? "\"" : t.kind() == TokenKind.DASH ? "-" : t.text();
    }
    return words;
  }
}

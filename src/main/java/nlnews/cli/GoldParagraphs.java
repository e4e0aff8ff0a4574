package nlnews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nlnews.eval.GoldArticle;
import nlnews.eval.GoldArticleReader;
import nlnews.input.ArticleDecoder;
import nlnews.input.InputException;
import nlnews.input.MetadataHeader;
import nlnews.model.SourceText;

/**
 * The paragraph tones of a folder of gold articles (every {@code NAME.gold.json} with its article
 * beside it, the format 'nlnews eval' reads), for fitting the tone model to paragraphs of news:
 * each Dutch article's text and the gold tone of each of its paragraphs by number.
 */
final class GoldParagraphs {

  /** One article: its text as the analysis reads it, and the gold tone (-1, 0, 1) by paragraph number. */
  record Article(SourceText source, Map<Integer, Integer> tones) {
    Article {
      tones = Map.copyOf(tones);
    }
  }

  /** The articles of one folder, in the order of their gold files' names. */
  record Folder(Path path, List<Article> articles) {
    Folder {
      articles = List.copyOf(articles);
    }

    int paragraphs() {
      return articles.stream().mapToInt(a -> a.tones().size()).sum();
    }

    /** The folder as the model file's provenance names it. */
    String describe() {
      return String.format(Locale.ROOT, "%s (%d paragraphs of %d gold articles)", path, paragraphs(), articles.size());
    }
  }

  private static final String GOLD_SUFFIX = ".gold.json";

  private GoldParagraphs() {}

  /** Reads every gold article of {@code folder}; a file that cannot be read fails the whole folder. */
  static Folder read(Path folder) throws InputException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Reason.NOT_FOUND, folder + ": no such directory");
    } catch (IOException e) {
      throw new InputException(InputException.Reason.UNREADABLE, folder + ": " + e.getMessage());
    }
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      GoldArticle gold;
      String text;
      try {
        gold = GoldArticleReader.read(ArticleDecoder.decode(Files.readAllBytes(file), null));
        if (!gold.language().equals("nl")) {
          continue;
        }
        text = ArticleDecoder.decode(Files.readAllBytes(folder.resolve(gold.file())), null);
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(InputException.Reason.UNREADABLE, file + ": " + e.getMessage());
      }
      Map<Integer, Integer> tones = new TreeMap<>();
      for (GoldArticle.Paragraph p : gold.paragraphs()) {
        tones.put(p.index(), p.tone());
      }
      articles.add(new Article(MetadataHeader.read(gold.file(), text), tones));
    }
    return new Folder(folder, articles);
  }
}

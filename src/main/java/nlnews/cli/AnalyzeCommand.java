package nlnews.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** nlnews analyze: entities, quotes and tone of each article in one pass. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Entities, quotations and paragraph tone of each article in one pass: a report for people "
          + "(text), JSON Lines with one object per article, entity, quote, paragraph and mention "
          + "(jsonl), or five CSV/TSV files with --output-dir."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews analyze testdata/articles/000_5c69a24cfa2252fd.txt",
      "  nlnews analyze --format jsonl testdata/articles > analysis.jsonl",
      "  nlnews analyze --output-dir tables testdata/articles",
      "  nlnews analyze --format jsonl testdata/tables/artikelen.csv"
    })
final class AnalyzeCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write articles.csv, entities.csv, quotes.csv, sentiment.csv and mentions.csv into DIR "
              + "(created if needed; .tsv with --format tsv) instead of a report.")
  Path outputDir;

  @Override
  Set<Stage> stages() {
    return EnumSet.allOf(Stage.class);
  }

  @Override
  List<Table> tables() {
    return List.of(Tables.ARTICLES, Tables.ENTITIES, Tables.QUOTES, Tables.SENTIMENT, Tables.MENTIONS);
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.of(TextWriter.Section.ENTITIES, TextWriter.Section.QUOTES, TextWriter.Section.TONE);
  }

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Path outputDir() {
    return outputDir;
  }
}

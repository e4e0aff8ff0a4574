package nlnews.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** nlnews quotes: quotations with their kind, speaker and the evidence for it. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the quotations of each article in text order: direct, partial, scare or title, with "
          + "the speaker, the words that named the speaker, and the reporting cue.",
      "Columns: article, date, source, paragraph, kind, speaker, speaker_mention, cue, quote, start, end.",
      "'nlnews quotes eval GOLD' measures the quotes against a gold file; see 'nlnews quotes eval --help'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews quotes testdata/articles/01_gelderland_formatie.txt",
      "  nlnews quotes --format jsonl testdata/articles > quotes.jsonl",
      "  nlnews quotes eval testdata/quotes/gold.jsonl"
    })
final class QuotesCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Set<Stage> stages() {
    return EnumSet.of(Stage.QUOTES);
  }

  @Override
  List<Table> tables() {
    return List.of(Tables.QUOTES);
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.of(TextWriter.Section.QUOTES);
  }
}

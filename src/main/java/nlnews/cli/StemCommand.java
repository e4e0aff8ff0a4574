package nlnews.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;

/** nlnews stem: every token with its Snowball stem and offsets, as the analysis sees it. */
@Command(
    name = "stem",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every token with its lower-cased Snowball (Dutch) stem and its [start,end) "
          + "character offsets in the article: what the analysis sees.",
      "Columns: article, date, source, paragraph, token, stem, start, end."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews stem testdata/articles/000_5c69a24cfa2252fd.txt | head",
      "  nlnews stem --format tsv testdata/bad/crlf.txt",
      "  echo 'De werkloosheid daalde niet.' | nlnews stem"
    })
final class StemCommand extends ArticleCommand {

  @Override
  Set<Stage> stages() {
    return EnumSet.noneOf(Stage.class);
  }

  @Override
  List<Table> tables() {
    return List.of(Tables.STEMS);
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.of(TextWriter.Section.STEMS);
  }
}

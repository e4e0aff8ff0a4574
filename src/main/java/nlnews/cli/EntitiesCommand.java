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

/** nlnews entities: people, places, organisations and other names per article, with counts. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the people (PER), places (LOC), organisations (ORG) and other names (MISC) of each "
          + "article with their counts, most frequent first.",
      "Columns: article, date, source, entity, type, count, variants, linked_to."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews entities testdata/articles/08_storm_doden_schade.txt",
      "  nlnews entities --format csv testdata/articles | sort -t, -k5,5nr | head",
      "  ls testdata/articles/*.txt | xargs -n 4 nlnews entities -f csv --no-header",
      "  find testdata/ -name '0*.txt' -print0 | nlnews entities -0 --files-from -"
    })
final class EntitiesCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Set<Stage> stages() {
    return EnumSet.of(Stage.ENTITIES);
  }

  @Override
  List<Table> tables() {
    return List.of(Tables.ENTITIES);
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.of(TextWriter.Section.ENTITIES);
  }
}

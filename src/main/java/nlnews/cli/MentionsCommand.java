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

/** nlnews mentions: every place each article refers to one of its entities, by name or by reference. */
@Command(
    name = "mentions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every mention of the entities of each article in text order: by name, by the name "
          + "part of a compound (Kremlin-woordvoerder), by a place's adjective (Oekraïense), or by a "
          + "pronoun or role noun (hij, de president) that the speaker rules resolve to the entity.",
      "Columns: article, date, paragraph, entity, type, form, mention, start, end."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews mentions testdata/articles/000_5c69a24cfa2252fd.txt",
      "  nlnews mentions --format csv testdata/articles > mentions.csv",
      "  nlnews mentions -f csv testdata/articles | grep -c ',pronoun,'"
    })
final class MentionsCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Set<Stage> stages() {
    return EnumSet.of(Stage.MENTIONS);
  }

  @Override
  List<Table> tables() {
    return List.of(Tables.MENTIONS);
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.of(TextWriter.Section.MENTIONS);
  }
}

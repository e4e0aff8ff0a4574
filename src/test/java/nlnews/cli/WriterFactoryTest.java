package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import nlnews.output.AnalysisWriter;
import nlnews.output.JsonLinesWriter;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.output.TextWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriterFactoryTest {

  /** Every format, the writer that prints it, and what an empty run of the quotes table prints. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          text  | TextWriter      | ''
          csv   | DelimitedWriter | 'article,date,source,paragraph,kind,speaker,speaker_mention,cue,quote,start,end\\n'
          tsv   | DelimitedWriter | 'article\\tdate\\tsource\\tparagraph\\tkind\\tspeaker\\tspeaker_mention\\tcue\\tquote\\tstart\\tend\\n'
          jsonl | JsonLinesWriter | ''
          """)
  void eachFormatHasItsWriter(OutputOptions.Format format, String writer, String emptyRun) throws IOException {
    StringWriter out = new StringWriter();
    AnalysisWriter w =
        WriterFactory.create(format, out, List.of(Tables.QUOTES), EnumSet.of(TextWriter.Section.QUOTES), false, true, false);
    assertEquals(writer, w.getClass().getSimpleName());
    w.finish();
    assertEquals(emptyRun.replace("\\n", "\n").replace("\\t", "\t"), out.toString());
  }

  @Test
  void csvAndTsvHoldOneTableAndJsonLinesMany() throws IOException {
    List<Table> four = List.of(Tables.ARTICLES, Tables.ENTITIES, Tables.QUOTES, Tables.SENTIMENT);
    assertThrows(
        IllegalArgumentException.class,
        () -> WriterFactory.create(OutputOptions.Format.csv, new StringWriter(), four, EnumSet.noneOf(TextWriter.Section.class), false, true, false));
    AnalysisWriter jsonl =
        WriterFactory.create(OutputOptions.Format.jsonl, new StringWriter(), four, EnumSet.noneOf(TextWriter.Section.class), false, true, false);
    assertEquals(JsonLinesWriter.class, jsonl.getClass());
  }
}

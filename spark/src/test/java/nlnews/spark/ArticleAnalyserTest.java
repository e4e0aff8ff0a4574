package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nlnews.input.MetadataHeader;
import nlnews.model.ArticleAnalysis;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Stage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ArticleAnalyserTest {

  private final ArticleAnalyser analyser = new ArticleAnalyser(new RecordDecoder(null, 1 << 20));

  @Test
  void anArticleBecomesItsRowsOfEveryTable() throws Exception {
    TestCorpus.Article example = TestCorpus.examples().get(0);
    AnalysisPipeline.Worker worker = AnalysisPipeline.load(EnumSet.allOf(Stage.class)).newWorker();
    Row row = analyser.analyse(input(example.id(), example.text()), worker::analyze);

    ArticleAnalysis expected = worker.analyze(MetadataHeader.read(example.id(), example.text()));
    assertEquals(example.id(), row.getString(0));
    assertEquals("2022-03", row.getString(1));
    assertEquals(null, row.get(2));
    for (int i = 0; i < JobTables.ALL.size(); i++) {
      JobTable t = JobTables.ALL.get(i);
      List<List<Object>> cli = new ArrayList<>();
      t.table().rows(expected, cli::add);
      assertEquals(cli.size(), row.getSeq(4 + i).size(), t.name());
    }
    assertEquals(ArticleAnalyser.output().size(), row.size());
  }

  @Test
  void anAnalysisThatThrowsIsABadRecordNotAFailedTask() {
    Row row =
        analyser.analyse(
            input("boem.txt", "De premier zei iets."),
            source -> {
              throw new IllegalStateException("boom");
            });
    assertEquals("boem.txt", row.getString(0));
    assertEquals(null, row.get(1));
    assertEquals("internal", row.getString(2));
    assertEquals("internal error: java.lang.IllegalStateException: boom", row.getString(3));
    for (int i = 4; i < row.size(); i++) {
      assertEquals(0, row.getSeq(i).size());
    }
  }

  @Test
  void aBadRecordIsNeverAnalysed() {
    Row row =
        analyser.analyse(
            input("leeg.txt", "  \n"),
            source -> {
              throw new AssertionError("analysed " + source.id());
            });
    assertEquals("empty", row.getString(2));
  }

  private static Row input(String id, String text) {
    return RowFactory.create(id, null, text.getBytes(StandardCharsets.UTF_8), null, null, null, null);
  }
}

package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.input.MetadataHeader;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Stage;
import org.junit.jupiter.api.Test;

class JobTablesTest {

  /** Tables of the command line the job leaves out, and why. */
  private static final Set<Table> LEFT_OUT =
      Set.of(
          // One row a token: the stem command's table, not analyze's, and no archive question.
          Tables.STEMS);

  @Test
  void everyTableOfTheCommandLineIsWrittenOrLeftOutOnPurpose() throws IllegalAccessException {
    Set<Table> written = new HashSet<>();
    for (JobTable t : JobTables.ALL) {
      written.add(t.table());
    }
    List<String> missing = new ArrayList<>();
    for (Field f : Tables.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Table.class.isAssignableFrom(f.getType())) {
        Table table = (Table) f.get(null);
        if (!written.contains(table) && !LEFT_OUT.contains(table)) {
          missing.add("Tables." + f.getName());
        }
      }
    }
    assertEquals(List.of(), missing, "add each to JobTables (with its column types), or to LEFT_OUT with the reason");
  }

  @Test
  void tableNamesAreDistinctAndNoneIsAnErrorsOrPartitionName() {
    Set<String> names = new HashSet<>();
    for (JobTable t : JobTables.ALL) {
      assertTrue(names.add(t.name()), t.name());
      assertTrue(!t.name().equals(ArticleJob.ERRORS), t.name());
      assertEquals(t.table().columns(), List.of(t.schema().fieldNames()), t.name());
    }
  }

  @Test
  void declaredTypesHoldForEveryRowOfTheExampleArticles() throws Exception {
    AnalysisPipeline.Worker worker = AnalysisPipeline.load(EnumSet.allOf(Stage.class)).newWorker();
    int rows = 0;
    for (TestCorpus.Article a : TestCorpus.examples()) {
      var analysis = worker.analyze(MetadataHeader.read(a.id(), a.text()));
      for (JobTable t : JobTables.ALL) {
        rows += t.rows(analysis).size(); // throws on a value of another type, or null
      }
    }
    assertTrue(rows > 100, "rows: " + rows);
  }
}

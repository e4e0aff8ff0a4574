package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** nlnews corpus through bin/nlnews as a process: from articles, from a pipe of their analysis, into a closed pipe. */
class CorpusIT {

  @Test
  void fromArticlesAndFromTheirAnalysisThroughAPipe() throws Exception {
    CliProcess.Result direct = CliProcess.run(null, "corpus", "-q", "--table", "tone", "-f", "csv", "testdata/articles");
    assertEquals(0, direct.exit(), direct.stderr());
    assertTrue(direct.stdout().startsWith("period,articles,paragraphs,tone,article_tone,positive,neutral,negative\n"), direct.stdout());
    CliProcess.Result piped = CliProcess.shell(
        "bin/nlnews analyze -q -f jsonl testdata/articles | bin/nlnews corpus --from-jsonl - --table tone -f csv");
    assertEquals(0, piped.exit(), piped.stderr());
    assertEquals(direct.stdout(), piped.stdout());
  }

  @Test
  void aMissingAnalysisFileIsOneFailure() throws Exception {
    CliProcess.Result run = CliProcess.run(null, "corpus", "--from-jsonl", "no-such.jsonl");
    assertEquals(1, run.exit(), run.stderr());
    assertTrue(run.stderr().startsWith("nlnews: no-such.jsonl: "), run.stderr());
    assertEquals("", run.stdout());
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    CliProcess.Result run = CliProcess.shell("bin/nlnews corpus -q testdata/articles | head -1; exit ${PIPESTATUS[0]}");
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("== entities  11 articles\n", run.stdout());
  }
}

package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadStartTest {

  @TempDir Path dir;

  private static final Set<Stage> TONE = EnumSet.of(Stage.TONE);

  private Path article(String name) throws IOException {
    return Files.copy(Path.of("testdata/articles/000_5c69a24cfa2252fd.txt"), dir.resolve(name));
  }

  private static SourceText read(Path path) throws InputException {
    return new SourceReader(null, 10 << 20, null).read(new Input(path.toString(), path, Input.Origin.NAMED, null));
  }

  @Test
  void theRunTakesTheEarlyAnalysisOfTheTextItReads() throws Exception {
    Path file = article("a.txt");
    PipelineResources resources = PipelineResources.start(EnumSet.allOf(Stage.class), null).headStart(file.toString());
    HeadStart head = resources.headStart();
    assertNotNull(head);
    AnalysisPipeline pipeline = AnalysisPipeline.load(EnumSet.allOf(Stage.class), null, resources);
    SourceText source = read(file);
    ArticleAnalysis analysis = pipeline.newWorker().analyze(source);
    assertEquals(Pipelines.all().newWorker().analyze(source), analysis);
    assertNull(head.take(source), "handed out once, to the run");
  }

  @Test
  void anotherTextUnderTheSameNameIsAnalysedAfresh() throws Exception {
    Path file = article("a.txt");
    HeadStart head = PipelineResources.start(TONE, null).headStart(file.toString()).headStart();
    SourceText source = read(file);
    SourceText changed = new SourceText(source.id(), source.text() + "\n\nNog een alinea.", source.date(), source.bodyStart());
    assertNull(head.take(changed));
    SourceText renamed = new SourceText("b.txt", source.text(), source.date(), source.bodyStart());
    assertNull(head.take(renamed));
    assertNotNull(head.take(source));
  }

  @Test
  void aRunWithOtherStagesLeavesItAlone() throws Exception {
    Path file = article("a.txt");
    PipelineResources resources = PipelineResources.start(TONE, null).headStart(file.toString());
    SourceText source = read(file);
    // Stemming alone is served by the same resources, but an analysis with tone is not its output.
    ArticleAnalysis stems = AnalysisPipeline.load(EnumSet.noneOf(Stage.class), null, resources).newWorker().analyze(source);
    assertEquals(0, stems.tones().size());
    ArticleAnalysis early = resources.headStart().take(source);
    assertNotNull(early);
    assertEquals(11, early.tones().size());
  }

  @Test
  void onlySmallRegularFilesGetOne() throws Exception {
    Set<Stage> none = EnumSet.noneOf(Stage.class);
    assertNull(PipelineResources.start(none, null).headStart(dir.resolve("missing.txt").toString()).headStart());
    assertNull(PipelineResources.start(none, null).headStart(dir.toString()).headStart());
    Path large = Files.writeString(dir.resolve("large.txt"), "woord ".repeat(200_000));
    assertNull(PipelineResources.start(none, null).headStart(large.toString()).headStart());
    assertNull(PipelineResources.start(none, null).headStart("\u0000").headStart());
  }

  @Test
  void aFileTheRunCannotReadLeavesNothingBehind() throws Exception {
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    PipelineResources resources = PipelineResources.start(TONE, null).headStart(binary.toString());
    HeadStart head = resources.headStart();
    assertNotNull(head);
    // The run reads the same file as text it can decode (say, with another encoding): no early analysis.
    SourceText text = SourceText.of(binary.toString(), "a b");
    assertNull(head.take(text));
    assertEquals(1, AnalysisPipeline.load(TONE, null, resources).newWorker().analyze(text).tones().size());
  }
}

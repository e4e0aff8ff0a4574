package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nlnews.input.MetadataHeader;
import nlnews.model.ArticleAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every stage on every fixture under testdata/ and checks the invariants. */
class ContractTest {

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      return all.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyStageKeepsTheInvariants(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = decodeLeniently(bytes);
    ArticleAnalysis a = Pipelines.all().newWorker().analyze(MetadataHeader.read(file.toString(), text));
    Invariants.check(file.toString(), a);
    ArticleAnalysis again = Pipelines.all().newWorker().analyze(MetadataHeader.read(file.toString(), text));
    assertEquals(a, again, "analysis is deterministic");
  }

  /** Fixtures include binary and badly encoded files; the core must cope with whatever text they give. */
  private static String decodeLeniently(byte[] bytes) {
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    return utf8.indexOf('\uFFFD') >= 0 ? new String(bytes, Charset.forName("windows-1252")) : utf8;
  }
}

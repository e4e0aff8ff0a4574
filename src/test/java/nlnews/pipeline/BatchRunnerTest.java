package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nlnews.input.Input;
import nlnews.input.InputWalker;
import nlnews.input.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

  @TempDir Path dir;

  private List<String> run(int threads) throws IOException {
    List<String> out = new ArrayList<>();
    SourceReader reader = new SourceReader(null, 1 << 20, () -> new ByteArrayInputStream(new byte[0]));
    new BatchRunner(threads)
        .run(
            new InputWalker(List.of(dir.toString(), dir.resolve("missing.txt").toString()), "*.txt"),
            reader,
            Pipelines.all(),
            outcome ->
                out.add(
                    outcome.input().id()
                        + (outcome.analysis() != null
                            ? " " + outcome.analysis().entities().size() + " " + outcome.analysis().tones().size()
                            : " ! " + outcome.failure().getMessage())));
    return out;
  }

  @Test
  void outcomesComeInInputOrderWhateverTheThreads() throws IOException {
    for (int i = 0; i < 60; i++) {
      String text = i % 7 == 3 ? "kapot \u0000" : "Rusland en Oekraïne praten in Istanboel. ".repeat(1 + i % 5);
      Files.writeString(dir.resolve(String.format("a%02d.txt", i)), text);
    }
    List<String> one = run(1);
    assertEquals(61, one.size());
    assertEquals(one, run(4));
    assertEquals(one, run(16));
    // Two arguments: ids are the paths as given (issue 17: two folders can hold the same names).
    assertEquals(dir + "/a03.txt ! binary file (NUL byte at byte 6)", one.get(3));
  }

  /** At -j4 the window held 16 articles whatever their size; it holds no more text than its bytes (issue 17). */
  @Test
  void issue17TheWindowHoldsNoMoreTextThanItsBytes() throws IOException {
    String text = "Rusland en Oekraïne praten in Istanboel. ".repeat(25); // about 1 kB
    for (int i = 0; i < 20; i++) {
      Files.writeString(dir.resolve(String.format("a%02d.txt", i)), text);
    }
    SourceReader reader = new SourceReader(null, 1 << 20, () -> new ByteArrayInputStream(new byte[0]));
    for (long windowBytes : new long[] {1500, 1 << 20}) {
      AtomicInteger pulled = new AtomicInteger();
      Iterator<Input> walk = new InputWalker(List.of(dir.toString()), "*.txt");
      Iterator<Input> counting =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return walk.hasNext();
            }

            @Override
            public Input next() {
              pulled.incrementAndGet();
              return walk.next();
            }
          };
      List<Integer> pulledAtEachOutcome = new ArrayList<>();
      new BatchRunner(4, windowBytes).run(counting, reader, Pipelines.all(), outcome -> pulledAtEachOutcome.add(pulled.get()));
      assertEquals(20, pulledAtEachOutcome.size());
      if (windowBytes == 1500) {
        assertTrue(pulledAtEachOutcome.get(0) <= 2, "one article in flight and the next waiting: " + pulledAtEachOutcome);
      } else {
        assertEquals(16, pulledAtEachOutcome.get(0), "four a thread when the bytes allow");
      }
    }
  }
}

package nlnews.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordWriterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Broken pipe                  | true
          No space left on device      | false
          Input/output error           | false
          """)
  void onlyABrokenPipeIsAClosedOutput(String message, boolean closed) throws IOException {
    RecordWriter w = new RecordWriter(new FailingStream(message));
    w.write("een artikel\n");
    IOException e = assertThrows(IOException.class, () -> w.endRecord(true));
    assertEquals(closed, e instanceof OutputClosedException, e.toString());
    assertEquals(message, e.getMessage());
  }

  @Test
  void aBrokenPipeOnFlushIsAClosedOutputToo() throws IOException {
    RecordWriter w = new RecordWriter(new FailingStream("Broken pipe"));
    w.write("x");
    assertInstanceOf(OutputClosedException.class, assertThrows(IOException.class, w::flush));
  }

  @Test
  void afterAShutDownNothingMoreIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter w = new RecordWriter(out);
    w.write("heel\n");
    w.endRecord(true);
    w.shutDown();
    w.write("half");
    assertThrows(OutputClosedException.class, () -> w.endRecord(true));
    assertEquals("heel\n", out.toString());
  }

  @Test
  void textGoesOutOnlyAtARecordBoundary() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter w = new RecordWriter(out);
    w.write("een half artikel");
    assertEquals(0, out.size());
    w.endRecord(false);
    assertFalse(out.size() > 0, "a small record waits for more");
    w.endRecord(true);
    assertEquals("een half artikel", out.toString());
  }
}

package nlnews.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that hands its text to the stream only in whole records: text gathers in memory and
 * goes out at a record boundary ({@link #endRecord}) once 64 kB have gathered, or at once when
 * asked. A reader of the stream, or a run stopped by Ctrl-C, therefore never sees half an
 * article. {@link #shutDown} waits for a chunk being written and then stops all output. A closed
 * pipe, and output after a shut-down, are reported as {@link OutputClosedException}.
 */
public final class RecordWriter extends Writer {

  private static final int CHUNK = 1 << 16;

  private final OutputStream out;
  private final StringBuilder pending = new StringBuilder(CHUNK + 4096);
  private final Object streamLock = new Object();
  private boolean shutDown;

  public RecordWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    pending.append(buffer, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) {
    pending.append(s, offset, offset + length);
  }

  @Override
  public void write(int c) {
    pending.append((char) c);
  }

  /** Marks the end of a record: the text so far goes out if enough has gathered, or {@code now}. */
  public void endRecord(boolean now) throws IOException {
    if (now || pending.length() >= CHUNK) {
      drain();
      if (now) {
        flushStream();
      }
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    flushStream();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** Lets a chunk being written finish, then refuses all further output. */
  public void shutDown() {
    synchronized (streamLock) {
      shutDown = true;
    }
  }

  private void drain() throws IOException {
    if (pending.length() == 0) {
      return;
    }
    byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
    pending.setLength(0);
    synchronized (streamLock) {
      if (shutDown) {
        throw new OutputClosedException("Stream closed", null);
      }
      try {
        out.write(bytes);
      } catch (IOException e) {
        throw OutputClosedException.ifClosed(e);
      }
    }
  }

  private void flushStream() throws IOException {
    synchronized (streamLock) {
      try {
        out.flush();
      } catch (IOException e) {
        throw OutputClosedException.ifClosed(e);
      }
    }
  }
}

package nlnews.output;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream that fails every write with one message, as a closed pipe or a full disk does. */
public final class FailingStream extends OutputStream {

  private final String message;

  public FailingStream(String message) {
    this.message = message;
  }

  @Override
  public void write(int b) throws IOException {
    throw new IOException(message);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    throw new IOException(message);
  }
}

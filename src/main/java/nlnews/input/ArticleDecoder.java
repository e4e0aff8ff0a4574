package nlnews.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nlnews.input.InputException.Reason;

/**
 * Decodes article bytes strictly. Without an explicit encoding: a UTF-8 byte-order mark is
 * stripped, a UTF-16 one selects UTF-16, a NUL byte marks the file as binary, and anything else
 * must be valid UTF-8; the error names the first bad byte and, for UTF-8, suggests windows-1252,
 * the usual encoding of older Dutch archives. With an explicit encoding the bytes must be valid
 * in it.
 */
public final class ArticleDecoder {

  private ArticleDecoder() {}

  /** Decodes {@code bytes}; {@code encoding} is null for automatic UTF-8/UTF-16 detection. */
  public static String decode(byte[] bytes, Charset encoding) throws InputException {
    int offset = 0;
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
    boolean utf16Bom = false;
    if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF) && (encoding == null || encoding.equals(StandardCharsets.UTF_8))) {
      offset = 3;
    } else if (encoding == null && hasPrefix(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
      utf16Bom = true;
    } else if (encoding == null && hasPrefix(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
      utf16Bom = true;
    }
    boolean wide = utf16Bom || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
        || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    if (!wide) {
      for (int i = offset; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new InputException(Reason.BINARY, "binary file (NUL byte at byte " + i + ")");
        }
      }
    }
    // windows-1252 is the likely encoding of a file that is not UTF-8, not of one that announced
    // itself as UTF-16 with a byte-order mark and then broke it.
    String hint = utf16Bom ? "; the file starts with a UTF-16 byte-order mark" : encoding == null ? "; try --encoding windows-1252" : "";
    String text = strictDecode(bytes, offset, charset, hint);
    if (wide && text.indexOf('\0') >= 0) {
      throw new InputException(Reason.BINARY, "binary file (NUL character in " + charset.name() + " text)");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a BOM inside a forced UTF-16 or UTF-32 stream
    }
    return text;
  }

  private static String strictDecode(byte[] bytes, int offset, Charset charset, String hint)
      throws InputException {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 4));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
      throw new InputException(Reason.UNDECODABLE, "not valid " + name + " at byte " + in.position() + hint);
    }
    if (result.isOverflow()) {
      // maxCharsPerByte is an upper bound, so this cannot happen; fail loudly if it ever does.
      throw new IllegalStateException(new CharacterCodingException());
    }
    out.flip();
    return out.toString();
  }

  private static boolean hasPrefix(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

  @Test
  void utf8WithAndWithoutByteOrderMark() throws Exception {
    assertEquals("Oekraïne", ArticleDecoder.decode("Oekraïne".getBytes(StandardCharsets.UTF_8), null));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'J', 'a'};
    assertEquals("Ja", ArticleDecoder.decode(bom, null));
  }

  @Test
  void utf16ByteOrderMarkSelectsUtf16() throws Exception {
    byte[] le = "\uFEFFNée".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Née", ArticleDecoder.decode(le, null));
    byte[] be = "\uFEFFNée".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Née", ArticleDecoder.decode(be, null));
  }

  @Test
  void invalidUtf8NamesTheByteAndSuggestsWindows1252() {
    byte[] cp1252 = "café".getBytes(Charset.forName("windows-1252"));
    InputException e = assertThrows(InputException.class, () -> ArticleDecoder.decode(cp1252, null));
    assertEquals("not valid UTF-8 at byte 3; try --encoding windows-1252", e.getMessage());
    assertEquals(InputException.Reason.UNDECODABLE, e.reason());
  }

  /** A file that announces UTF-16 and breaks it is no windows-1252 file (issue 17). */
  @Test
  void issue17BrokenUtf16DoesNotSuggestWindows1252() {
    byte[] broken = {(byte) 0xFF, (byte) 0xFE, 'N', 0, 0x00, (byte) 0xDC, 'x', 0}; // a lone low surrogate
    InputException e = assertThrows(InputException.class, () -> ArticleDecoder.decode(broken, null));
    assertEquals("not valid UTF-16LE at byte 4; the file starts with a UTF-16 byte-order mark", e.getMessage());
  }

  @Test
  void explicitEncodingDecodesWindows1252() throws Exception {
    byte[] cp1252 = "„café”".getBytes(Charset.forName("windows-1252"));
    assertEquals("„café”", ArticleDecoder.decode(cp1252, Charset.forName("windows-1252")));
  }

  @Test
  void nulBytesMarkABinaryFile() {
    InputException e =
        assertThrows(InputException.class, () -> ArticleDecoder.decode(new byte[] {'a', 0, 'b'}, null));
    assertEquals(InputException.Reason.BINARY, e.reason());
    assertEquals("binary file (NUL byte at byte 1)", e.getMessage());
  }

  @Test
  void emptyInputIsEmptyText() throws Exception {
    assertEquals("", ArticleDecoder.decode(new byte[0], null));
  }
}

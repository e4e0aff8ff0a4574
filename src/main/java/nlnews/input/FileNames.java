package nlnews.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File names as bytes, which is what they are on Unix. Java decodes a name that is not valid
 * UTF-8 with U+FFFD in place of each bad byte: two names can then look the same, and a name typed
 * on the command line no longer opens its file. Here a name is shown faithfully, each bad byte
 * written as {@code \xE9} (as {@code ls -b} does), and a name from the command line with U+FFFD
 * in it is looked up among the names of its directory.
 */
final class FileNames {

  private static final char REPLACEMENT = '\uFFFD';

  private FileNames() {}

  /**
   * The last {@code count} names of {@code path} joined with '/', each byte that is not UTF-8
   * written as \xNN. The same as the path's own text when that has no U+FFFD.
   */
  static String shown(Path path, int count) {
    String plain = join(path, count);
    if (plain.indexOf(REPLACEMENT) < 0) {
      return plain;
    }
    // The JDK keeps the bytes of a path; its file URI spells them out, percent-encoded.
    List<byte[]> names = split(percentDecoded(path.toAbsolutePath().toUri().getRawPath()));
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, names.size() - count); i < names.size(); i++) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(decode(names.get(i)));
    }
    return b.toString();
  }

  private static String join(Path path, int count) {
    int n = path.getNameCount();
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, n - count); i < n; i++) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(path.getName(i));
    }
    return b.toString();
  }

  /**
   * The file the command line meant by {@code argument}, whose U+FFFD stand for bytes that are
   * not UTF-8: each name with U+FFFD is looked up in its directory among the names that decode
   * to the same text. Null when none matches or several do.
   */
  static Path find(String argument) {
    if (argument.indexOf(REPLACEMENT) < 0) {
      return null;
    }
    Path given = Path.of(argument);
    Path current = given.getRoot();
    for (Path name : given) {
      String text = name.toString();
      if (text.indexOf(REPLACEMENT) < 0) {
        current = current == null ? name : current.resolve(name);
        continue;
      }
      Path match = null;
      try (DirectoryStream<Path> listing = Files.newDirectoryStream(current == null ? Path.of(".") : current)) {
        for (Path entry : listing) {
          if (entry.getFileName().toString().equals(text)) {
            if (match != null) {
              return null; // two names differ only in their bad bytes: which one is meant cannot be told
            }
            match = entry;
          }
        }
      } catch (IOException e) {
        return null;
      }
      if (match == null) {
        return null;
      }
      current = current == null ? match.getFileName() : match;
    }
    return current;
  }

  private static byte[] percentDecoded(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static List<byte[]> split(byte[] path) {
    List<byte[]> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= path.length; i++) {
      if (i == path.length || path[i] == '/') {
        if (i > start) {
          byte[] name = new byte[i - start];
          System.arraycopy(path, start, name, 0, name.length);
          names.add(name);
        }
        start = i + 1;
      }
    }
    return names;
  }

  /** The name as UTF-8, with each byte that does not decode written as \xNN. */
  static String decode(byte[] name) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(name);
    CharBuffer out = CharBuffer.allocate(name.length * 4 + 4);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          out.put(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xFF));
        }
        continue;
      }
      decoder.flush(out);
      break;
    }
    out.flip();
    return out.toString();
  }
}

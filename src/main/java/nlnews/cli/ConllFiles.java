package nlnews.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import nlnews.entities.ConllCorpus;

/** Reads CoNLL files named on the command line ('-' is standard input), strictly as UTF-8. */
final class ConllFiles {

  private ConllFiles() {}

  /** The documents of {@code name}, or an IOException whose message suits "nlnews: PATH: message". */
  static List<ConllCorpus.Document> read(String name, Console console) throws IOException {
    try (BufferedReader in = reader(name, console)) {
      return ConllCorpus.read(in);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file or directory", e);
    } catch (MalformedInputException e) {
      throw new IOException("not valid UTF-8", e);
    }
  }

  static BufferedReader reader(String name, Console console) throws IOException {
    InputStream in = name.equals("-") ? console.stdin() : Files.newInputStream(Path.of(name));
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  static String message(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}

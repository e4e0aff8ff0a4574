package nlnews;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NOTICE names where every bundled data file comes from; this holds it to the files: each one
 * is covered by a NOTICE entry, and each file's own header claims what that entry says.
 */
class NoticeTest {

  private static final Path RESOURCES = Path.of("src/main/resources/nlnews");

  @Test
  void everyBundledFileIsNamedInNoticeAndItsHeaderSaysTheSame() throws IOException {
    String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RESOURCES)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() > 60, "the data files: " + files);
    for (Path file : files) {
      String name = RESOURCES.relativize(file).toString().replace('\\', '/');
      String header = header(file);
      if (name.equals("nl/sentiment/model.tsv")) {
        assertTrue(notice.contains(name), name);
        assertTrue(header.contains("written by `nlnews sentiment train`") && header.contains("ecosent-train.csv"), name);
      } else if (name.equals("entities/word-clusters.tsv")) {
        assertTrue(notice.contains(name), name);
        assertTrue(header.contains("written by 'nlnews ner clusters'") && header.contains("ned.train"), name);
      } else if (name.equals("nl/entities/villages.tsv")) {
        // Place names from public registers: an entry of its own, with the sources' terms.
        assertTrue(notice.contains(name) && notice.contains("belgium-zipcodes") && notice.contains("MIT licence"), name);
        assertTrue(header.contains("Sources:") && header.contains("rubenv/belgium-zipcodes") && header.contains("Publiek domein"), name);
      } else if (name.startsWith("nl/") && name.endsWith(".tsv")) {
        String folder = name.substring(0, name.lastIndexOf('/') + 1) + "*.tsv";
        assertTrue(notice.contains(folder), name + ": NOTICE names " + folder);
        assertTrue(header.toLowerCase().contains("written for nlnews"), name + " claims to be written for nlnews:\n" + header);
      } else {
        // The name model and its descriptor have entries of their own.
        assertTrue(notice.contains(name), name + " is named in NOTICE");
      }
    }
    assertTrue(notice.contains("research use"), "NOTICE says what the CoNLL-2002 licence allows");
    assertTrue(notice.contains("nlnews ner train --train"), "NOTICE says how to train a model of one's own");
  }

  /** The leading comment lines of a text file, or of an XML file its first comment. */
  private static String header(Path file) throws IOException {
    if (file.toString().endsWith(".bin")) {
      return "";
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .takeWhile(line -> line.startsWith("#") || line.startsWith("<!--") || line.startsWith("  "))
        .collect(Collectors.joining("\n"));
  }
}

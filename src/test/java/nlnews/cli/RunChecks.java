package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.input.Json;
import nlnews.output.Terminal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** What the seeded random suites check of every run: the properties issue 17 asks for. */
final class RunChecks {

  private RunChecks() {}

  /** No control character, line separator or bidi control but newline: safe on a terminal. */
  static void terminalSafe(String what, String s) {
    assertTrue(HostileCliTest.terminalSafe(s), what + " is not safe on a terminal:\n" + Terminal.safe(s));
  }

  /** Every line is a JSON object; returns them. */
  static List<Map<String, Object>> jsonLines(String stdout) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String line : stdout.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        rows.add(Json.object(line));
      } catch (IllegalArgumentException e) {
        fail("not a JSON object: " + Terminal.safe(line) + " (" + e.getMessage() + ")");
      }
    }
    return rows;
  }

  /** The CSV parses, every record as wide as the header; returns the records after it. */
  static List<CSVRecord> csv(String stdout) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(stdout)).getRecords();
    assertTrue(!records.isEmpty(), "a header at least");
    int width = records.get(0).size();
    for (CSVRecord r : records) {
      assertEquals(width, r.size(), "record " + r.getRecordNumber() + ": " + Terminal.safe(r.toString()));
    }
    return records.subList(1, records.size());
  }

  /** The article ids of the 'article' rows of JSON Lines, each once. */
  static Set<String> articleIds(List<Map<String, Object>> rows) {
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> row : rows) {
      if ("article".equals(row.get("type"))) {
        String id = (String) row.get("article");
        assertTrue(ids.add(id), "two articles with the id " + Terminal.safe(id));
      }
    }
    return ids;
  }

  /**
   * Every one of {@code expected} is in the output ({@code ids}) or named on stderr, itself or a
   * directory it is in (a directory skipped whole, having been walked through a link already).
   */
  static void accountedFor(Collection<String> expected, Set<String> ids, String stderr) {
    List<String> lost = new ArrayList<>();
    String lines = "\n" + stderr;
    for (String id : expected) {
      boolean found = ids.contains(id);
      for (String prefix = id; !found; prefix = prefix.substring(0, prefix.lastIndexOf('/'))) {
        found = lines.contains("\nnlnews: " + Terminal.safe(prefix) + ": ");
        if (prefix.lastIndexOf('/') < 0) {
          break;
        }
      }
      if (!found) {
        lost.add(Terminal.safe(id));
      }
    }
    assertEquals(List.of(), lost, "inputs neither in the output nor on stderr; stderr:\n" + stderr);
  }
}

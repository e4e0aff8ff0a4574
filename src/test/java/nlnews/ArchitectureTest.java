package nlnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the layering of the main sources: cli -> {input, pipeline, output} -> the analysis stages
 * (sentiment -> quotes -> entities) -> text -> model. A package uses only the packages below it;
 * a stage uses only the types other stages are meant to use; and the analysis core (the stages,
 * text and model) never touches files, the console, the command line or CSV, which are the
 * business of cli, input and output.
 *
 * <p>It reads what the source names: imports and fully qualified names, with comments and string
 * literals left out. A type reached without being named (the result of a method of a type named
 * elsewhere) is not seen; reading the compiled classes, as ArchUnit does, would see it too.
 */
class ArchitectureTest {

  /** Each package and the nlnews packages it may use besides itself. */
  static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("cli", Set.of("input", "pipeline", "output", "eval", "corpus", "sentiment", "quotes", "entities", "text", "model")),
          Map.entry("pipeline", Set.of("input", "sentiment", "quotes", "entities", "text", "model")),
          Map.entry("input", Set.of("model")),
          Map.entry("output", Set.of("eval", "corpus", "model")),
          // Sums analyses into corpus tables: records in, records out, like a stage.
          Map.entry("corpus", Set.of("model")),
          // Scoring against gold files: reads them with input's JSON reader, compares records.
          Map.entry("eval", Set.of("input", "text", "model")),
          Map.entry("sentiment", Set.of("quotes", "entities", "text", "model")),
          Map.entry("quotes", Set.of("entities", "text", "model")),
          Map.entry("entities", Set.of("text", "model")),
          Map.entry("text", Set.of("model")),
          Map.entry("model", Set.of()));

  /** The analysis stages, each with the types the other stages may use; the rest is its own. */
  static final Map<String, Set<String>> STAGE_TYPES =
      Map.of(
          // The name lists a speaker is checked against.
          "entities", Set.of("Gazetteer"),
          // Which words are quoted: tone leaves scare quotes out.
          "quotes", Set.of("QuoteMarks"),
          "sentiment", Set.of());

  /** The analysis core: it gets text and returns records; it never does input or output. */
  static final Set<String> CORE = Set.of("corpus", "sentiment", "quotes", "entities", "text", "model");

  /** What the core never names, with why. */
  static final Map<Pattern, String> CORE_NEVER = coreNever();

  private static Map<Pattern, String> coreNever() {
    Map<Pattern, String> never = new LinkedHashMap<>();
    never.put(Pattern.compile("\\bpicocli\\b"), "picocli (the command line is cli's)");
    never.put(Pattern.compile("\\borg\\.apache\\.commons\\.csv\\b"), "Commons CSV (formats are output's)");
    never.put(Pattern.compile("\\bjava\\.nio\\.file\\b"), "java.nio.file (files are input's and output's)");
    never.put(
        Pattern.compile("\\bjava\\.io\\.(File\\w*|RandomAccessFile|PrintStream|Console|\\*)"),
        "a java.io file or console class (files are input's and output's)");
    never.put(Pattern.compile("\\bSystem\\s*\\.\\s*(out|err|in)\\b"), "System.out, System.err or System.in (the console is cli's)");
    return never;
  }

  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+nlnews\\.(\\w+)\\s*;");
  private static final Pattern REFERENCE = Pattern.compile("\\bnlnews\\s*\\.\\s*([a-z]\\w*)\\s*\\.\\s*([A-Z]\\w*|\\*)");

  @Test
  void theMainSourcesKeepTheLayering() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    assertTrue(sources.containsKey(Path.of("nlnews", "cli", "Main.java").toString()), "read the main sources");
    assertEquals(List.of(), violations(sources));
  }

  /** Hand-made sources: a rule broken, or (empty) one that only seems broken. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          text imports cli           | package nlnews.text; import nlnews.cli.Main;                      | T.java: nlnews.text uses nlnews.cli.Main (text may use model)
          output imports pipeline    | package nlnews.output; import nlnews.pipeline.Stage;              | T.java: nlnews.output uses nlnews.pipeline.Stage (output may use corpus, eval, model)
          input imports output       | package nlnews.input; class T { nlnews.output.Tables t; }         | T.java: nlnews.input uses nlnews.output.Tables (input may use model)
          entities imports quotes    | package nlnews.entities; import nlnews.quotes.QuoteMarks;         | T.java: nlnews.entities uses nlnews.quotes.QuoteMarks (entities may use model, text)
          quotes imports sentiment   | package nlnews.quotes; import nlnews.sentiment.ToneScorer;        | T.java: nlnews.quotes uses nlnews.sentiment.ToneScorer (quotes may use entities, model, text)
          model imports text         | package nlnews.model; import nlnews.text.TokenIndex;              | T.java: nlnews.model uses nlnews.text.TokenIndex (model may use nothing else)
          a stage's internals        | package nlnews.sentiment; import nlnews.quotes.Referents;         | T.java: nlnews.sentiment uses nlnews.quotes.Referents, which is internal to quotes (other stages may use QuoteMarks)
          a nested internal type     | package nlnews.quotes; import nlnews.entities.NameRefiner.Rule;   | T.java: nlnews.quotes uses nlnews.entities.NameRefiner, which is internal to entities (other stages may use Gazetteer)
          a whole stage              | package nlnews.sentiment; import nlnews.quotes.*;                 | T.java: nlnews.sentiment uses nlnews.quotes.*, which is internal to quotes (other stages may use QuoteMarks)
          files in the core          | package nlnews.text; import java.nio.file.Files;                  | T.java: nlnews.text names java.nio.file (files are input's and output's)
          a file class in the core   | package nlnews.entities; class T { java.io.FileReader r; }        | T.java: nlnews.entities names a java.io file or console class (files are input's and output's)
          printing in the core       | package nlnews.quotes; class T { void f() { System.out.println(); } } | T.java: nlnews.quotes names System.out, System.err or System.in (the console is cli's)
          CSV in the core            | package nlnews.sentiment; import org.apache.commons.csv.CSVPrinter; | T.java: nlnews.sentiment names Commons CSV (formats are output's)
          picocli in the core        | package nlnews.model; import picocli.CommandLine;                 | T.java: nlnews.model names picocli (the command line is cli's)
          a package not placed       | package nlnews.topics; import nlnews.model.Article;               | T.java: nlnews.topics is not in the layering; add it to ArchitectureTest.MAY_USE
          the public type of a stage | package nlnews.sentiment; import nlnews.quotes.QuoteMarks;        | ''
          downwards                  | package nlnews.cli; import nlnews.quotes.Referents;               | ''
          within a package           | package nlnews.quotes; class T { nlnews.quotes.Referents r; }     | ''
          a name in a comment        | package nlnews.text; /* see nlnews.cli.Main, System.out */ class T {} | ''
          a name in a string         | package nlnews.text; class T { String s = "nlnews.cli.Main System.out"; } | ''
          a name in a line comment   | package nlnews.text; // java.nio.file.Files                      | ''
          input reads files          | package nlnews.input; import java.nio.file.Files;                 | ''
          """)
  void theCheckerFindsWhatBreaksTheLayering(String what, String source, String violation) {
    List<String> expected = violation == null || violation.isEmpty() ? List.of() : List.of(violation);
    assertEquals(expected, violations(Map.of("T.java", source)));
  }

  /** What {@code sources} (file name to text) do against the rules, one line each. */
  static List<String> violations(Map<String, String> sources) {
    List<String> found = new ArrayList<>();
    sources.forEach((file, text) -> found.addAll(violations(file, text)));
    return found;
  }

  private static List<String> violations(String file, String text) {
    String code = code(text);
    Matcher p = PACKAGE.matcher(code);
    if (!p.find()) {
      return List.of(file + ": not in a package nlnews.*");
    }
    String from = p.group(1);
    if (!MAY_USE.containsKey(from)) {
      return List.of(file + ": nlnews." + from + " is not in the layering; add it to ArchitectureTest.MAY_USE");
    }
    Set<String> found = new TreeSet<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      String to = m.group(1);
      String type = m.group(2);
      String used = "nlnews." + to + "." + type;
      if (to.equals(from)) {
        continue;
      }
      if (!MAY_USE.get(from).contains(to)) {
        Set<String> allowed = new TreeSet<>(MAY_USE.get(from));
        found.add(file + ": nlnews." + from + " uses " + used + " (" + from + " may use "
            + (allowed.isEmpty() ? "nothing else" : String.join(", ", allowed)) + ")");
      } else if (STAGE_TYPES.containsKey(from) && STAGE_TYPES.containsKey(to) && !STAGE_TYPES.get(to).contains(type)) {
        found.add(file + ": nlnews." + from + " uses " + used + ", which is internal to " + to
            + " (other stages may use " + String.join(", ", new TreeSet<>(STAGE_TYPES.get(to))) + ")");
      }
    }
    if (CORE.contains(from)) {
      CORE_NEVER.forEach(
          (pattern, what) -> {
            if (pattern.matcher(code).find()) {
              found.add(file + ": nlnews." + from + " names " + what);
            }
          });
    }
    return new ArrayList<>(found);
  }

  /** {@code text} with comments, string and character literals and text blocks blanked out. */
  static String code(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        i = end(text, text.indexOf('\n', i), 0);
      } else if (text.startsWith("/*", i)) {
        i = end(text, text.indexOf("*/", i + 2), 2);
      } else if (text.startsWith("\"\"\"", i)) {
        i = end(text, text.indexOf("\"\"\"", i + 3), 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(j + 1, text.length());
      } else {
        b.append(c);
        i++;
        continue;
      }
      b.append(' ');
    }
    return b.toString();
  }

  /** Where a comment or literal that closes at {@code close} (-1: never) with a delimiter of {@code length} ends. */
  private static int end(String text, int close, int length) {
    return close < 0 ? text.length() : close + length;
  }
}

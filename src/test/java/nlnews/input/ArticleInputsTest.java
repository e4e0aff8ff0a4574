package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {

  @TempDir Path dir;

  private List<String> ids(List<String> args, String glob, InputFormat format, String stdin) {
    List<String> out = new ArrayList<>();
    try (ArticleInputs inputs =
        new ArticleInputs(new InputWalker(args, glob), format, RowFields.DEFAULT, null, 1 << 20,
            () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))) {
      inputs.forEachRemaining(i -> out.add(i.id() + (i.row() != null ? " row" : "") + (i.problem() != null ? " !" + i.problem().getMessage() : "")));
    }
    return out;
  }

  @Test
  void tablesGiveTheirRowsInPlaceAndTextFilesThemselves() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Tekst.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"x\"}\n{\"id\":\"b2\",\"text\":\"y\"}\n");
    Files.writeString(dir.resolve("c.csv"), "id,text\nc1,z\n");
    List<String> named = List.of(dir.resolve("a.txt").toString(), dir.resolve("b.jsonl").toString(), dir.resolve("c.csv").toString());
    assertEquals(List.of(named.get(0), "b1 row", "b2 row", "c1 row"), ids(named, "*.txt", InputFormat.AUTO, ""));
  }

  @Test
  void standardInputIsTextUnlessAFormatIsGiven() {
    assertEquals(List.of("-"), ids(List.of("-"), "*.txt", InputFormat.AUTO, "{\"id\":\"s\",\"text\":\"x\"}\n"));
    assertEquals(List.of("s row"), ids(List.of("-"), "*.txt", InputFormat.JSONL, "{\"id\":\"s\",\"text\":\"x\"}\n"));
  }

  @Test
  void aMissingTableIsOneFailureAndNothingElse() {
    String missing = dir.resolve("weg.csv").toString();
    assertEquals(List.of(missing + " !no such file or directory"), ids(List.of(missing), "*.txt", InputFormat.AUTO, ""));
  }
}

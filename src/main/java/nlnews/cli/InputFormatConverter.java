package nlnews.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import nlnews.input.InputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --input-format: auto, text, csv, tsv or jsonl, written in lower case as the other formats are. */
final class InputFormatConverter implements ITypeConverter<InputFormat> {

  @Override
  public InputFormat convert(String value) {
    for (InputFormat f : InputFormat.values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
        return f;
      }
    }
    throw new TypeConversionException("'" + value + "' is not an input format (auto, text, csv, tsv, jsonl)");
  }

  /** The values, for --help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (InputFormat f : InputFormat.values()) {
        names.add(f.name().toLowerCase(Locale.ROOT));
      }
      return names.iterator();
    }
  }
}

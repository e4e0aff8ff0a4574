package nlnews.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --encoding, naming the bad value when Java does not know it. */
final class CharsetConverter implements ITypeConverter<Charset> {

  @Override
  public Charset convert(String value) {
    try {
      return Charset.forName(value);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new TypeConversionException("unknown encoding '" + value + "' (try UTF-8, windows-1252, ISO-8859-1, UTF-16)");
    }
  }
}

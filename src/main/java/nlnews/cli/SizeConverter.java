package nlnews.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as 500, 64k, 10M, 1G (powers of 1024). */
final class SizeConverter implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    long factor = 1;
    if (v.endsWith("b")) {
      v = v.substring(0, v.length() - 1);
    }
    if (v.endsWith("k")) {
      factor = 1L << 10;
    } else if (v.endsWith("m")) {
      factor = 1L << 20;
    } else if (v.endsWith("g")) {
      factor = 1L << 30;
    }
    if (factor != 1) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(n, factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException("invalid size '" + value + "' (examples: 500000, 64k, 10M)");
    }
  }
}

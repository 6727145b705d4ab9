package org.herodotus.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code analyze} writes for each article. */
public enum OutputFormat {
  JSON,
  GDELT,
  GDELT_MENTIONS,
  PLOVER;

  /** Reads {@code json}, {@code gdelt}, {@code gdelt-mentions} or {@code plover}. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a format (json, gdelt, gdelt-mentions, plover)");
      }
    }
  }
}

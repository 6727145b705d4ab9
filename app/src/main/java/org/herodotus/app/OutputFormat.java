package org.herodotus.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code herodotus analyze} writes per article. */
public enum OutputFormat {
  /** One JSON document (the output contract). */
  JSON,
  /** The quotes as tab-separated lines: article, quote, kind, speaker, role, cue. */
  QUOTES,
  /** The events as GDELT 2.0 event rows (61 tab-separated columns). */
  GDELT,
  /** The events' mentions as GDELT 2.0 mention rows. */
  GDELT_MENTIONS,
  /** The events as PLOVER JSON lines. */
  PLOVER;

  /**
   * Reads {@code json}, {@code quotes}, {@code gdelt}, {@code gdelt-mentions} or {@code plover}.
   */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a format (json, quotes, gdelt, gdelt-mentions, plover)");
      }
    }
  }
}

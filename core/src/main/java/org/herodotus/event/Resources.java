package org.herodotus.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the event layer's bundled tab-separated files. */
final class Resources {

  private Resources() {}

  /** Lines of a bundled resource, blank and {@code #} lines kept out, with 1-based line numbers. */
  static List<Line> lines(String resource) {
    InputStream in = Resources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("event resource missing from the classpath: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Line> lines(BufferedReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      lines.add(new Line(number, line));
    }
    return lines;
  }

  /** One line of a file and its number. */
  record Line(int number, String text) {
    String[] fields() {
      return text.split("\t", -1);
    }
  }
}

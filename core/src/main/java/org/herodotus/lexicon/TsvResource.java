package org.herodotus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files bundled in the project's resources. */
final class TsvResource {

  private TsvResource() {}

  /** The rows of a resource: non-blank lines that do not start with '#', split on tabs. */
  static List<String[]> rows(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the classpath: " + resource);
    }
    return read(in, resource);
  }

  /** The rows of a user's file, in the same format as the bundled ones. */
  static List<String[]> rows(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }

  private static List<String[]> read(InputStream in, String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return rows;
  }
}

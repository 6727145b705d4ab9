package org.herodotus.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made gazetteer entries the rule tests share, by a short key ("paris-tx"), from the test
 * resource {@code known-places.tsv}; and gazetteers of some of them alone, for exact tests.
 */
final class KnownPlaces {

  private KnownPlaces() {}

  private static final Map<String, GazetteerEntry> BY_KEY = load();

  /** The entry of {@code key}. */
  static GazetteerEntry place(String key) {
    GazetteerEntry e = BY_KEY.get(key);
    if (e == null) {
      throw new IllegalArgumentException("no known place " + key);
    }
    return e;
  }

  /** A context of places already resolved and no named country. */
  static PlaceContext near(String... keys) {
    return new PlaceContext(Set.of(), places(keys));
  }

  static List<GazetteerEntry> places(String... keys) {
    return java.util.Arrays.stream(keys).map(KnownPlaces::place).toList();
  }

  /** A toponym with the candidates of {@code keys}, in that order, in {@code context}. */
  static Toponym toponym(String name, PlaceContext context, String... keys) {
    return new Toponym(name, places(keys), context);
  }

  /**
   * A gazetteer of the entries of {@code keys} only, written to a file in {@code dir}: the record's
   * components are the file's columns in order, then no alternate names.
   */
  static Gazetteer gazetteer(Path dir, String... keys) {
    StringBuilder tsv = new StringBuilder();
    for (GazetteerEntry e : places(keys)) {
      for (RecordComponent column : GazetteerEntry.class.getRecordComponents()) {
        try {
          tsv.append(column.getAccessor().invoke(e)).append('\t');
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
      tsv.append('\n');
    }
    try {
      Path file = Files.createTempFile(dir, "gazetteer", ".tsv");
      Files.writeString(file, tsv);
      return Gazetteer.ofFiles(List.of(file));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** An empty gazetteer: for rules that look nothing up. */
  static Gazetteer none() {
    return Gazetteer.ofFiles(List.of());
  }

  private static Map<String, GazetteerEntry> load() {
    Map<String, GazetteerEntry> out = new LinkedHashMap<>();
    try (InputStream in = KnownPlaces.class.getResourceAsStream("known-places.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.put(
            f[0],
            new GazetteerEntry(
                f[1],
                f[2],
                f[3],
                f[4],
                f[5],
                f[6],
                Double.parseDouble(f[7]),
                Double.parseDouble(f[8]),
                Long.parseLong(f[9])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

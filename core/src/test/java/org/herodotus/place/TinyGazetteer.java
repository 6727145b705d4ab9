package org.herodotus.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-made gazetteer entries and a gazetteer of them alone, for exact tests of the rules. */
final class TinyGazetteer {

  private TinyGazetteer() {}

  static GazetteerEntry country(String iso2, String name, double lat, double lon, long population) {
    return new GazetteerEntry("country:" + iso2, name, "A", "PCLI", iso2, "", lat, lon, population);
  }

  static GazetteerEntry division(String code, String name, String country, double lat, double lon) {
    return new GazetteerEntry(
        "admin1:" + country + "." + code, name, "A", "ADM1", country, name, lat, lon, 0);
  }

  static GazetteerEntry county(
      String code, String name, String country, String admin1, double lat, double lon) {
    return new GazetteerEntry(
        "admin2:" + country + "." + code, name, "A", "ADM2", country, admin1, lat, lon, 0);
  }

  static GazetteerEntry town(
      String id,
      String name,
      String country,
      String admin1,
      double lat,
      double lon,
      long population) {
    return new GazetteerEntry(
        "geonames:" + id, name, "P", "PPL", country, admin1, lat, lon, population);
  }

  static GazetteerEntry capital(
      String id, String name, String country, double lat, double lon, long population) {
    return new GazetteerEntry(
        "geonames:" + id, name, "P", "PPLC", country, "", lat, lon, population);
  }

  static GazetteerEntry region(String slug, String name, String country, double lat, double lon) {
    return new GazetteerEntry("region:" + slug, name, "L", "RGN", country, "", lat, lon, 0);
  }

  /** A gazetteer of {@code entries} only, written to a file in {@code dir}. */
  static Gazetteer of(Path dir, GazetteerEntry... entries) {
    StringBuilder tsv = new StringBuilder();
    for (GazetteerEntry e : entries) {
      tsv.append(
          String.join(
              "\t",
              e.id(),
              e.name(),
              e.featureClass(),
              e.featureCode(),
              e.country(),
              e.admin1(),
              Double.toString(e.lat()),
              Double.toString(e.lon()),
              Long.toString(e.population()),
              ""));
      tsv.append('\n');
    }
    try {
      Path file = Files.createTempFile(dir, "gazetteer", ".tsv");
      Files.writeString(file, tsv);
      return Gazetteer.ofFiles(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty gazetteer: for rules that look nothing up. */
  static Gazetteer empty() {
    return Gazetteer.ofFiles(List.of());
  }
}

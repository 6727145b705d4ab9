package org.herodotus.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.EventPlace;
import org.herodotus.doc.Place;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.GazetteerEntry;

/**
 * The eight GDELT 2.0 geography columns of a place ({@code Type}, {@code FullName}, {@code
 * CountryCode}, {@code ADM1Code}, {@code ADM2Code}, {@code Lat}, {@code Long}, {@code FeatureID}),
 * following the GDELT Event Codebook V2.0:
 *
 * <ul>
 *   <li>Type: 1 country, 2 US state, 3 US city or landmark, 4 city or landmark elsewhere (regions
 *       too), 5 first-order division outside the US.
 *   <li>FullName: the country name; "State, Country" for divisions; "Place, Division, Country".
 *   <li>CountryCode: FIPS 10-4 ({@code AJ} Azerbaijan, {@code RS} Russia), from {@code
 *       fips-countries.tsv}; Gaza Strip {@code GZ}.
 *   <li>ADM1Code: the FIPS country code followed by the division's GeoNames admin1 code ({@code
 *       AJ68}, {@code USTX}; GeoNames admin1 codes are the FIPS 10-4 codes for most countries and
 *       US postal codes for US states, as GDELT writes them); the country code alone for a country;
 *       empty when the division is unknown.
 *   <li>ADM2Code: empty (GDELT's GAUL codes are not in the gazetteer).
 *   <li>Lat, Long: the gazetteer point.
 *   <li>FeatureID: the FIPS country code for a country and the ADM1 code for a division, as GDELT
 *       writes them; for a place, its GeoNames id (GDELT writes the GNS id, which the gazetteer
 *       does not have).
 * </ul>
 *
 * <p>A place with no country (a region or continent spanning states: "Europe", "the Middle East")
 * is written as an unknown place (type 0, the other columns empty): every GDELT geography row holds
 * a FIPS country code, and readers join on it.
 */
final class GdeltGeo {

  private static final Map<String, String[]> FIPS = load();

  private GdeltGeo() {}

  private static Map<String, String[]> load() {
    Map<String, String[]> map = new HashMap<>();
    String resource = "/org/herodotus/write/fips-countries.tsv";
    InputStream in = GdeltGeo.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        map.put(f[0], new String[] {f[1], f[2]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }

  /** The FIPS 10-4 code of an ISO 3166-1 alpha-2 code, or empty. */
  static String fips(String iso2) {
    String[] row = FIPS.get(iso2);
    return row == null ? "" : row[0];
  }

  /** The eight columns for an event place. */
  static void columns(List<String> f, EventPlace p) {
    columns(
        f,
        p.id(),
        p.name(),
        p.featureClass(),
        p.featureCode(),
        p.country(),
        p.admin1(),
        p.lat(),
        p.lon());
  }

  /** The eight columns for a place of the place layer. */
  static void columns(List<String> f, Place p) {
    columns(
        f,
        p.id(),
        p.name(),
        p.featureClass(),
        p.featureCode(),
        p.country(),
        p.admin1(),
        p.lat(),
        p.lon());
  }

  /** The eight columns of an unknown place: type 0, the rest empty. */
  static void none(List<String> f) {
    f.add("0");
    for (int i = 0; i < 7; i++) {
      f.add("");
    }
  }

  private static void columns(
      List<String> f,
      String id,
      String name,
      String featureClass,
      String featureCode,
      String iso2,
      String admin1,
      double lat,
      double lon) {
    boolean country = id.startsWith("country:");
    boolean division = id.startsWith("admin1:");
    String fips = id.equals("region:gaza-strip") ? "GZ" : fips(iso2);
    if (fips.isEmpty()) {
      // A region or continent spanning states ("Europe", "the Middle East"): GDELT's geography
      // columns always hold a FIPS country, and a reader joins on it, so it is left out.
      none(f);
      return;
    }
    String countryName = Optional.ofNullable(FIPS.get(iso2)).map(r -> r[1]).orElse("");
    String adm1 = "";
    if (country) {
      adm1 = fips;
    } else if (division) {
      adm1 = fips.isEmpty() ? "" : fips + id.substring(id.indexOf('.') + 1);
    } else if (!admin1.isEmpty() && !fips.isEmpty()) {
      adm1 = admin1Code(iso2, admin1).map(c -> fips + c).orElse("");
    }
    int type;
    if (country) {
      type = 1;
    } else if (division) {
      type = iso2.equals("US") ? 2 : 5;
    } else {
      type = iso2.equals("US") ? 3 : 4;
    }
    StringBuilder full = new StringBuilder(country ? countryName : name);
    if (!country) {
      if (!division && !admin1.isEmpty() && !admin1.equals(name)) {
        full.append(", ").append(admin1);
      }
      if (!countryName.isEmpty()) {
        full.append(", ").append(countryName);
      }
    }
    String feature;
    if (country) {
      feature = fips;
    } else if (division) {
      feature = adm1;
    } else if (id.startsWith("geonames:")) {
      feature = id.substring("geonames:".length());
    } else {
      feature = "";
    }
    f.add(Integer.toString(type));
    f.add(full.toString().replace('\t', ' '));
    f.add(fips);
    f.add(adm1);
    f.add("");
    f.add(String.format(Locale.ROOT, "%.4f", lat));
    f.add(String.format(Locale.ROOT, "%.4f", lon));
    f.add(feature);
  }

  /** The GeoNames admin1 code of a division named {@code admin1} in country {@code iso2}. */
  private static Optional<String> admin1Code(String iso2, String admin1) {
    for (GazetteerEntry e : Gazetteer.bundled().lookup(admin1)) {
      if (e.isDivision() && e.country().equals(iso2)) {
        return Optional.of(e.id().substring(e.id().indexOf('.') + 1));
      }
    }
    return Optional.empty();
  }
}

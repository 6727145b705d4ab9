package org.herodotus.place;

/**
 * One gazetteer entry.
 *
 * @param id {@code geonames:<geonameid>} for GeoNames places, {@code country:<ISO2>} for countries,
 *     {@code region:<slug>} for the project's regions file (users may add their own ids)
 * @param featureClass GeoNames feature class: P populated place, A administrative area, L region
 * @param featureCode GeoNames feature code (PPLC capital, PPLA admin seat, PCLI country, RGN ...)
 * @param country ISO 3166-1 alpha-2 code; empty for regions spanning several countries
 * @param admin1 name of the first-order administrative division, empty when unknown
 * @param population approximate population, 0 when unknown
 */
public record GazetteerEntry(
    String id,
    String name,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    double lat,
    double lon,
    long population) {

  /** A country row ({@code country:} id). */
  public boolean isCountry() {
    return id.startsWith("country:");
  }

  /** A row of the project's regions file, or a user's, with a {@code region:} id. */
  public boolean isRegion() {
    return id.startsWith("region:");
  }

  /** A first-order division generated from GeoNames admin1 names ({@code admin1:} id). */
  public boolean isDivision() {
    return id.startsWith("admin1:");
  }

  /** A second-order division (county, district) generated from GeoNames admin2 names. */
  public boolean isCounty() {
    return id.startsWith("admin2:");
  }

  /** Great-circle distance to another entry, in kilometres. */
  public double distanceKm(GazetteerEntry other) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(other.lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.lon - lon);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}

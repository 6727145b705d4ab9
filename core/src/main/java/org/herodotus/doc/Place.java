package org.herodotus.doc;

/**
 * A toponym resolved to a gazetteer entry, with the reason for the choice.
 *
 * @param mention index into {@link Doc#mentions()}; -1 for an adjectival toponym, which is no
 *     mention
 * @param span the toponym in the text
 * @param text the toponym as written
 * @param id gazetteer id ({@code geonames:584923}, {@code country:AZ}, {@code
 *     region:nagorno-karabakh})
 * @param name the entry's name
 * @param featureClass GeoNames feature class (P populated place, A administrative area, L region)
 * @param featureCode GeoNames feature code (PPLC capital, PCLI country, RGN region, ...)
 * @param country ISO 3166-1 alpha-2 code; empty for regions spanning several countries
 * @param admin1 first-order administrative division; empty when unknown
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param population approximate population, 0 when unknown
 * @param reason why this entry was chosen ("country name", "largest population", ...)
 * @param metonym true when the name stands for an actor here ("Baku announced": the government), so
 *     the place is not where anything happened
 * @param focus true on the mentions of the article's focus place (the place it is mainly about)
 * @param kind {@code name} for a place name (a mention); {@code adjective} for an adjectival
 *     toponym ("Russian troops", "European leaders"), resolved to the country or region it names,
 *     which says whose, not where: never the focus, never a metonym, not context for other names
 */
public record Place(
    int mention,
    Span span,
    String text,
    String id,
    String name,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    double lat,
    double lon,
    long population,
    String reason,
    boolean metonym,
    boolean focus,
    String kind) {

  public Place {
    // documents written before the field existed have no "kind": their places are all names
    kind = kind == null ? NAME : kind;
  }

  /** {@link #kind()} of a place name. */
  public static final String NAME = "name";

  /** {@link #kind()} of an adjectival toponym. */
  public static final String ADJECTIVE = "adjective";

  /** True for an adjectival toponym ("Russian" in "Russian troops"). */
  public boolean adjective() {
    return kind.equals(ADJECTIVE);
  }
}

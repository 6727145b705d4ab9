package org.herodotus.doc;

/**
 * A toponym resolved to a gazetteer entry, with the reason for the choice.
 *
 * @param mention index into {@link Doc#mentions()}
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
    boolean focus) {}

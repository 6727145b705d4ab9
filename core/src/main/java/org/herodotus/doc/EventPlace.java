package org.herodotus.doc;

/**
 * Where an {@link Event} happened, read from the place layer, and why this place.
 *
 * @param place index into {@link Doc#places()} of the place mention chosen
 * @param span that mention in the text
 * @param text the place name as written
 * @param id gazetteer id ({@code geonames:146970}, {@code region:nagorno-karabakh}, {@code
 *     country:AZ})
 * @param name the gazetteer entry's name
 * @param featureClass GeoNames feature class (P populated place, A administrative area, L region)
 * @param featureCode GeoNames feature code (PPLC, PCLI, ADM1, RGN, ...)
 * @param country ISO 3166-1 alpha-2 code, empty for regions spanning several countries
 * @param admin1 first-order administrative division, empty when unknown
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param from how the place was found, strongest first: {@code trigger} (a place phrase the trigger
 *     governs: "shelled positions near Stepanakert", "its offensive in Karabakh"), {@code clause}
 *     (a place named in the trigger's clause), {@code event} (the place of the same event where the
 *     article mentions it again), {@code sentence} (the place named in the event's sentence),
 *     {@code focus} (the article's focus place, for an event whose sentence names none)
 * @param rule the rule in words, with the words it rests on
 */
public record EventPlace(
    int place,
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
    String from,
    String rule) {

  /** The event place of place {@code index} of {@code doc}. */
  public static EventPlace of(Doc doc, int index, String from, String rule) {
    Place p = doc.places().get(index);
    return new EventPlace(
        index,
        p.span(),
        p.text(),
        p.id(),
        p.name(),
        p.featureClass(),
        p.featureCode(),
        p.country(),
        p.admin1(),
        p.lat(),
        p.lon(),
        from,
        rule);
  }
}

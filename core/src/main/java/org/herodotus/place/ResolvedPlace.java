package org.herodotus.place;

/**
 * A toponym resolved to a gazetteer entry.
 *
 * @param toponym the name as written in the article
 * @param entry the chosen entry
 * @param reason why this entry was chosen ("country name", "only candidate", "largest population",
 *     "in article's country AZ", ...)
 * @param candidates how many entries the name matched
 */
public record ResolvedPlace(String toponym, GazetteerEntry entry, String reason, int candidates) {}

/**
 * The place layer: a bundled offline gazetteer ({@link org.herodotus.place.Gazetteer}) and the
 * resolver that picks one entry for a toponym with the reason for the choice ({@link
 * org.herodotus.place.PlaceResolver}).
 */
@NullMarked
package org.herodotus.place;

import org.jspecify.annotations.NullMarked;

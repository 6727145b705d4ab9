package org.herodotus.place;

import java.util.Optional;

/**
 * One rule of {@link PlaceResolver}: the entry it picks for a toponym and why (the reason the place
 * layer shows), or empty when the rule does not apply and the next one is asked.
 */
interface PlaceRule {

  Optional<ResolvedPlace> apply(Toponym toponym);
}

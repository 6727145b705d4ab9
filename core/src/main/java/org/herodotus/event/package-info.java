/**
 * The event layer: CAMEO event coding over the dependency parse ({@link
 * org.herodotus.event.EventCoder}), with the CAMEO codebook ({@link
 * org.herodotus.event.CameoCodebook}), the PLOVER mapping ({@link
 * org.herodotus.event.PloverMapping}) and the verb and noun pattern lexicon ({@link
 * org.herodotus.event.EventLexicon}).
 */
@NullMarked
package org.herodotus.event;

import org.jspecify.annotations.NullMarked;

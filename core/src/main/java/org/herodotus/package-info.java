/**
 * Herodotus: news articles in, explainable event data out. Start at {@link
 * org.herodotus.Herodotus}.
 */
@NullMarked
package org.herodotus;

import org.jspecify.annotations.NullMarked;

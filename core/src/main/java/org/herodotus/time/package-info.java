/** The time layer: time expressions normalized against the publication date. */
@NullMarked
package org.herodotus.time;

import org.jspecify.annotations.NullMarked;

/** The gazetteer and the resolution of toponyms to gazetteer entries. */
@NullMarked
package org.herodotus.place;

import org.jspecify.annotations.NullMarked;

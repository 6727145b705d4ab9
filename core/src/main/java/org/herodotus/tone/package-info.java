/** The tone of an article, as GDELT defines its document tone, from a sentiment lexicon. */
@NullMarked
package org.herodotus.tone;

import org.jspecify.annotations.NullMarked;

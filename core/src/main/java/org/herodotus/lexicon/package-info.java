/** Lexicons bundled as data files (countries, role nouns) and their loaders. */
@NullMarked
package org.herodotus.lexicon;

import org.jspecify.annotations.NullMarked;

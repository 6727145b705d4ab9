/** Writers: the JSON output contract and its lossless reading back. */
@NullMarked
package org.herodotus.write;

import org.jspecify.annotations.NullMarked;

/**
 * Readers: bytes in, documents with text, metadata and paragraphs out; bad input becomes a failed
 * result naming the input.
 */
@NullMarked
package org.herodotus.read;

import org.jspecify.annotations.NullMarked;

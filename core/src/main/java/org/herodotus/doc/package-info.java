/**
 * The document model: one immutable Doc with its text and a list per annotation layer; spans are
 * half-open UTF-16 offsets into the text.
 */
@NullMarked
package org.herodotus.doc;

import org.jspecify.annotations.NullMarked;

/**
 * The entity layer: mentions grouped into entities, with general rules that mend the engine's
 * coreference.
 */
@NullMarked
package org.herodotus.entity;

import org.jspecify.annotations.NullMarked;

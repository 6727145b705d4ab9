/**
 * Stages and the pipeline that checks, when it is built, that every stage's input layers are
 * provided.
 */
@NullMarked
package org.herodotus.pipeline;

import org.jspecify.annotations.NullMarked;

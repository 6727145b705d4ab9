/**
 * Our own gold sets on real news no rule was written for: events (CAMEO codes and actors) in BBC
 * News and Reuters-21578 articles, and quotes with their speakers in BBC News articles, kept as
 * standoff (offsets and codes) in this package's resources, with the guidelines they were annotated
 * by.
 */
@NullMarked
package org.herodotus.eval.news;

import org.jspecify.annotations.NullMarked;

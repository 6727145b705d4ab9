/**
 * The actor layer: CAMEO actor codes for the entities that act ({@link
 * org.herodotus.actor.ActorCoder}), from the lexicons of {@link
 * org.herodotus.lexicon.ActorLexicon}.
 */
@NullMarked
package org.herodotus.actor;

import org.jspecify.annotations.NullMarked;

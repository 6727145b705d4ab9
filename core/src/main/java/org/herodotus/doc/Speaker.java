package org.herodotus.doc;

import java.util.Optional;

/**
 * Who said a {@link Quote}: the mention that names the speaker in the attribution (a name, a
 * description such as "the official", or a pronoun), the entity that mention refers to (index into
 * {@link Doc#entities()}), the entity's canonical name, and the speaker's role and affiliation when
 * the text states them ("presidential foreign policy advisor" of "Azerbaijan").
 *
 * <p>{@code mention} is the span in the text; {@code entity} is -1 when the speaker is a phrase the
 * entity layer did not resolve (then {@code name} is the phrase itself).
 */
public record Speaker(
    Span mention, int entity, String name, Optional<String> role, Optional<String> affiliation) {}

package org.herodotus.doc;

import java.util.Optional;

/**
 * A source or target of an {@link Event}.
 *
 * @param span the text of the argument (the mention when there is one)
 * @param text that text
 * @param mention index into {@link Doc#mentions()}, when the argument is a mention
 * @param entity index into {@link Doc#entities()}, when the mention belongs to an entity
 * @param name the entity's canonical name, or the text
 * @param code the CAMEO actor code ("AZEGOV", "RUS"), when one is known
 * @param role how the argument was found: {@code nsubj}, {@code obj}, {@code obl:with}, {@code
 *     agent}, {@code poss}, {@code speaker}, {@code controller}, {@code context} ...
 */
public record EventActor(
    Span span,
    String text,
    Optional<Integer> mention,
    Optional<Integer> entity,
    String name,
    Optional<String> code,
    String role) {}

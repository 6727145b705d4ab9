package org.herodotus.event;

/**
 * A PETRARCH verb pattern matched in full at a verb, with the heads of the noun phrases its markers
 * found: {@code $} the source, {@code +} the target, {@code %} a compound actor whose members act
 * with each other (-1 where the pattern has no such marker).
 */
record PetrarchMatch(PetrarchVerbPattern pattern, int source, int target, int compound) {}

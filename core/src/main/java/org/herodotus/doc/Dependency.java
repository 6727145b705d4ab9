package org.herodotus.doc;

/**
 * A Universal Dependencies arc between two tokens (indexes into {@link Doc#tokens()}). The root of
 * a sentence has {@code head == -1} and relation {@code root}.
 */
public record Dependency(int head, int dependent, String relation) {}

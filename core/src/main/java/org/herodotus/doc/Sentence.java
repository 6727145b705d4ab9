package org.herodotus.doc;

/**
 * A sentence: its span, and the half-open range {@code [firstToken, endToken)} of indexes into
 * {@link Doc#tokens()}.
 */
public record Sentence(Span span, int firstToken, int endToken) {}

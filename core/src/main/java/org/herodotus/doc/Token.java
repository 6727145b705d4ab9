package org.herodotus.doc;

/**
 * A token with its part of speech (Penn Treebank tag), lemma and named-entity tag as the NLP engine
 * gave them. {@code sentence} is the index of its sentence in {@link Doc#sentences()}.
 */
public record Token(Span span, String text, String pos, String lemma, String ner, int sentence) {}

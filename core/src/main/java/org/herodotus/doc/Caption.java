package org.herodotus.doc;

import java.util.Optional;

/**
 * An image caption found in the article, with the photo credit that followed it in brackets (for
 * example {@code [Getty]}). {@code span} covers the caption text without the credit.
 */
public record Caption(String text, Optional<String> credit, Span span, Optional<Span> creditSpan) {}

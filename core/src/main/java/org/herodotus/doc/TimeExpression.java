package org.herodotus.doc;

/**
 * A time expression and its TIMEX3-style value: {@code DATE 2023-09-21}, {@code DURATION P1D},
 * {@code DATE 2020}. {@code anchored} is false when the value could not be fixed against a
 * publication date (the article has none), in which case it stays relative, for example {@code
 * XXXX-WXX-3} for "Wednesday".
 */
public record TimeExpression(Span span, String text, String type, String value, boolean anchored) {}

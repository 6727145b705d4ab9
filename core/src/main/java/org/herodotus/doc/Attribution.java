package org.herodotus.doc;

import java.util.List;
import java.util.Optional;

/**
 * A statement: what someone said, whole, as attribution corpora such as PolNeAR mark it, assembled
 * from the pieces of the quote layer.
 *
 * <ul>
 *   <li>{@code content}: what was said: a direct quote with its marks, both parts of a quote
 *       interrupted by its cue ("“A,” she said. “B.”" from the first mark to the last), a quoted
 *       fragment with the words of its clause around it, or a reported clause.
 *   <li>{@code cue}: the words that introduce it, as in the quote layer.
 *   <li>{@code direct}: whether the content is a quotation from its first character.
 *   <li>{@code speaker}: who said it (the speaker of its first quote), or empty.
 *   <li>{@code quotes}: indices in {@link Doc#quotes()} of the quotes it is made of.
 * </ul>
 */
public record Attribution(
    Span content,
    Optional<Span> cue,
    boolean direct,
    Optional<Speaker> speaker,
    List<Integer> quotes) {

  public Attribution {
    quotes = List.copyOf(quotes);
  }
}

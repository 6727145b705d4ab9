package org.herodotus.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A quotation or a report of what someone said.
 *
 * <ul>
 *   <li>{@code span}: the quote as it stands in the text; for direct, partial and echo quotes it
 *       includes the quote marks, for indirect speech it is the reported clause (with its "that").
 *   <li>{@code content}: what was said, without quote marks.
 *   <li>{@code kind}: {@code direct} (a whole quoted statement), {@code partial} (a quoted fragment
 *       inside a reported clause), {@code indirect} (reported speech, no quote marks), {@code echo}
 *       (a quoted fragment with no cue that repeats an earlier quote's words).
 *   <li>{@code cue}: the word or words that introduce the quote ("said", "adding", "according to");
 *       for a cue in two parts ("slammed ... as") the span runs from the first to the last.
 *   <li>{@code speaker}: who said it, or empty with {@code unattributedReason} saying why.
 *   <li>{@code echoOf}: for an echo, the index in {@link Doc#quotes()} of the quote it repeats.
 *   <li>{@code rule}: the rule that found the quote and its speaker, as evidence.
 * </ul>
 */
public record Quote(
    Span span,
    Span content,
    Kind kind,
    Optional<Span> cue,
    Optional<Speaker> speaker,
    Optional<String> unattributedReason,
    Optional<Integer> echoOf,
    String rule) {

  public enum Kind {
    @JsonProperty("direct")
    DIRECT,
    @JsonProperty("partial")
    PARTIAL,
    @JsonProperty("indirect")
    INDIRECT,
    @JsonProperty("echo")
    ECHO
  }
}

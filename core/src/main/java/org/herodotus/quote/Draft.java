package org.herodotus.quote;

import java.util.Optional;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;

/**
 * A quote while the steps build it: what {@link Quote} will hold, with the token of its cue verb
 * ({@code cueVerb}, -1 when there is none) that later steps look at. {@code echoOf} is the index,
 * among the quotes found before it, of the quote an echo repeats. The steps hand it on and replace
 * it, never change it.
 */
record Draft(
    Span span,
    Span content,
    Quote.Kind kind,
    Optional<Span> cue,
    int cueVerb,
    Optional<Speaker> speaker,
    Optional<String> reason,
    Optional<Integer> echoOf,
    String rule) {

  /** A quote of {@code kind} with no cue, speaker or rule yet. */
  static Draft of(Span span, Span content, Quote.Kind kind) {
    return new Draft(
        span,
        content,
        kind,
        Optional.empty(),
        -1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "");
  }

  /** This quote introduced by {@code cue} (its rule the cue's), said by whom {@code said} gives. */
  Draft cued(Cue cue, Speakers.Said said) {
    return new Draft(
        span,
        content,
        kind,
        Optional.of(cue.span()),
        cue.verb(),
        said.speaker(),
        said.reason(),
        echoOf,
        cue.rule());
  }

  /** This quote with {@code cue} (no verb) and a speaker the text names outright. */
  Draft named(Span cue, Speaker speaker, String rule) {
    return new Draft(
        span, content, kind, Optional.of(cue), cueVerb, Optional.of(speaker), reason, echoOf, rule);
  }

  /** This quote with no cue, its speaker and reason as given, found by {@code rule}. */
  Draft uncued(Optional<Speaker> speaker, Optional<String> reason, String rule) {
    return new Draft(span, content, kind, cue, cueVerb, speaker, reason, echoOf, rule);
  }

  Draft withKind(Quote.Kind value) {
    return new Draft(span, content, value, cue, cueVerb, speaker, reason, echoOf, rule);
  }

  Draft withEchoOf(int earlier) {
    return new Draft(
        span, content, kind, cue, cueVerb, speaker, reason, Optional.of(earlier), rule);
  }

  /** The quote layer's record; the reason only when there is no speaker. */
  Quote toQuote(Optional<Integer> echoIndex) {
    return new Quote(
        span,
        content,
        kind,
        cue,
        speaker,
        speaker.isPresent() ? Optional.empty() : reason,
        echoIndex,
        rule);
  }
}

package org.herodotus.quote;

import org.herodotus.doc.Span;

/**
 * What introduces a quote: its words ({@code span}), the cue verb's token ({@code verb}, -1 when
 * the cue is no verb: "according to"), the rule that found it, and the token whose subject (for a
 * verb) or which itself (for "according to X") is the speaker.
 */
record Cue(Span span, int verb, String rule, int sourceToken) {

  /** A speech verb on token {@code verb} that is its own cue, its subject the speaker. */
  static Cue verb(Parse parse, int verb, String rule) {
    return new Cue(parse.token(verb).span(), verb, rule, verb);
  }
}

package org.herodotus.quote;

import java.util.Optional;
import org.herodotus.doc.Quote;

/**
 * The last step for quote marks: words in them that no step found a cue or speaker for, with the
 * reason: a statement nothing introduces and no quote precedes, or scare quotes (a fragment that no
 * speech verb governs and that repeats no earlier quote). Rule: {@value #RULE}.
 */
final class Uncued {

  static final String RULE = "quote marks, no cue";

  private Uncued() {}

  static Draft of(Draft d) {
    String reason =
        d.kind() == Quote.Kind.DIRECT
            ? "no speech verb introduces this quote and no quote precedes it"
            : "scare quotes: no speech verb governs the fragment and it repeats no earlier quote";
    return d.uncued(Optional.empty(), Optional.of(reason), RULE);
  }
}

package org.herodotus.eval.corpus;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Span;

/**
 * One attribution a system found, as scored: its content span (with quote marks for quotes), its
 * cue, whether it is a direct quote, and the spans that stand for its speaker (the speaker mention
 * and the other mentions of the same entity or coreference chain). A speaker is right when one of
 * them overlaps the gold Source.
 */
public record Attribution(
    Span content, Optional<Span> cue, boolean direct, List<Span> speakerSpans) {
  public Attribution {
    speakerSpans = List.copyOf(speakerSpans);
  }
}

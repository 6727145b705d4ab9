package org.herodotus.event;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;

/**
 * Step 11 of the {@link EventCoder}: what the paragraphs let count. Page furniture is not read at
 * all ({@link #read}); a caption repeated in the body ({@link Paragraph#duplicateOf()}) counts
 * once, so the drafts of its repeat are dropped.
 */
final class CaptionDuplicates {

  /** True when sentence {@code s} is prose (not page furniture), so its events are coded. */
  static boolean read(Doc doc, int s) {
    return paragraph(doc, s).map(Paragraph::isProse).orElse(true);
  }

  /** The drafts of sentence {@code s} that count: none where it repeats a caption. */
  List<EventDraft> keep(Doc doc, int s, List<EventDraft> drafts, DroppedEvents dropped) {
    Optional<Integer> original = paragraph(doc, s).flatMap(Paragraph::duplicateOf);
    if (original.isEmpty()) {
      return drafts;
    }
    for (EventDraft d : drafts) {
      dropped.drop(d, "caption duplicate of paragraph " + original.get());
    }
    return List.of();
  }

  private static Optional<Paragraph> paragraph(Doc doc, int s) {
    int p = doc.paragraphAt(doc.sentences().get(s).span().start());
    return p >= 0 ? Optional.of(doc.paragraphs().get(p)) : Optional.empty();
  }
}

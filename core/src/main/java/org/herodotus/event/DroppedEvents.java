package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Note;
import org.herodotus.doc.Span;

/**
 * The drafts the steps drop on purpose, each recorded as a {@link Note} of stage {@code events}
 * with the step's reason, in the order they were dropped, so users can see why an event is missing.
 */
final class DroppedEvents {

  private final Doc doc;
  private final DependencyGraph g;
  private final List<Note> notes = new ArrayList<>();

  DroppedEvents(EventParse parse) {
    this.doc = parse.doc();
    this.g = parse.graph();
  }

  /** Records that {@code draft} is dropped, and why. */
  void drop(EventDraft draft, String reason) {
    Span span = g.token(draft.trigger()).span();
    notes.add(
        new Note(
            EventCoder.NAME,
            "dropped "
                + draft.code()
                + " '"
                + doc.slice(span)
                + "' at "
                + span.start()
                + "-"
                + span.end()
                + " ("
                + draft.pattern().text()
                + "): "
                + reason));
  }

  List<Note> notes() {
    return List.copyOf(notes);
  }
}

package org.herodotus.event;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Note;

/** One line per event, for test failure messages. */
final class EventPrinter {

  private EventPrinter() {}

  static String line(Doc doc, Event e) {
    return e.code()
        + " "
        + actor(e.source().orElse(null))
        + " -> "
        + actor(e.target().orElse(null))
        + " '"
        + doc.slice(e.evidence().trigger())
        + "' "
        + e.date().orElse("-")
        + "/"
        + e.dateFrom()
        + " "
        + e.flags()
        + " "
        + e.evidence().pattern()
        + " "
        + e.evidence().rules()
        + " s"
        + e.evidence().sentence();
  }

  static String actor(EventActor a) {
    return a == null ? "-" : a.name() + "[" + a.code().orElse("?") + "," + a.role() + "]";
  }

  static String all(Doc doc) {
    StringBuilder b = new StringBuilder();
    for (Event e : doc.events()) {
      b.append(line(doc, e)).append('\n');
    }
    for (Note n : doc.notes()) {
      if (n.stage().equals("events")) {
        b.append("  ").append(n.message()).append('\n');
      }
    }
    return b.toString();
  }
}

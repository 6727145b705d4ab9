package org.herodotus.event;

import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;

/**
 * Where the event coder gets its events' locations: the place layer plugs in here ({@link
 * EventPlaces}). {@link #NONE} knows no place.
 */
public interface PlaceOf {

  /** Knows no place: every event is left without one. */
  PlaceOf NONE = (doc, events) -> events;

  /**
   * The events of {@code doc}, in the same order, each given a place ({@link Event#withLocation})
   * where the text tells where it happened.
   */
  List<Event> locate(Doc doc, List<Event> events);
}

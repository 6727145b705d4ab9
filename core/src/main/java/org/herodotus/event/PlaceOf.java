package org.herodotus.event;

import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;

/**
 * Where the event coder gets an event's location: the place layer plugs in here. The default knows
 * no place.
 */
public interface PlaceOf {

  /** Knows no place. */
  PlaceOf NONE = (doc, sentence, trigger) -> Optional.empty();

  /**
   * The place of an event triggered at {@code trigger} in sentence {@code sentence} (index into
   * {@link Doc#sentences()}), as a name or gazetteer id, if the text says.
   */
  Optional<String> placeOf(Doc doc, int sentence, Span trigger);
}

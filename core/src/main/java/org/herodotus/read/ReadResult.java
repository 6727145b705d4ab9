package org.herodotus.read;

import java.util.Optional;
import org.herodotus.doc.Doc;

/**
 * One article read from an input, or the reason it could not be read. An input file gives one
 * result (plain text) or several (JSON Lines, one per line).
 */
public record ReadResult(String input, Optional<Doc> doc, Optional<InputException> error) {

  public static ReadResult ok(String input, Doc doc) {
    return new ReadResult(input, Optional.of(doc), Optional.empty());
  }

  public static ReadResult failed(InputException error) {
    return new ReadResult(error.input(), Optional.empty(), Optional.of(error));
  }

  public boolean isOk() {
    return doc.isPresent();
  }
}

package org.herodotus.read;

import java.util.Optional;
import org.herodotus.doc.Doc;

/**
 * One article read from an input, or the reason it could not be read. An input file gives one
 * result (plain text) or several (JSON Lines, one per line; a WARC file, one per page).
 *
 * <p>Four shapes: <b>ok</b> (a document, no error); <b>failed</b> (an error, no document);
 * <b>rejected</b> (a document that was read but is not analyzed, with the error saying why, such as
 * a language Herodotus does not analyze); <b>skipped</b> (nothing to analyze and nothing wrong: a
 * notice for the user, such as the records of a WARC file that are not pages).
 */
public record ReadResult(
    String input, Optional<Doc> doc, Optional<InputException> error, Optional<String> notice) {

  public ReadResult(String input, Optional<Doc> doc, Optional<InputException> error) {
    this(input, doc, error, Optional.empty());
  }

  public static ReadResult ok(String input, Doc doc) {
    return new ReadResult(input, Optional.of(doc), Optional.empty());
  }

  public static ReadResult failed(InputException error) {
    return new ReadResult(error.input(), Optional.empty(), Optional.of(error));
  }

  /** A document that was read but must not be analyzed, for the reason {@code error} gives. */
  public static ReadResult rejected(Doc doc, InputException error) {
    return new ReadResult(error.input(), Optional.of(doc), Optional.of(error));
  }

  /** Nothing to analyze in (part of) {@code input}, and nothing wrong: {@code notice} says what. */
  public static ReadResult skipped(String input, String notice) {
    return new ReadResult(input, Optional.empty(), Optional.empty(), Optional.of(notice));
  }

  /** A document to analyze. */
  public boolean isOk() {
    return doc.isPresent() && error.isEmpty();
  }

  public boolean isSkipped() {
    return doc.isEmpty() && error.isEmpty();
  }
}

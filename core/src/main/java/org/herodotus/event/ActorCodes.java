package org.herodotus.event;

import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;

/**
 * Where the event coder gets CAMEO actor codes ({@code AZEGOV}, {@code RUSMIL}, {@code IGOUNO}).
 * The actor layer plugs in here; {@link CountryActorCodes} is the fallback that reads country and
 * role words from the mentions themselves.
 */
public interface ActorCodes {

  /** The code of a mention (index into {@link Doc#mentions()}), if known. */
  Optional<String> codeOf(Doc doc, int mention);

  /**
   * The code of an argument that is not a mention ("the Azerbaijani side"), from its text and the
   * tokens it covers. None by default.
   */
  default Optional<String> codeOfPhrase(Doc doc, Span span) {
    return Optional.empty();
  }
}

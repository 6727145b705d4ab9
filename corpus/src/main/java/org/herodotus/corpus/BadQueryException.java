package org.herodotus.corpus;

/** A search query or SQL statement that cannot be run, with the reason (a user error). */
public final class BadQueryException extends RuntimeException {

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.herodotus.server;

/**
 * A request the API answers with an error: the HTTP status and a message for the client, written as
 * {@code {"error": message, "status": status}}. The message is meant to be read by the user; it
 * never carries a stack trace or internal detail.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}

package org.herodotus.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what never reaches our routes (a malformed request line, a bad URI): the same
 * JSON error body as the API's, with the status's standard reason and never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason = HttpStatus.getMessage(code);
    String text = code >= 500 ? "internal error" : reason.toLowerCase(java.util.Locale.ROOT);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(Newsroom.errorBody(code, text)), callback);
  }

  @Override
  public ByteBuffer badMessageError(
      int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    String text =
        status >= 500
            ? "internal error"
            : HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
    return ByteBuffer.wrap(Newsroom.errorBody(status, text));
  }
}

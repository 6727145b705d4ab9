package org.herodotus.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, checked: a bad value is a 400 naming the parameter and saying what
 * it takes. Values are only ever bound to SQL parameters or passed to the search, never pasted into
 * a query's text.
 */
final class Params {

  private static final int MAX_TEXT = 500;
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A text parameter, stripped; empty when missing or blank. */
  Optional<String> text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    }
    return Optional.of(v.strip());
  }

  String required(String name) {
    return text(name).orElseThrow(() -> ApiException.badRequest(name + " is required"));
  }

  /** An integer between {@code min} and {@code max}, {@code fallback} when missing. */
  int integer(String name, int fallback, int min, int max) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, not '" + v.get() + "'");
    }
  }

  /** A day (YYYY-MM-DD). */
  Optional<LocalDate> day(String name) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.get()));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a day as YYYY-MM-DD, not '" + v.get() + "'");
    }
  }

  /** One of {@code allowed}, {@code fallback} when missing. */
  String choice(String name, String fallback, Set<String> allowed) {
    String v = text(name).orElse(fallback);
    if (!allowed.contains(v)) {
      throw ApiException.badRequest(
          name + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
    }
    return v;
  }

  /** A CAMEO code or code prefix: one to four digits. */
  Optional<String> code(String name) {
    Optional<String> v = text(name);
    if (v.isPresent() && !DIGITS.matcher(v.get()).matches()) {
      throw ApiException.badRequest(name + " must be a CAMEO code of 1 to 4 digits");
    }
    return v;
  }

  /** true, false, 1, 0, yes, no; {@code false} when missing. */
  boolean flag(String name) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return false;
    }
    return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false");
    };
  }
}

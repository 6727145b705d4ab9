package org.herodotus.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Doc;

/**
 * Remembers the articles of a batch by URL and by text, so that an article met twice (the same page
 * saved twice, a WARC with a page captured twice, a feed listing one story under two links) is
 * analyzed once. Texts are compared after folding case and whitespace.
 */
final class Duplicates {

  private final Map<String, String> byUrl = new HashMap<>();
  private final Map<String, String> byText = new HashMap<>();

  /**
   * Registers the article read from {@code input}; when an earlier one had the same URL or text,
   * returns why this one is skipped ("the same article as a.html (same URL https://...)").
   */
  synchronized Optional<String> check(String input, Doc doc) {
    Optional<String> url = doc.metadata().url().map(Duplicates::normalizeUrl);
    if (url.isPresent() && byUrl.containsKey(url.get())) {
      return Optional.of(
          "skipped: the same article as "
              + BatchRunner.displayName(byUrl.get(url.get()))
              + " (same URL "
              + doc.metadata().url().get()
              + ")");
    }
    String hash = textHash(doc.text());
    if (byText.containsKey(hash)) {
      return Optional.of(
          "skipped: the same article as "
              + BatchRunner.displayName(byText.get(hash))
              + " (same text)");
    }
    url.ifPresent(u -> byUrl.put(u, input));
    byText.put(hash, input);
    return Optional.empty();
  }

  /** The URL without fragment and trailing slash, scheme and host in lower case. */
  static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int scheme = u.indexOf("://");
    if (scheme > 0) {
      int pathStart = u.indexOf('/', scheme + 3);
      int end = pathStart < 0 ? u.length() : pathStart;
      u = u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
    }
    return u;
  }

  /** SHA-256 (hex) of the text with case folded and runs of whitespace made one space. */
  static String textHash(String text) {
    String normalized =
        String.join(" ", text.strip().split("[\\s\\u00A0]+")).toLowerCase(Locale.ROOT);
    return sha256(normalized.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of {@code bytes}, in hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}

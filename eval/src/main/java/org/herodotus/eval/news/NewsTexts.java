package org.herodotus.eval.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the articles our gold sets point into, read from the shared data as
 * scripts/news-texts.py writes them: {@code bbc/<category>/<NNN>} is the BBC News file as it is
 * (UTF-8, bad bytes replaced); {@code reuters/<NEWID>} is the Reuters-21578 story's title, a blank
 * line, its dateline and its body (SGML entities unescaped, control entities and the closing
 * "Reuter" dropped), and a final newline.
 */
public final class NewsTexts {

  /** An article's text and, for Reuters, its date (YYYY-MM-DD). */
  public record Article(String id, String text, Optional<String> date) {}

  private final Path data;
  private Map<String, String> reuters;

  public NewsTexts(Path data) {
    this.data = data;
  }

  public Article read(String id) {
    String[] parts = id.split("/");
    if (parts.length == 3 && parts[0].equals("bbc")) {
      Path file = data.resolve("bbc-news").resolve(parts[1]).resolve(parts[2] + ".txt");
      try {
        byte[] bytes = Files.readAllBytes(file);
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
        return new Article(id, text, Optional.empty());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    if (parts.length == 2 && parts[0].equals("reuters")) {
      return reuters(id, parts[1]);
    }
    throw new IllegalArgumentException("unknown article id: " + id);
  }

  private static final Pattern DOC =
      Pattern.compile("<REUTERS [^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d+)-([A-Z]{3})-(\\d{4})");
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  private synchronized Article reuters(String id, String newid) {
    if (reuters == null) {
      reuters = new HashMap<>();
      Path folder = data.resolve("reuters21578");
      TreeSet<Path> files = new TreeSet<>();
      try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*.sgm")) {
        list.forEach(files::add);
        for (Path f : files) {
          String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
          Matcher m = DOC.matcher(raw);
          while (m.find()) {
            reuters.put(m.group(1), m.group(2));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + folder, e);
      }
    }
    String doc = reuters.get(newid);
    if (doc == null) {
      throw new IllegalArgumentException("no Reuters-21578 story with NEWID " + newid);
    }
    String title = element(doc, "TITLE").map(t -> unescape(t).strip()).orElse("");
    String dateline = element(doc, "DATELINE").map(t -> unescape(t).strip()).orElse("");
    String body =
        element(doc, "BODY")
            .map(NewsTexts::unescape)
            .orElseThrow(() -> new IllegalArgumentException(id + " has no body"));
    body = body.stripTrailing().replaceAll("\\s*\\bReuter\\s*$", "").stripTrailing();
    String text =
        title + "\n\n" + (dateline.isEmpty() ? "" : dateline + " ") + body.stripLeading() + "\n";
    Optional<String> date = Optional.empty();
    Matcher d = DATE.matcher(doc);
    if (d.find()) {
      int month = MONTHS.indexOf(d.group(2)) / 3 + 1;
      date =
          Optional.of(
              String.format(
                  java.util.Locale.ROOT,
                  "%s-%02d-%02d",
                  d.group(3),
                  month,
                  Integer.parseInt(d.group(1))));
    }
    return new Article(id, text, date);
  }

  private static Optional<String> element(String doc, String name) {
    Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(doc);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static final Pattern NUMERIC = Pattern.compile("&#\\d+;");

  /** SGML entities as Python's html.unescape reads those the collection uses. */
  static String unescape(String s) {
    String t = NUMERIC.matcher(s).replaceAll("");
    return t.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** The SHA-1 (hex) of a text's UTF-8 bytes, as the standoff files record it. */
  public static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

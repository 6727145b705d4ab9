package org.herodotus.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Note;
import org.herodotus.lexicon.WordLists;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (WARC 1.0 or 1.1, uncompressed or gzip'd record by record, as crawlers write
 * them) with jwarc: every HTML response record with a 2xx status becomes an article, read by {@link
 * HtmlReader}, named {@code <file>#<record offset>}, with the captured URL (when the page does not
 * give its own) and the capture date in a note. Other records (requests, warcinfo, metadata,
 * revisits, responses that are not HTML or not 2xx) are skipped and counted in one notice.
 *
 * <p>Problems are reported per record: a page over the byte limit, a page without article text, a
 * page in a charset that does not decode. A corrupt file (broken gzip, damaged headers) ends the
 * reading with a failure naming the file and the offset; the records read before it are kept.
 */
public final class WarcReader {

  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private WarcReader() {}

  /** True for a gzip magic number at the start of {@code head}. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B;
  }

  /** True when {@code head} starts with {@code WARC/1.}, plain or in a gzip member. */
  public static boolean looksLikeWarc(byte[] head) {
    if (startsWithMagic(head)) {
      return true;
    }
    if (!isGzip(head)) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return startsWithMagic(in.readNBytes(MAGIC.length));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWithMagic(byte[] head) {
    if (head.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (head[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the archive at {@code path}, named {@code name} in results, streaming it. */
  public static List<ReadResult> read(String name, Path path, ReaderOptions options)
      throws IOException {
    return read(name, path, options, WordLists.bundled());
  }

  /** As {@link #read(String, Path, ReaderOptions)}, reading pages with these word lists. */
  public static List<ReadResult> read(
      String name, Path path, ReaderOptions options, WordLists words) throws IOException {
    try (ReadableByteChannel channel = Files.newByteChannel(path)) {
      return read(name, channel, options, words);
    }
  }

  /** Reads an archive held in memory. */
  public static List<ReadResult> read(String name, byte[] bytes, ReaderOptions options) {
    return read(name, bytes, options, WordLists.bundled());
  }

  /** As {@link #read(String, byte[], ReaderOptions)}, reading pages with these word lists. */
  public static List<ReadResult> read(
      String name, byte[] bytes, ReaderOptions options, WordLists words) {
    try {
      return read(name, Channels.newChannel(new ByteArrayInputStream(bytes)), options, words);
    } catch (IOException e) {
      return List.of(ReadResult.failed(new InputException(name, "cannot read: " + e, e)));
    }
  }

  private static List<ReadResult> read(
      String name, ReadableByteChannel channel, ReaderOptions options, WordLists words)
      throws IOException {
    List<ReadResult> results = new ArrayList<>();
    Skipped skipped = new Skipped();
    org.netpreserve.jwarc.WarcReader reader;
    try {
      reader = new org.netpreserve.jwarc.WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      results.add(ReadResult.failed(new InputException(name, corrupt(e, -1, 0))));
      return results;
    }
    try (reader) {
      int records = 0;
      long offset = -1;
      while (true) {
        WarcRecord record;
        try {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          record = next.get();
        } catch (IOException | RuntimeException | StackOverflowError e) {
          results.add(ReadResult.failed(new InputException(name, corrupt(e, offset, records))));
          break;
        }
        records++;
        offset = record.position();
        String where = name + "#" + offset;
        try {
          Optional<ReadResult> page = page(where, record, options, words, skipped);
          page.ifPresent(results::add);
        } catch (InputException e) {
          results.add(ReadResult.failed(e));
        } catch (IOException | RuntimeException | StackOverflowError e) {
          results.add(
              ReadResult.failed(
                  new InputException(where, "record could not be read: " + describe(e), e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // closing a damaged stream: what was read is kept
    }
    if (!skipped.isEmpty()) {
      results.add(ReadResult.skipped(name, skipped.describe()));
    }
    if (results.isEmpty()) {
      results.add(ReadResult.failed(new InputException(name, "is a WARC file with no records")));
    }
    return results;
  }

  /** Counts what was skipped, by kind, for one notice. */
  private static final class Skipped {
    final Map<String, Integer> records = new TreeMap<>();
    final Map<String, Integer> types = new TreeMap<>();
    final Map<Integer, Integer> statuses = new TreeMap<>();

    boolean isEmpty() {
      return records.isEmpty() && types.isEmpty() && statuses.isEmpty();
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      int nonHtml = types.values().stream().mapToInt(Integer::intValue).sum();
      if (nonHtml > 0) {
        parts.add(count(nonHtml, "response") + " that are not HTML (" + list(types) + ")");
      }
      int unsuccessful = statuses.values().stream().mapToInt(Integer::intValue).sum();
      if (unsuccessful > 0) {
        parts.add(
            count(unsuccessful, "response")
                + " with an HTTP status other than 2xx ("
                + list(statuses)
                + ")");
      }
      int other = records.values().stream().mapToInt(Integer::intValue).sum();
      if (other > 0) {
        parts.add(count(other, "other record") + " (" + list(records) + ")");
      }
      return "skipped " + String.join("; ", parts);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String list(Map<?, Integer> counts) {
      List<String> items = new ArrayList<>();
      counts.forEach((k, v) -> items.add(k + " " + v));
      return String.join(", ", items);
    }
  }

  private static Optional<ReadResult> page(
      String where, WarcRecord record, ReaderOptions options, WordLists words, Skipped skipped)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      skipped.records.merge(record.type(), 1, Integer::sum);
      return Optional.empty();
    }
    String target = response.target();
    String scheme = schemeOf(target);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      skipped.records.merge(
          "response (" + (scheme.isEmpty() ? "no URL" : scheme) + ")", 1, Integer::sum);
      return Optional.empty();
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      skipped.statuses.merge(http.status(), 1, Integer::sum);
      return Optional.empty();
    }
    Optional<String> type = mediaType(http);
    if (type.isPresent() && !WebPage.isHtml(type.get())) {
      // not read at all: a crawl's images and videos can be large
      skipped.types.merge(type.get(), 1, Integer::sum);
      return Optional.empty();
    }
    byte[] body = readAtMost(http.bodyDecoded().stream(), options.maxBytes() + 1);
    if (type.isEmpty() && !HtmlReader.looksLikeHtml(body)) {
      skipped.types.merge("unknown type", 1, Integer::sum);
      return Optional.empty();
    }
    if (body.length > options.maxBytes()) {
      throw new InputException(
          where,
          "page "
              + target
              + " is over the limit of "
              + options.maxBytes()
              + " bytes (raise it with --max-bytes)");
    }
    Doc doc = WebPage.read(where, target, body, http.headers().first("Content-Type"), words);
    doc =
        doc.withNote(
            new Note(
                "read",
                "captured "
                    + response.date()
                    + " from "
                    + target
                    + " (WARC record "
                    + where
                    + ")"
                    + (doc.metadata().published().isEmpty()
                        ? "; the page gives no publication date"
                        : "")));
    return Optional.of(ReadResult.ok(where, doc));
  }

  /** The base media type of the HTTP response, lower case, when it declares a valid one. */
  private static Optional<String> mediaType(HttpResponse http) {
    return http.headers().first("Content-Type").flatMap(WebPage::mediaType);
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
  }

  private static String schemeOf(String target) {
    int colon = target.indexOf(':');
    return colon > 0 ? target.substring(0, colon).toLowerCase(Locale.ROOT) : "";
  }

  /** A document id from a page address; see {@link WebPage#idOf}. */
  public static String idOf(String url) {
    return WebPage.idOf(url);
  }

  /** The problem of a file that cannot be read past the record at {@code lastOffset} (or -1). */
  private static String corrupt(Throwable e, long lastOffset, int records) {
    String kind =
        e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
            ? "is corrupt or truncated (gzip)"
            : "is damaged or not a WARC file";
    return kind
        + (lastOffset < 0 ? " at the start" : " after the record at offset " + lastOffset)
        + ": "
        + describe(e)
        + (records > 0 ? "; the " + records + " records before it were read" : "");
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.strip();
    int newline = m.indexOf('\n');
    if (newline > 0) {
      m = m.substring(0, newline);
    }
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}

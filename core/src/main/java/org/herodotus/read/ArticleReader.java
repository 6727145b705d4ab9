package org.herodotus.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.herodotus.lexicon.WordLists;

/**
 * Reads inputs (files or bytes) into documents. Never throws for bad input: each problem comes back
 * as a failed {@link ReadResult} naming the input, so a batch goes on.
 */
public final class ArticleReader {

  private final ReaderOptions options;
  private final WordLists words;

  /** A reader with these limits and the bundled word lists. */
  public ArticleReader(ReaderOptions options) {
    this(options, WordLists.bundled());
  }

  /**
   * A reader with these limits; {@code words} gives the word lists that reading web pages uses
   * ({@code site-name-words}).
   */
  public ArticleReader(ReaderOptions options, WordLists words) {
    this.options = options;
    this.words = words;
  }

  public List<ReadResult> read(Path path) {
    return read(path, Optional.empty());
  }

  /**
   * Reads the file at {@code path} in the {@code forced} format, or in the format its content shows
   * (see {@link #read(String, byte[], Optional)}). A WARC file is streamed record by record, so the
   * byte limit applies to each page in it rather than to the file; any other file over the limit is
   * refused before it is read.
   */
  public List<ReadResult> read(Path path, Optional<InputFormat> forced) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return List.of(ReadResult.failed(new InputException(name, "is a directory, not a file")));
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(InputFormat.SNIFF_BYTES);
      }
      InputFormat format = forced.orElseGet(() -> InputFormat.detect(head));
      if (format == InputFormat.WARC) {
        return checkLanguage(WarcReader.read(name, path, options, words));
      }
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        return List.of(ReadResult.failed(tooLarge(name, size)));
      }
      return read(name, Files.readAllBytes(path), forced);
    } catch (NoSuchFileException e) {
      return List.of(ReadResult.failed(new InputException(name, "no such file")));
    } catch (IOException e) {
      return List.of(ReadResult.failed(new InputException(name, "cannot read: " + e, e)));
    }
  }

  /**
   * Reads the bytes of one input named {@code name}, in the format its content shows (see {@link
   * #read(String, byte[], Optional)}).
   */
  public List<ReadResult> read(String name, byte[] bytes) {
    return read(name, bytes, Optional.empty());
  }

  /**
   * Reads the bytes of one input named {@code name} in the {@code forced} format, or else as its
   * content shows: a WARC file when it starts with {@code WARC/1.} (also gzip'd); any other gzip'd
   * input is decompressed (up to the byte limit) and looked at again; an RSS or Atom feed when its
   * first element is {@code rss}, {@code feed} or {@code rdf:RDF} (a feed lists articles rather
   * than holding them, so it is reported as an input for {@code herodotus ingest}); HTML when it
   * starts (after whitespace or a byte order mark) with {@code <!doctype html} or {@code <html}, or
   * with a tag and has {@code <head}/{@code <body} early (see {@link HtmlReader}); JSON Lines when
   * the first non-blank line is a JSON object; plain scraped text otherwise. A UTF-8 byte order
   * mark is not part of the article and is dropped before the text is built.
   *
   * <p>Every document read is checked for its language ({@link LanguageCheck}): one confidently in
   * another language than English comes back rejected, with a message saying which.
   */
  public List<ReadResult> read(String name, byte[] bytes, Optional<InputFormat> forced) {
    try {
      InputFormat format = forced.orElseGet(() -> InputFormat.detect(bytes));
      if (format == InputFormat.WARC) {
        return checkLanguage(WarcReader.read(name, bytes, options, words));
      }
      if (WarcReader.isGzip(bytes)) {
        byte[] inner = gunzip(name, bytes);
        if (WarcReader.isGzip(inner)) {
          throw new InputException(name, "is gzip'd twice; decompress it first");
        }
        return read(name, inner, forced);
      }
      if (bytes.length > options.maxBytes()) {
        throw tooLarge(name, bytes.length);
      }
      return checkLanguage(readOne(name, bytes, format, forced.isPresent()));
    } catch (InputException e) {
      return List.of(ReadResult.failed(e));
    }
  }

  /**
   * Reads a page fetched from {@code url} (named by its URL in results and errors): HTML is read as
   * a news page with the HTTP {@code contentType}'s charset (see {@link WebPage}); a response that
   * is not HTML by its content type is refused; the page is refused when over the byte limit and
   * checked for its language like any input.
   */
  public List<ReadResult> readPage(String url, byte[] body, Optional<String> contentType) {
    try {
      if (body.length > options.maxBytes()) {
        throw tooLarge(url, body.length);
      }
      Optional<String> type = contentType.flatMap(WebPage::mediaType);
      if (type.isPresent() && !WebPage.isHtml(type.get())) {
        throw new InputException(url, "is " + type.get() + ", not a web page");
      }
      if (type.isEmpty() && !HtmlReader.looksLikeHtml(body)) {
        throw new InputException(url, "has no content type and does not look like HTML");
      }
      return checkLanguage(
          List.of(ReadResult.ok(url, WebPage.read(url, url, body, contentType, words))));
    } catch (InputException e) {
      return List.of(ReadResult.failed(e));
    }
  }

  private List<ReadResult> readOne(String name, byte[] bytes, InputFormat format, boolean forced) {
    switch (format) {
      case FEED:
        FeedReader.Feed feed = FeedReader.read(name, bytes);
        throw new InputException(
            name,
            "is a news feed listing "
                + feed.items().size()
                + (feed.items().size() == 1 ? " article" : " articles")
                + ", not an article; fetch and analyze them with 'herodotus ingest --feed "
                + name
                + "'");
      case HTML:
        return List.of(ReadResult.ok(name, readHtml(name, bytes)));
      case JSONL:
        return JsonLinesReader.read(name, decode(name, bytes));
      case TEXT:
      default:
        String text = decode(name, bytes);
        if (!forced && looksLikeJsonLines(text)) {
          return JsonLinesReader.read(name, text);
        }
        return List.of(ReadResult.ok(name, ScrapedTextReader.read(idOf(name), text)));
    }
  }

  private static List<ReadResult> checkLanguage(List<ReadResult> results) {
    List<ReadResult> checked = new ArrayList<>(results.size());
    for (ReadResult r : results) {
      checked.add(LanguageCheck.check(r));
    }
    return checked;
  }

  /** The decompressed bytes of a gzip'd input, up to the byte limit. */
  private byte[] gunzip(String name, byte[] bytes) {
    byte[] out;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    } catch (IOException e) {
      throw new InputException(name, "is a corrupt or truncated gzip file: " + e.getMessage(), e);
    }
    if (out.length > options.maxBytes()) {
      throw new InputException(
          name,
          "decompresses to over the limit of "
              + options.maxBytes()
              + " bytes (raise it with --max-bytes)");
    }
    return out;
  }

  private org.herodotus.doc.Doc readHtml(String name, byte[] bytes) {
    String html = HtmlReader.decode(name, bytes);
    try {
      return HtmlReader.read(name, idOf(name), html, words);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(name, "could not be read as HTML: " + e, e);
    }
  }

  /** The text of the input, or an {@link InputException} saying why it is not text. */
  static String decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(name, "is empty");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(name, "is UTF-16 encoded; save it as UTF-8");
    }
    int bom =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    if (bom == bytes.length) {
      throw new InputException(name, "is empty");
    }
    if (looksBinary(bytes, bom)) {
      throw new InputException(name, "looks like a binary file, not text");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    CharBuffer out = CharBuffer.allocate(bytes.length - bom);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new InputException(
          name,
          String.format(
              Locale.ROOT,
              "is not valid UTF-8: byte 0x%02X at offset %d does not decode"
                  + " (convert the file to UTF-8)",
              bytes[offset] & 0xFF,
              offset));
    }
    out.flip();
    String text = out.toString();
    if (Whitespace.isBlank(text)) {
      throw new InputException(name, "holds only whitespace");
    }
    return text;
  }

  /**
   * True for a NUL byte anywhere, or when at least a tenth of the bytes are control characters
   * other than tab, line feed, form feed and carriage return.
   */
  private static boolean looksBinary(byte[] bytes, int from) {
    int control = 0;
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    return control * 10L >= (bytes.length - from);
  }

  /** JSON Lines: the first non-blank line starts with '{' and is a JSON object. */
  private static boolean looksLikeJsonLines(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      if (!Whitespace.isBlank(line)) {
        String trimmed = line.strip();
        return trimmed.startsWith("{") && JsonLinesReader.isJsonObject(trimmed);
      }
      start = end + 1;
    }
    return false;
  }

  private InputException tooLarge(String name, long size) {
    return new InputException(
        name,
        "is "
            + size
            + " bytes, over the limit of "
            + options.maxBytes()
            + " bytes (raise it with --max-bytes)");
  }

  /** The document id for an input: its file name without directory and extension. */
  public static String idOf(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}

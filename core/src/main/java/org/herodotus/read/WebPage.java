package org.herodotus.read;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.lexicon.WordLists;
import org.netpreserve.jwarc.MediaType;

/**
 * A page fetched from the web (by {@code herodotus ingest}, or captured in a WARC file): the body
 * of an HTTP response, with its address and declared content type, read into a document whose id
 * comes from the address and whose URL is the page's own canonical one or else the address.
 */
public final class WebPage {

  private WebPage() {}

  /**
   * Reads a page fetched from {@code url}: {@code where} names it in errors; {@code contentType} is
   * the HTTP {@code Content-Type} header, whose charset wins over the page's {@code <meta charset>}
   * (as in browsers) unless the body starts with a byte order mark.
   *
   * @throws InputException when the page does not decode or holds no article
   */
  public static Doc read(String where, String url, byte[] body, Optional<String> contentType) {
    return read(where, url, body, contentType, WordLists.bundled());
  }

  /** As {@link #read(String, String, byte[], Optional)}, with these word lists. */
  public static Doc read(
      String where, String url, byte[] body, Optional<String> contentType, WordLists words) {
    String text = decode(where, body, contentType.flatMap(WebPage::charsetOf));
    Doc doc;
    try {
      doc = HtmlReader.read(where, idOf(url), text, words);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(where, "could not be read as HTML: " + e, e);
    }
    if (doc.metadata().url().isEmpty()) {
      doc = doc.withMetadata(doc.metadata().withUrl(Optional.of(url)));
    }
    return doc;
  }

  /** The base media type of a {@code Content-Type} header, lower case, when it is valid. */
  public static Optional<String> mediaType(String contentType) {
    if (contentType.isBlank()) {
      return Optional.empty();
    }
    try {
      MediaType type = MediaType.parseLeniently(contentType);
      // parseLeniently never marks its result valid: check the parts instead
      return type.type().isEmpty() || type.subtype().isEmpty()
          ? Optional.empty()
          : Optional.of(type.base().toString().toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** True for the media types of web pages: {@code text/html} and {@code application/xhtml+xml}. */
  public static boolean isHtml(String mediaType) {
    return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
  }

  static Optional<String> charsetOf(String contentType) {
    try {
      String charset = MediaType.parseLeniently(contentType).parameters().get("charset");
      return charset == null || charset.isBlank()
          ? Optional.empty()
          : Optional.of(charset.strip().replace("\"", ""));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The page's text: in the charset the HTTP header declares unless the page starts with a byte
   * order mark; else (or when the header's charset does not decode the page) as {@link
   * HtmlReader#decode} finds it.
   */
  static String decode(String where, byte[] body, Optional<String> declared) {
    boolean bom =
        (body.length >= 3
                && body[0] == (byte) 0xEF
                && body[1] == (byte) 0xBB
                && body[2] == (byte) 0xBF)
            || (body.length >= 2
                && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                    || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)));
    if (declared.isPresent() && !bom && body.length > 0) {
      Charset charset;
      try {
        String label = declared.get().toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")) {
          label = "windows-1252";
        }
        charset = Charset.forName(label);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new InputException(
            where,
            "the HTTP response declares charset '"
                + declared.get()
                + "', which is not a known charset");
      }
      try {
        CharBuffer chars =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body));
        return chars.toString();
      } catch (CharacterCodingException e) {
        // the header is wrong more often than the page: let the page's own declaration decide
      }
    }
    return HtmlReader.decode(where, body);
  }

  /**
   * A document id from a page address: its last path segment without extension ({@code
   * world-europe-66873456} from {@code https://www.bbc.com/news/world-europe-66873456}), else the
   * host.
   */
  public static String idOf(String url) {
    String path;
    String host;
    try {
      URI uri = URI.create(url.strip());
      path = uri.getRawPath() == null ? "" : uri.getRawPath();
      host = uri.getHost() == null ? "" : uri.getHost();
    } catch (IllegalArgumentException e) {
      return ArticleReader.idOf(url);
    }
    String[] segments = path.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      String s = segments[i];
      if (!s.isEmpty()) {
        int dot = s.lastIndexOf('.');
        String stem = dot > 0 ? s.substring(0, dot) : s;
        if (!stem.equalsIgnoreCase("index")) {
          return stem;
        }
      }
    }
    return host.isEmpty() ? url : host;
  }
}

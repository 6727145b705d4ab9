package org.herodotus.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.WordLists;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page (HTML) into a {@link Doc}: the article's main text, without navigation, ads,
 * related links, comments and cookie banners, and the metadata the page carries (JSON-LD, OpenGraph
 * and article meta tags, {@code <time>}, bylines, canonical link).
 *
 * <p>The text is the headline line, a blank line, the standfirst (when the page has one) and a
 * blank line, then the body paragraphs separated by blank lines; every paragraph's span slices its
 * text. Figure captions in the body are {@link Paragraph.Kind#CAPTION} paragraphs and {@link
 * Caption}s.
 */
public final class HtmlReader {

  private static final int SNIFF_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  private HtmlReader() {}

  /** The document of a page already decoded to text; {@code id} also names the input in errors. */
  public static Doc read(String id, String html) {
    return read(id, id, html);
  }

  /** The document of a page given as bytes, decoded by {@link #decode}. */
  public static Doc read(String id, byte[] bytes) {
    return read(id, id, decode(id, bytes));
  }

  /**
   * True when the input looks like HTML: after whitespace and a byte order mark it starts with
   * {@code <!doctype html} or {@code <html>}, or it starts with a tag and has {@code <head} or
   * {@code <body} in its first few kilobytes.
   */
  public static boolean looksLikeHtml(byte[] bytes) {
    String head = sniff(bytes).toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < head.length() && (Whitespace.isBlank(head.charAt(i)) || head.charAt(i) == '\0')) {
      i++;
    }
    String start = head.substring(i);
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return true;
    }
    return start.startsWith("<") && (start.contains("<head") || start.contains("<body"));
  }

  /**
   * The text of a page: the charset comes from a byte order mark, else from {@code <meta charset>}
   * (or {@code http-equiv} content type, or an XML declaration) in the first 4 kB, else UTF-8.
   *
   * @throws InputException when the charset is unknown or the bytes do not decode in it
   */
  public static String decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(name, "is empty");
    }
    Charset charset;
    int skip = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      charset = declared(name, sniff(bytes)).orElse(StandardCharsets.UTF_8);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (MalformedInputException e) {
      throw undecodable(name, bytes, charset, in.position());
    } catch (CharacterCodingException e) {
      throw undecodable(name, bytes, charset, in.position());
    }
  }

  private static InputException undecodable(String name, byte[] bytes, Charset charset, int at) {
    int offset = Math.min(Math.max(at, 0), bytes.length - 1);
    return new InputException(
        name,
        String.format(
            Locale.ROOT,
            "is not valid %s: byte 0x%02X at offset %d does not decode (declare the page's"
                + " charset in <meta charset=...> or convert it to UTF-8)",
            charset.name(),
            bytes[offset] & 0xFF,
            offset));
  }

  private static Optional<Charset> declared(String name, String head) {
    Matcher m = META_CHARSET.matcher(head);
    String label = null;
    if (m.find()) {
      label = m.group(1);
    } else {
      Matcher x = XML_ENCODING.matcher(head);
      if (x.find()) {
        label = x.group(1);
      }
    }
    if (label == null) {
      return Optional.empty();
    }
    String key = label.toLowerCase(Locale.ROOT);
    // as browsers do: Latin-1 and ASCII labels mean windows-1252; a UTF-16 label without a
    // byte order mark cannot be right for a page whose head we just read as ASCII
    if (key.equals("iso-8859-1")
        || key.equals("latin1")
        || key.equals("us-ascii")
        || key.equals("ascii")) {
      key = "windows-1252";
    } else if (key.startsWith("utf-16") || key.equals("unicode")) {
      key = "utf-8";
    }
    try {
      return Optional.of(Charset.forName(key));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException(
          name,
          "declares charset '"
              + label
              + "', which is not a known charset (fix the <meta charset>)");
    }
  }

  private static String sniff(byte[] bytes) {
    int from = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      from = 3;
    }
    return new String(
        bytes,
        from,
        Math.max(0, Math.min(bytes.length, SNIFF_BYTES) - from),
        StandardCharsets.ISO_8859_1);
  }

  /** {@code input} names the page in error messages; {@code id} is the document's id. */
  static Doc read(String input, String id, String html) {
    return read(input, id, html, WordLists.bundled());
  }

  /**
   * {@code input} names the page in error messages; {@code id} is the document's id; {@code words}
   * gives the word lists the reading uses ({@code site-name-words}).
   */
  static Doc read(String input, String id, String html, WordLists words) {
    if (Whitespace.isBlank(html)) {
      throw new InputException(input, "holds only whitespace");
    }
    Document page = Jsoup.parse(html);
    HtmlMetadata meta = HtmlMetadata.of(page, words);
    Element body = page.body();
    List<HtmlExtractor.Block> blocks = body == null ? List.of() : HtmlExtractor.extract(body);

    Optional<String> headline = meta.headline();
    Optional<String> standfirst = meta.description();
    // the headline and standfirst have their own lines: drop them from the body
    List<HtmlExtractor.Block> bodyBlocks = new ArrayList<>();
    for (HtmlExtractor.Block b : blocks) {
      if (headline.isPresent() && same(b.text(), headline.get())) {
        continue;
      }
      if (standfirst.isPresent() && same(b.text(), standfirst.get())) {
        continue;
      }
      bodyBlocks.add(b);
    }
    // a description that only repeats the start of the body is not a standfirst
    if (standfirst.isPresent() && !bodyBlocks.isEmpty()) {
      String first = norm(bodyBlocks.get(0).text());
      String sf = norm(standfirst.get());
      if (first.startsWith(sf) || sf.startsWith(first)) {
        standfirst = Optional.empty();
      }
    }
    int bodyChars = bodyChars(bodyBlocks);
    // when the page declares its body in JSON-LD and the markup gave us less than half of it
    // (the text is rendered by script, or the extraction missed it), read the declared body
    if (meta.jsonLdBody().isPresent()) {
      List<HtmlExtractor.Block> declared = new ArrayList<>();
      for (String line : meta.jsonLdBody().get().split("\\n+|\\r+|<br\\s*/?>")) {
        String t = Whitespace.collapse(Jsoup.parse(line).text());
        if (!t.isEmpty()) {
          declared.add(new HtmlExtractor.Block(t, false, false));
        }
      }
      int declaredChars = bodyChars(declared);
      if (declaredChars >= 200 && bodyChars * 2 < declaredChars) {
        bodyBlocks = declared;
        bodyChars = declaredChars;
      }
    }
    if (bodyChars == 0) {
      throw new InputException(
          input,
          "is HTML without article text (no block of prose outside navigation, links and page"
              + " furniture)");
    }

    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    if (headline.isPresent()) {
      paragraphs.add(Paragraph.of(append(text, headline.get()), Paragraph.Kind.HEADLINE));
    }
    if (standfirst.isPresent()) {
      paragraphs.add(Paragraph.of(append(text, standfirst.get()), Paragraph.Kind.STANDFIRST));
    }
    for (HtmlExtractor.Block b : bodyBlocks) {
      Span span = append(text, b.text());
      if (b.caption()) {
        paragraphs.add(Paragraph.of(span, Paragraph.Kind.CAPTION));
        captions.add(new Caption(b.text(), Optional.empty(), span, Optional.empty()));
      } else {
        paragraphs.add(Paragraph.of(span, Paragraph.Kind.BODY));
      }
    }
    Metadata metadata =
        new Metadata(
            headline,
            standfirst,
            meta.published(),
            Optional.empty(),
            Optional.empty(),
            meta.url(),
            meta.language(),
            captions,
            meta.authors());
    return Doc.of(id, text.toString(), metadata, paragraphs);
  }

  private static int bodyChars(List<HtmlExtractor.Block> blocks) {
    int n = 0;
    for (HtmlExtractor.Block b : blocks) {
      if (!b.caption()) {
        n += b.text().length();
      }
    }
    return n;
  }

  private static Span append(StringBuilder text, String block) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(block);
    return Span.of(start, text.length());
  }

  private static boolean same(String a, String b) {
    return norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return Whitespace.collapse(s).toLowerCase(Locale.ROOT);
  }
}

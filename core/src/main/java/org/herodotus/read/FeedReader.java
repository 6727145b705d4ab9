package org.herodotus.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into its items: link, title, publication
 * date and description. A feed lists articles rather than holding them; {@code herodotus ingest}
 * fetches the linked pages. Doctype declarations are refused (Rome's default), so a feed cannot
 * make the reader fetch or expand external entities.
 */
public final class FeedReader {

  /** A feed: its title and items, in the feed's order. */
  public record Feed(Optional<String> title, List<Item> items) {
    public Feed {
      items = List.copyOf(items);
    }
  }

  /**
   * One item of a feed.
   *
   * @param link the article's address as the feed gives it (possibly relative to the feed)
   * @param title the item's title
   * @param published the publication (or else update) date as an ISO-8601 instant
   * @param description the item's summary as plain text
   */
  public record Item(
      Optional<String> link,
      Optional<String> title,
      Optional<String> published,
      Optional<String> description) {}

  private FeedReader() {}

  /**
   * True when the input's first element is {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}
   * (after a byte order mark, whitespace, an XML declaration, comments and a doctype).
   */
  public static boolean looksLikeFeed(byte[] bytes) {
    int from =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    int len = Math.max(0, Math.min(bytes.length, InputFormat.SNIFF_BYTES) - from);
    String head = new String(bytes, from, len, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < head.length()) {
      char c = head.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (head.startsWith("<?", i)) {
        int end = head.indexOf("?>", i);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else if (head.startsWith("<!--", i)) {
        int end = head.indexOf("-->", i + 4);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else if (head.startsWith("<!", i)) {
        int end = head.indexOf('>', i);
        if (end < 0) {
          return false;
        }
        i = end + 1;
      } else if (c == '<') {
        int end = i + 1;
        while (end < head.length() && isNameChar(head.charAt(end))) {
          end++;
        }
        String name = head.substring(i + 1, end);
        String local = name.substring(name.indexOf(':') + 1);
        return name.equals("rss") || local.equals("feed") || local.equals("RDF");
      } else {
        return false;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }

  /**
   * The feed in {@code bytes} (the encoding comes from a byte order mark or the XML declaration).
   *
   * @throws InputException naming {@code input} when the bytes are not a feed Rome can read
   */
  public static Feed read(String input, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(input, "is empty");
    }
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput(false, Locale.ROOT);
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(bytes), true, "UTF-8"));
    } catch (FeedException e) {
      throw new InputException(input, "is not a readable feed: " + message(e), e);
    } catch (IOException e) {
      throw new InputException(input, "is not a readable feed: " + message(e), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          input, "is not an RSS or Atom feed Herodotus can read: " + message(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(input, "could not be read as a feed: " + message(e), e);
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      items.add(item(entry));
    }
    return new Feed(text(feed.getTitle()), items);
  }

  private static Item item(SyndEntry entry) {
    Optional<String> link = text(entry.getLink());
    if (link.isEmpty() && entry.getUri() != null && entry.getUri().startsWith("http")) {
      link = text(entry.getUri());
    }
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Optional<String> published = Optional.ofNullable(date).map(d -> d.toInstant().toString());
    SyndContent description = entry.getDescription();
    Optional<String> summary =
        description == null || description.getValue() == null
            ? Optional.empty()
            : text(Jsoup.parse(description.getValue()).text());
    return new Item(
        link, text(entry.getTitle()).map(t -> Jsoup.parse(t).text()), published, summary);
  }

  private static Optional<String> text(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.strip();
  }
}

package org.herodotus.read;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Values a page writes in its markup: meta tags, {@code itemprop} attributes, other attributes. */
final class MetaTags {

  private MetaTags() {}

  /** The content of {@code <meta property|name|itemprop=key>}, case-insensitive. */
  static Optional<String> meta(Document page, String key) {
    for (Element m : page.getElementsByTag("meta")) {
      String k =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key)) {
        Optional<String> v = clean(m.attr("content"));
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> itemprop(Document page, String key) {
    for (Element e : page.getElementsByAttributeValue("itemprop", key)) {
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (!v.isBlank()) {
        return clean(v);
      }
    }
    return Optional.empty();
  }

  static Optional<String> attr(Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null ? Optional.empty() : clean(e.attr(attr));
  }

  /** The first value present. */
  @SafeVarargs
  static Optional<String> first(Optional<String>... values) {
    for (Optional<String> v : values) {
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** The value with entities unescaped and whitespace collapsed; empty when nothing is left. */
  static Optional<String> clean(String raw) {
    String value = Whitespace.collapse(Parser.unescapeEntities(raw, false));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}

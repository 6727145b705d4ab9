package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The authors a page names: the people of the JSON-LD {@code author} (not organizations), else the
 * {@code author} or {@code article:author} meta tag, else the {@code itemprop=author} markup and
 * {@code rel=author} links; several in one value are split at commas, semicolons and "and", and a
 * leading "By" goes.
 */
final class PageAuthors {

  private PageAuthors() {}

  static List<String> of(Document page, JsonNode article) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode author = article.path("author");
    List<JsonNode> items = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(items::add);
    } else if (!author.isMissingNode()) {
      items.add(author);
    }
    for (JsonNode a : items) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText("");
      if (a.isObject() && a.path("@type").asText("").equalsIgnoreCase("Organization")) {
        continue;
      }
      addNames(names, name);
    }
    if (names.isEmpty()) {
      MetaTags.meta(page, "author").ifPresent(n -> addNames(names, n));
    }
    if (names.isEmpty()) {
      MetaTags.meta(page, "article:author").ifPresent(n -> addNames(names, n));
    }
    if (names.isEmpty()) {
      for (Element e : page.select("[itemprop=author] [itemprop=name], a[rel=author]")) {
        addNames(names, e.hasAttr("content") ? e.attr("content") : e.text());
      }
    }
    return List.copyOf(names);
  }

  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\u0026)\\s*", Pattern.CASE_INSENSITIVE);

  private static void addNames(Set<String> names, String raw) {
    String value = Whitespace.collapse(raw);
    if (value.isEmpty()
        || value.startsWith("http")
        || value.contains("@")
        || value.length() > 200) {
      return;
    }
    value = value.replaceFirst("(?i)^by\\s+", "");
    for (String part : NAME_SPLIT.split(value)) {
      String name = part.trim();
      if (name.length() >= 2 && name.length() <= 60) {
        names.add(name);
      }
    }
  }
}

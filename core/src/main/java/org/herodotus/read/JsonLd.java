package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD ({@code <script type=application/ld+json>}) object by which a page declares itself a
 * news article, and its fields.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The schema.org types of an article (lower case). */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report");

  private JsonLd() {}

  /** The first JSON-LD object whose type is an article, or a missing node. */
  static JsonNode article(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data().trim());
      } catch (Exception e) {
        continue; // pages often carry broken JSON-LD; it is only a hint
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      if (root != null) {
        todo.add(root);
      }
      int seen = 0;
      while (!todo.isEmpty() && seen++ < 10_000) {
        JsonNode node = todo.poll();
        if (node.isArray()) {
          node.forEach(todo::add);
        } else if (node.isObject()) {
          if (isArticle(node.path("@type"))) {
            return node;
          }
          node.path("@graph").forEach(todo::add);
          JsonNode main = node.path("mainEntity");
          if (main.isObject() || main.isArray()) {
            todo.add(main);
          }
        }
      }
    }
    return JSON.missingNode();
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A text field as written, line breaks kept. */
  static Optional<String> rawText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.has("@id") ? value.path("@id") : value.path("url");
    }
    return value.isTextual() ? MetaTags.clean(value.asText()) : Optional.empty();
  }
}

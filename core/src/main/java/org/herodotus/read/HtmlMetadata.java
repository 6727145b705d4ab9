package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.jsoup.nodes.Document;

/**
 * What a news page says about itself in its markup: JSON-LD {@code NewsArticle}, OpenGraph and
 * {@code article:} meta tags, {@code <time>}, bylines and the canonical link. Read from the whole
 * page before the main text is extracted, by {@link JsonLd}, {@link SiteNames}, {@link Headlines},
 * {@link PageDates} and {@link PageAuthors}.
 */
record HtmlMetadata(
    Optional<String> headline,
    Optional<String> description,
    Optional<String> published,
    Optional<String> url,
    List<String> authors,
    String language,
    Optional<String> jsonLdBody) {

  /** The metadata of {@code page}, with the bundled word lists. */
  static HtmlMetadata of(Document page) {
    return of(page, WordLists.bundled());
  }

  /** The metadata of {@code page}; {@code words} gives the {@code site-name-words}. */
  static HtmlMetadata of(Document page, WordLists words) {
    JsonNode article = JsonLd.article(page);
    SiteNames sites = SiteNames.of(page, article, words);
    Optional<String> headline = Headlines.of(page, article, sites);
    Optional<String> description =
        MetaTags.first(
            JsonLd.text(article, "description"),
            MetaTags.meta(page, "og:description"),
            MetaTags.meta(page, "description"));
    Optional<String> published = PageDates.published(page, article);
    Optional<String> url =
        MetaTags.first(
            MetaTags.attr(page, "link[rel=canonical]", "abs:href"),
            MetaTags.meta(page, "og:url"),
            JsonLd.text(article, "url"),
            JsonLd.text(article, "mainEntityOfPage"));
    List<String> authors = PageAuthors.of(page, article);
    String lang = page.select("html[lang]").attr("lang").trim().toLowerCase(Locale.ROOT);
    String language = lang.length() >= 2 ? lang.substring(0, 2) : "en";
    return new HtmlMetadata(
        headline,
        description,
        published,
        url,
        authors,
        language,
        JsonLd.rawText(article, "articleBody"));
  }

  /** The body the page declares in JSON-LD ({@code articleBody}), as written. */
  static Optional<String> declaredBody(Document page) {
    return JsonLd.rawText(JsonLd.article(page), "articleBody");
  }

  /**
   * An ISO-8601 date ({@code yyyy-MM-dd}) or date-time with offset from what a page writes in its
   * metadata (see {@link PageDates#normalizeDate}).
   */
  static Optional<String> normalizeDate(String raw) {
    return PageDates.normalizeDate(raw);
  }
}

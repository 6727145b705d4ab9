package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonNode article(String... scripts) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String s : scripts) {
      html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
    }
    return JsonLd.article(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  @Test
  void theFirstObjectOfAnArticleTypeInGraphsListsAndMainEntities() {
    assertThat(article("{\"@type\":\"NewsArticle\",\"headline\":\"A\"}").path("headline").asText())
        .isEqualTo("A");
    assertThat(
            article(
                    "{\"@graph\":[{\"@type\":\"WebPage\"},"
                        + "{\"@type\":[\"Thing\",\"ReportageNewsArticle\"],\"headline\":\"B\"}]}")
                .path("headline")
                .asText())
        .isEqualTo("B");
    assertThat(
            article("{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"BlogPosting\",\"x\":1}}")
                .path("x")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void brokenOrForeignJsonLdIsPassedOver() {
    assertThat(
            article("{broken", "{\"@type\":\"Article\",\"headline\":\"C\"}")
                .path("headline")
                .asText())
        .isEqualTo("C");
    assertThat(article("{\"@type\":\"Recipe\"}").isMissingNode()).isTrue();
  }

  @Test
  void fields() {
    JsonNode a =
        article(
            "{\"@type\":\"NewsArticle\",\"url\":[\" https://x.test/a \"],"
                + "\"mainEntityOfPage\":{\"@id\":\"https://x.test/b\"},"
                + "\"articleBody\":\"Line one.\\nLine two.\",\"description\":\"  \"}");
    assertThat(JsonLd.text(a, "url")).contains("https://x.test/a");
    assertThat(JsonLd.text(a, "mainEntityOfPage")).contains("https://x.test/b");
    assertThat(JsonLd.rawText(a, "articleBody")).contains("Line one.\nLine two.");
    assertThat(JsonLd.text(a, "articleBody")).contains("Line one. Line two.");
    assertThat(JsonLd.rawText(a, "description")).isEmpty();
    assertThat(JsonLd.text(a, "missing")).isEmpty();
  }
}

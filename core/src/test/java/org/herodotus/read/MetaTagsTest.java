package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

  private static final Document PAGE =
      Jsoup.parse(
          "<html><head><meta property=OG:Title content=\" \"><meta name=og:title"
              + " content=\"Bridge&nbsp; reopens\"><meta itemprop=genre content=news>"
              + "<link rel=canonical href=\"https://x.test/a\"></head>"
              + "<body><time itemprop=dateModified datetime=2020-01-01></time></body></html>",
          "https://x.test/");

  @Test
  void metaTagsByPropertyNameOrItemprop() {
    assertThat(MetaTags.meta(PAGE, "og:title")).contains("Bridge reopens");
    assertThat(MetaTags.meta(PAGE, "genre")).contains("news");
    assertThat(MetaTags.meta(PAGE, "missing")).isEmpty();
  }

  @Test
  void itempropsAndAttributes() {
    assertThat(MetaTags.itemprop(PAGE, "dateModified")).contains("2020-01-01");
    assertThat(MetaTags.attr(PAGE, "link[rel=canonical]", "abs:href")).contains("https://x.test/a");
    assertThat(MetaTags.attr(PAGE, "link[rel=next]", "href")).isEmpty();
  }

  @Test
  void firstAndClean() {
    assertThat(MetaTags.first(Optional.empty(), Optional.of("b"), Optional.of("c"))).contains("b");
    assertThat(MetaTags.first()).isEmpty();
    assertThat(MetaTags.clean("  Mayor&#039;s\u00A0 plan ")).contains("Mayor's plan");
    assertThat(MetaTags.clean("\u200B ")).isEmpty();
  }
}

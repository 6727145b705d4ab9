package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

  @Test
  void classAndIdWords() {
    assertThat(ClassNames.of(Jsoup.parse("<div class='a b' id=c></div>").body().child(0)))
        .isEqualTo("a b c");
    assertThat(ClassNames.of(Jsoup.parse("<div></div>").body().child(0))).isBlank();
  }

  @Test
  void whatTheWordsSay() {
    assertThat(ClassNames.furniture("cookie-banner")).isTrue();
    assertThat(ClassNames.furniture("ad-slot")).isTrue();
    assertThat(ClassNames.furniture("headline")).isFalse(); // "ad" only as a word
    assertThat(ClassNames.articleLike("story-body")).isTrue();
    assertThat(ClassNames.articleLike("sidebar")).isFalse();
    assertThat(ClassNames.caption("image_caption")).isTrue();
    assertThat(ClassNames.caption("figure-caption")).isTrue();
    assertThat(ClassNames.caption("nocaption")).isFalse();
  }
}

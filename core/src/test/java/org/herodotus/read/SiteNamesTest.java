package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteNamesTest {

  private static Optional<String> headline(ArticleReader reader, String page) {
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    return reader.read("p.html", bytes).get(0).doc().orElseThrow().metadata().headline();
  }

  private static SiteNames sites(String... names) {
    return new SiteNames(List.of(names), WordLists.bundled());
  }

  @Test
  void theNamesAPageGivesItsSite() {
    Document page =
        Jsoup.parse(
            "<html><head><meta property=og:site_name content=\"The Courier\">"
                + "<meta name=application-name content=Courier>"
                + "<link rel=canonical href=\"https://www.courier.test/a\">"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"publisher\":[{\"name\":\"Courier Media\"}]}</script></head></html>");
    SiteNames names = SiteNames.of(page, JsonLd.article(page), WordLists.bundled());
    assertThat(names.isSiteName("Courier Media")).isTrue();
    assertThat(names.isSiteName("courier.test")).isTrue();
    assertThat(names.withoutSite("Harbour bridge reopens | www.courier.test"))
        .isEqualTo("Harbour bridge reopens");
  }

  @ParameterizedTest
  @CsvSource({
    "Globalnews.ca, Global News, true",
    "Express.co.uk, Express, true",
    "CBC, CBC News, true",
    "The Mirror, Mirror Online, true",
    "Mail Online, Daily Mail Online, true",
    "Reuters, Reuters exclusive, false",
    "Courier, Courier A B C D E, false"
  })
  void sameLettersOrOneSiteWordMore(String site, String segment, boolean named) {
    assertThat(sites(site).isSiteName(segment)).isEqualTo(named);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Harbour bridge reopens | World News | The Courier => Harbour bridge reopens",
        "Harbour bridge reopens - The Courier | by Ann Lee => Harbour bridge reopens",
      })
  void theSiteAndTheSectionsBeforeItAreCut(String title, String headline) {
    assertThat(sites("The Courier").withoutSite(title)).isEqualTo(headline);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Courier | Harbour bridge reopens after the storm", // too early to be the site
        "BUDGET 3.0 | Sars gets R4bn" // a separator inside the headline
      })
  void aTitleWithoutTheSiteAfterItsHeadlineStays(String title) {
    assertThat(sites("The Courier").withoutSite(title)).isEqualTo(title);
  }

  @Test
  void theBundledSiteNameWords() {
    assertThat(WordLists.bundled().get(SiteNames.SITE_NAME_WORDS))
        .hasSize(14)
        .contains("news", "online", "daily", "blog");
  }

  @Test
  void aUsersListOfSiteNameWordsReplacesTheBundledOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/site-name-words.txt"), "nachrichten\n");
    WordLists user = WordLists.withUserDirectory(dir);
    SiteNames bundled = new SiteNames(List.of("Courier"), WordLists.bundled());
    SiteNames users = new SiteNames(List.of("Courier"), user);
    assertThat(bundled.isSiteName("Courier News")).isTrue();
    assertThat(users.isSiteName("Courier News")).isFalse();
    assertThat(bundled.isSiteName("Courier Nachrichten")).isFalse();
    assertThat(users.isSiteName("Courier Nachrichten")).isTrue();

    // the same through the reader: the headline loses the site's name only with the user's list
    String page =
        "<html><head><meta property=og:site_name content=Courier>"
            + "<meta property=og:title"
            + " content=\"Harbour bridge reopens after the storm | Courier Nachrichten\"></head>"
            + "<body><p>The harbour bridge reopened on Monday, three weeks after the storm damaged"
            + " its deck, the council said, and traffic was back to normal by the evening.</p>"
            + "</body></html>";
    assertThat(headline(new ArticleReader(ReaderOptions.defaults(), user), page))
        .contains("Harbour bridge reopens after the storm");
    assertThat(headline(new ArticleReader(ReaderOptions.defaults()), page))
        .contains("Harbour bridge reopens after the storm | Courier Nachrichten");
  }
}

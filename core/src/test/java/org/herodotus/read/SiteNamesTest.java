package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.lexicon.WordLists;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteNamesTest {

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

  @Test
  void sameLettersOrOneSiteWordMore() {
    assertThat(sites("Globalnews.ca").isSiteName("Global News")).isTrue();
    assertThat(sites("Express.co.uk").isSiteName("Express")).isTrue();
    assertThat(sites("CBC").isSiteName("CBC News")).isTrue();
    assertThat(sites("The Mirror").isSiteName("Mirror Online")).isTrue();
    assertThat(sites("Mail Online").isSiteName("Daily Mail Online")).isTrue();
    assertThat(sites("Reuters").isSiteName("Reuters exclusive")).isFalse();
    assertThat(sites("Courier").isSiteName("Courier A B C D E")).isFalse();
  }

  @Test
  void theSiteAndTheSectionsBeforeItAreCut() {
    SiteNames courier = sites("The Courier");
    assertThat(courier.withoutSite("Harbour bridge reopens | World News | The Courier"))
        .isEqualTo("Harbour bridge reopens");
    assertThat(courier.withoutSite("Harbour bridge reopens - The Courier | by Ann Lee"))
        .isEqualTo("Harbour bridge reopens");
    assertThat(courier.withoutSite("Courier | Harbour bridge reopens after the storm"))
        .isEqualTo("Courier | Harbour bridge reopens after the storm");
    assertThat(courier.withoutSite("BUDGET 3.0 | Sars gets R4bn"))
        .isEqualTo("BUDGET 3.0 | Sars gets R4bn");
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
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    assertThat(
            new ArticleReader(ReaderOptions.defaults(), user)
                .read("p.html", bytes)
                .get(0)
                .doc()
                .orElseThrow()
                .metadata()
                .headline())
        .contains("Harbour bridge reopens after the storm");
    assertThat(
            new ArticleReader(ReaderOptions.defaults())
                .read("p.html", bytes)
                .get(0)
                .doc()
                .orElseThrow()
                .metadata()
                .headline())
        .contains("Harbour bridge reopens after the storm | Courier Nachrichten");
  }
}

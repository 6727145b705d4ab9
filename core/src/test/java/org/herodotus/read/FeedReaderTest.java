package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<!-- a comment -->\n"
          + "<rss version=\"2.0\"><channel><title>Example News</title>"
          + "<link>https://news.example/</link><description>All the news</description>"
          + "<item><title>Bridge reopens</title><link>https://news.example/bridge</link>"
          + "<pubDate>Wed, 20 Sep 2023 10:41:00 +0100</pubDate>"
          + "<description>&lt;p&gt;The bridge &lt;b&gt;reopened&lt;/b&gt;.&lt;/p&gt;</description>"
          + "</item>"
          + "<item><title>Ferry strike off</title><link>/ferry</link></item>"
          + "</channel></rss>";

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
          + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example</title>"
          + "<id>urn:x</id><updated>2023-09-20T10:00:00Z</updated>"
          + "<entry><title>Bridge reopens</title><link href=\"https://news.example/bridge\"/>"
          + "<id>urn:1</id><updated>2023-09-20T10:00:00Z</updated>"
          + "<summary>The bridge reopened.</summary></entry></feed>";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsRssItems() {
    assertThat(InputFormat.detect(utf8(RSS))).isEqualTo(InputFormat.FEED);
    FeedReader.Feed feed = FeedReader.read("news.rss", utf8(RSS));
    assertThat(feed.title()).contains("Example News");
    assertThat(feed.items()).hasSize(2);
    FeedReader.Item first = feed.items().get(0);
    assertThat(first.link()).contains("https://news.example/bridge");
    assertThat(first.title()).contains("Bridge reopens");
    assertThat(first.published()).contains("2023-09-20T09:41:00Z");
    assertThat(first.description()).contains("The bridge reopened.");
    assertThat(feed.items().get(1).link()).contains("/ferry");
  }

  @Test
  void readsAtomEntries() {
    assertThat(InputFormat.detect(utf8(ATOM))).isEqualTo(InputFormat.FEED);
    FeedReader.Feed feed = FeedReader.read("news.atom", utf8(ATOM));
    assertThat(feed.items())
        .singleElement()
        .satisfies(i -> assertThat(i.link()).contains("https://news.example/bridge"));
  }

  @Test
  void rdfIsAFeedAndHtmlIsNot() {
    assertThat(FeedReader.looksLikeFeed(utf8("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")))
        .isTrue();
    assertThat(FeedReader.looksLikeFeed(utf8("<!doctype html><html><body>"))).isFalse();
    assertThat(FeedReader.looksLikeFeed(utf8("<rss"))).isTrue();
    assertThat(FeedReader.looksLikeFeed(utf8("feed me"))).isFalse();
  }

  @Test
  void brokenXmlIsReportedWithTheInput() {
    String broken = RSS.substring(0, RSS.indexOf("<item>") + 20) + "<<</channel>";
    assertThatThrownBy(() -> FeedReader.read("broken.rss", utf8(broken)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("broken.rss: is not a readable feed: ");
  }

  @Test
  void doctypesAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    assertThatThrownBy(() -> FeedReader.read("xxe.rss", utf8(xxe)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("xxe.rss: ");
  }

  @Test
  void aFeedGivenToTheArticleReaderPointsToIngest() {
    List<ReadResult> results =
        new ArticleReader(ReaderOptions.defaults()).read("news.rss", utf8(RSS));
    assertThat(results)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error().orElseThrow().getMessage())
                    .isEqualTo(
                        "news.rss: is a news feed listing 2 articles, not an article; fetch and"
                            + " analyze them with 'herodotus ingest --feed news.rss'"));
  }
}

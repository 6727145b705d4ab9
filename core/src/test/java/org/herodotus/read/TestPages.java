package org.herodotus.read;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/** Small hand-made news pages and WARC records for reader tests. */
final class TestPages {

  private TestPages() {}

  static final String BRIDGE_1 =
      "The harbour bridge reopened to traffic on Tuesday morning, three months earlier than"
          + " planned, after engineers replaced its corroded steel cables.";
  static final String BRIDGE_2 =
      "Council leader Ines Varga said the repairs had cost 41 million euros, slightly less than"
          + " the budget agreed in 2022, and thanked residents for their patience.";
  static final String GERMAN_1 =
      "Die Hafenbrücke ist am Dienstagmorgen drei Monate früher als geplant wieder für den Verkehr"
          + " freigegeben worden, nachdem Ingenieure die verrosteten Stahlseile ersetzt hatten.";
  static final String GERMAN_2 =
      "Die Reparaturen hätten 41 Millionen Euro gekostet, etwas weniger als im Jahr 2022"
          + " vereinbart, sagte die Ratsvorsitzende und dankte den Anwohnern für ihre Geduld.";

  /** The page of {@code head} and {@code body} markup, parsed. */
  static Document parse(String head, String body) {
    return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
  }

  /** A JSON-LD script declaring a news article with these JSON fields ({@code "a":1,"b":2}). */
  static String newsArticle(String fields) {
    return "<script type=application/ld+json>{\"@type\":\"NewsArticle\"," + fields + "}</script>";
  }

  /** A page with a headline and the given body paragraphs. */
  static String page(String headline, List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    b.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(headline)
        .append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>")
        .append("</nav><article><h1>")
        .append(headline)
        .append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    b.append("</article><footer>© Example News</footer></body></html>");
    return b.toString();
  }

  static String bridgePage() {
    return page("Harbour bridge reopens early", List.of(BRIDGE_1, BRIDGE_2));
  }

  static String germanPage() {
    return page("Hafenbrücke früher wieder offen", List.of(GERMAN_1, GERMAN_2));
  }

  static WarcResponse response(String url, int status, String contentType, byte[] body)
      throws java.io.IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(contentType), body)
            .build();
    return new WarcResponse.Builder(url)
        .date(Instant.parse("2023-09-20T12:00:00Z"))
        .body(http)
        .build();
  }

  static WarcResponse html(String url, String html) throws java.io.IOException {
    return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }
}

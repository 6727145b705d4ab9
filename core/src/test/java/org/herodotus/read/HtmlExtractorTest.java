package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final String P1 =
      "The council approved the new budget on Monday, after a long debate about schools, roads"
          + " and the harbour, and after the mayor promised to publish the full accounts.";
  private static final String P2 =
      "Opposition members said the plan cut too deeply into youth services, while the mayor"
          + " argued that the savings were needed to keep taxes flat for another year.";
  private static final String P3 =
      "The budget takes effect in January, and a first review of its effects is planned for the"
          + " spring, when the council meets again to discuss the harbour works.";

  private static List<String> texts(String html) {
    return HtmlExtractor.extract(Jsoup.parse(html).body()).stream()
        .map(HtmlExtractor.Block::text)
        .toList();
  }

  private static String links(int n) {
    StringBuilder out = new StringBuilder("<ul>");
    for (int i = 0; i < n; i++) {
      out.append("<li><a href=\"/a").append(i).append("\">Archive month ").append(i);
      out.append("</a></li>");
    }
    return out.append("</ul>").toString();
  }

  @Test
  void aFormWrappingTheWholePageIsNotFurniture() {
    String html =
        "<body><form method=post action=/page><div class=menu-links>"
            + links(20)
            + "</div><div class=story><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>"
            + P1
            + " Again.</p></div></form></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P1 + " Again.");
  }

  @Test
  void aSmallFormIsStillDropped() {
    String html =
        "<body><div class=story><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><form><p>Get our daily letter.</p><input name=mail></form><p>"
            + P3
            + "</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void textWrittenBetweenLineBreaksInADivIsFound() {
    String html =
        "<body><div class=row><div class=col-3>"
            + links(150)
            + "</div><div class=col-9><p class=title>Budget approved</p>"
            + P1
            + "<br><br>"
            + P2
            + "<br><br>"
            + P3
            + "</div></div><div class=foot>Town Hall, Main Street 1, 12345 Harbourtown - Phone"
            + " 555-0100 - Fax 555-0101</div></body>";
    assertThat(String.join(" ", texts(html))).contains(P1, P2, P3).doesNotContain("Archive");
  }

  @Test
  void paragraphsEachWrappedInTheirOwnDivsAreReadTogether() {
    StringBuilder html = new StringBuilder("<body><div id=main>");
    for (String p : List.of(P1, P2, P3, P1 + " Again.", P2 + " Again.")) {
      html.append("<div class=x1><div class=x2><div><div><p>").append(p);
      html.append("</p></div></div></div></div>");
    }
    html.append("</div><div class=promo-box><p>").append(P3).append(" Promo.</p></div></body>");
    List<String> texts = texts(html.toString());
    assertThat(texts).containsExactly(P1, P2, P3, P1 + " Again.", P2 + " Again.");
  }

  @Test
  void textInsideAPaywallClassIsKept() {
    String html =
        "<body><article><div class=article-body><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><div class=paywall><p>"
            + P3
            + "</p><p>"
            + P1
            + " Again.</p></div></div></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P1 + " Again.");
  }

  @Test
  void aBodySplitByAnAdIntoChunksOfTheSameClassIsReadWhole() {
    String html =
        "<body><main><div class=chunks><div class=grid><div class=\"story-text narrow\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div><div class=rail>Advertisement</div></div><div class=grid>"
            + "<div class=\"story-text narrow\"><p>"
            + P3
            + "</p><p>"
            + P1
            + " Again.</p><p>"
            + P2
            + " Again.</p></div><div class=rail>Advertisement</div></div></div></main>"
            + "<div class=teaser><p>"
            + P3
            + " Teaser.</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P1 + " Again.", P2 + " Again.");
  }

  @Test
  void aBlockWhoseClassSaysCaptionIsACaption() {
    String html =
        "<body><article><p>"
            + P1
            + "</p><div class=photo><div class=image-caption>The mayor at the meeting on"
            + " Monday.</div></div><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p class=subcaptionless>"
            + P1
            + " Again.</p></article></body>";
    List<HtmlExtractor.Block> blocks = HtmlExtractor.extract(Jsoup.parse(html).body());
    assertThat(blocks.stream().filter(HtmlExtractor.Block::caption).map(HtmlExtractor.Block::text))
        .containsExactly("The mayor at the meeting on Monday.");
    assertThat(blocks.stream().filter(b -> !b.caption()).map(HtmlExtractor.Block::text))
        .containsExactly(P1, P2, P3, P1 + " Again.");
  }

  private static String declared(String body) {
    return "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body
        + "\"}</script>";
  }

  @Test
  void theDeclaredBodyDropsBlocksItDoesNotHave() {
    String html =
        "<html><head>"
            + declared(P1 + " " + P2 + " " + P3 + " " + P1)
            + "</head><body><article><p>"
            + P1
            + "</p><p>Up next: the mayor on the harbour</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>"
            + P1
            + "</p></article></body></html>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P1);
  }

  @Test
  void aDeclaredBodyCutShortDropsNothing() {
    String html =
        "<html><head>"
            + declared(P1 + " " + P2 + " " + P3)
            + "</head><body><article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>The harbour works start in May, the council said on its website.</p>"
            + "</article></body></html>";
    assertThat(texts(html)).hasSize(4);
  }

  @Test
  void teasersOfOtherPostsSideBySideInAnArticleAreNotTheArticle() {
    StringBuilder html = new StringBuilder("<body><div id=primary><article class=post><p>");
    html.append(P1).append("</p><p>").append(P2).append("</p></article>");
    html.append("<article class=post><h3>You may also like</h3>");
    for (String p : List.of(P3, P1 + " One.", P2 + " Two.", P3 + " Three.", P1 + " Four.")) {
      html.append("<article class=post><p>").append(p).append("</p></article>");
    }
    html.append("</article></div></body>");
    assertThat(texts(html.toString())).containsExactly(P1, P2);
  }

  @Test
  void articlesNestedOnlyInOneAnotherAreWrappers() {
    String html =
        "<body><article id=page><div><article class=story><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article></div></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
}

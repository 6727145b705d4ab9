package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The page as a reader uses it, in headless Chromium (Debian's, driven by Playwright): the reader
 * with its quotes and events, search with facets, the charts drawn with data, and an article
 * holding markup shown as text. Screenshots go to {@code target/screenshots/}.
 */
class PageTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;

  private Page page;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void launch() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
        "Debian's chromium is not installed (apt-get install chromium)");
    Files.createDirectories(SHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    TestNewsroom.get();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void open() {
    page =
        browser.newPage(
            new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 1000));
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            problems.add("console: " + m.text());
          }
        });
    page.onPageError(e -> problems.add("page error: " + e));
  }

  @AfterEach
  void shut(TestInfo info) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SHOTS.resolve(info.getTestMethod().orElseThrow().getName() + ".png"))
            .setFullPage(false));
    page.close();
    assertThat(problems).as("errors in the page").isEmpty();
  }

  private void go(String route, String view) {
    page.navigate(TestNewsroom.url() + "#/" + route);
    page.waitForFunction(
        "([view, hash]) => location.hash === hash && document.body.dataset.rendered === hash"
            + " && document.body.dataset.ready === view",
        List.of(view, "#/" + route));
  }

  /** Waits until the page has moved to an address holding {@code hashPart} and drawn it. */
  private void ready(String view, String hashPart) {
    page.waitForFunction(
        "([view, part]) => decodeURIComponent(location.hash.replace(/\\+/g, ' ')).includes(part)"
            + " && document.body.dataset.rendered === location.hash"
            + " && document.body.dataset.ready === view",
        List.of(view, hashPart));
  }

  @Test
  void theReaderMarksQuotesWithTheirSpeakerAndEventsWithTheirEvidence() {
    go("read/" + TestNewsroom.EXAMPLE, "read");
    assertThat(page.locator("#article-text").innerText())
        .contains("Azerbaijan says aims for 'peaceful reintegration'");
    // hovering a quote of Hikmet Hajiyev shows his name
    Locator quote =
        page.locator("#article-text span.q", new Page.LocatorOptions().setHasText("agenda"))
            .first();
    quote.hover();
    Locator tip = page.locator("#tooltip");
    tip.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    assertThat(tip.innerText()).contains("Hikmet Hajiyev");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reader-quote-hover.png")));

    // clicking an event shows its code, actors, date, place and evidence
    page.mouse().move(0, 0);
    Locator trigger = page.locator("#article-text span.ev").first();
    trigger.click();
    Locator detail = page.locator("#event-detail");
    assertThat(detail.innerText())
        .contains("Evidence", "Source", "Target", "Date", "Place", "Rules");
    String evidence = page.locator("#evidence-sentence").innerText();
    assertThat(evidence).isNotBlank();
    assertThat(page.locator("#article-text").innerText().replaceAll("\\s+", " "))
        .contains(evidence.replaceAll("\\s+", " ").strip());
    assertThat(page.locator("#evidence-sentence mark").innerText()).isNotBlank();
    assertThat(page.locator("dd[data-field=code]").innerText()).matches("\\d{2,4} .*");
    assertThat(page.locator("#article-text .ev.selected").count()).isPositive();
  }

  @Test
  void searchWithFacets() {
    go("search", "search");
    page.fill("#search-form input[name=q]", "reintegration");
    page.press("#search-form input[name=q]", "Enter");
    ready("search", "reintegration");
    assertThat(page.locator(".hit .title").first().innerText())
        .contains("Azerbaijan says aims for 'peaceful reintegration'");
    assertThat(page.locator(".hit mark").first().innerText().toLowerCase())
        .startsWith("reintegrat");
    assertThat(page.locator("#facets a[data-facet=actor]").count()).isPositive();
    assertThat(page.locator("#facets").innerText().toLowerCase())
        .contains("event root", "place", "speaker");
    // narrowing by a facet value
    page.locator(
            "#facets a[data-facet=speaker]", new Page.LocatorOptions().setHasText("Hikmet Hajiyev"))
        .first()
        .click();
    ready("search", "speaker:\"Hikmet Hajiyev\"");
    assertThat(page.locator("#search-form input[name=q]").inputValue())
        .contains("speaker:\"Hikmet Hajiyev\"");
    assertThat(page.locator("#result-count").innerText()).startsWith("1 article");
    // quotes: a hit leads to the quote in the reader
    go(
        "search?q="
            + java.net.URLEncoder.encode(
                "speaker:\"Hikmet Hajiyev\"", java.nio.charset.StandardCharsets.UTF_8)
            + "&type=quote",
        "search");
    assertThat(page.locator(".hit").count()).isGreaterThan(3);
  }

  @Test
  void theTimelineIsDrawnWithData() {
    go("timeline", "timeline");
    assertThat(chartData("series.reduce((n, s) => n + s.data.reduce((a, b) => a + b, 0), 0)"))
        .isPositive();
    page.selectOption("select[aria-label='count by']", "quad");
    ready("timeline", "by=quad");
    assertThat(chartData("series.length")).isBetween(1, 4);
  }

  @Test
  void theNetworkIsDrawnWithData() {
    go("network", "network");
    assertThat(chartData("series[0].data.length")).isPositive();
    assertThat(chartData("series[0].links.length")).isPositive();
  }

  @Test
  void theMapIsDrawnWithData() {
    go("map", "map");
    assertThat(
            ((Number) page.evaluate("echarts.getMap('world').geoJSON.features.length")).intValue())
        .isGreaterThan(100);
    assertThat(chartData("series[0].data.length")).isPositive();
    assertThat(page.locator("table.list").innerText()).contains("Nagorno-Karabakh");
  }

  @Test
  void whoSaidWhat() {
    go("speakers", "speakers");
    assertThat(chartData("series[0].data.length")).isPositive();
    page.locator("#speaker-list li", new Page.LocatorOptions().setHasText("Hikmet Hajiyev"))
        .first()
        .click();
    ready("speakers", "speaker=Hikmet Hajiyev");
    page.waitForSelector("#speaker-quotes");
    assertThat(page.locator("#speaker-quotes").innerText())
        .contains("Hikmet Hajiyev", "reintegration");
  }

  @Test
  void anArticleHoldingMarkupIsShownAsText() {
    go("read/" + TestNewsroom.MARKUP, "read");
    String shown = page.locator("#article-text").innerText();
    assertThat(shown)
        .contains("<script>window.pwned = true</script>")
        .contains("<b>attacks</b>")
        .contains("<img src=x onerror=\"window.pwned = true\">");
    assertThat(page.locator("#article-text script").count()).isZero();
    assertThat(page.locator("#article-text img, #article-text b").count()).isZero();
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
    // and in the lists beside it, and in search results
    go("search?q=Springfield", "search");
    assertThat(page.locator(".hit").first().innerText()).contains("<script>");
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void analyzeAPastedArticle() {
    go("analyze", "analyze");
    page.fill(
        "#analyze-text",
        "Troops leave <script>window.pwned = true</script> border town\n\nGovernment troops"
            + " withdrew from the border town of Kapan on Monday, the defence ministry said.\n");
    page.click("#analyze-button");
    page.waitForSelector("#article-text", new Page.WaitForSelectorOptions().setTimeout(120_000));
    assertThat(page.locator("#article-text").innerText())
        .contains("<script>window.pwned = true</script>");
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
  }

  private int chartData(String expression) {
    Object n =
        page.evaluate(
            "() => { const o = echarts.getInstanceByDom(document.getElementById('chart')).getOption();"
                + " return o."
                + expression
                + "; }");
    return ((Number) n).intValue();
  }
}

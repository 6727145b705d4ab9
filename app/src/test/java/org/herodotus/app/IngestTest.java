package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} against a local web server (127.0.0.1) serving a feed, pages and a robots.txt,
 * with a stand-in analysis instead of the NLP pipeline.
 */
class IngestTest {

  static final long DELAY_MS = 150;

  record Hit(String path, String userAgent, long atMillis) {}

  private HttpServer server;
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private String base;

  static String page(String headline, String body) {
    return "<!doctype html><html><head><meta charset=utf-8><title>"
        + headline
        + "</title></head><body><article><h1>"
        + headline
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  static final String BRIDGE =
      page(
          "Bridge reopens",
          "The harbour bridge reopened to traffic on Tuesday morning, three months earlier than"
              + " planned, after engineers replaced its corroded steel cables.");
  static final String FERRY =
      page(
          "Ferry strike off",
          "The ferry workers' union called off Friday's strike late on Wednesday after the"
              + " operator improved its pay offer, the union said in a statement.");
  static final String GERMAN =
      page(
          "Brücke wieder offen",
          "Die Hafenbrücke ist am Dienstagmorgen drei Monate früher als geplant wieder für den"
              + " Verkehr freigegeben worden, nachdem Ingenieure die Stahlseile ersetzt hatten.");

  String feed() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Local news</title><link>"
        + base
        + "/</link><description>d</description>"
        + item("Bridge reopens", base + "/news/bridge")
        + item("Ferry strike off", "/news/ferry")
        + item("Secret", base + "/private/secret")
        + item("Bridge again", base + "/news/bridge#comments")
        + item("Report", base + "/files/report.pdf")
        + item("Missing", base + "/news/missing")
        + item("German", base + "/news/german")
        + "</channel></rss>";
  }

  static String item(String title, String link) {
    return "<item><title>" + title + "</title><link>" + link + "</link></item>";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String[]> routes =
        Map.of(
            "/robots.txt",
            new String[] {"text/plain", "User-agent: *\nDisallow: /private/\n"},
            "/news/bridge",
            new String[] {"text/html; charset=utf-8", BRIDGE},
            "/news/ferry",
            new String[] {"text/html; charset=utf-8", FERRY},
            "/news/german",
            new String[] {"text/html; charset=utf-8", GERMAN},
            "/private/secret",
            new String[] {"text/html", page("Secret", "Nobody should fetch this page.")},
            "/files/report.pdf",
            new String[] {"application/pdf", "%PDF-1.4"});
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hits.add(
              new Hit(
                  path,
                  exchange.getRequestHeaders().getFirst("User-Agent"),
                  System.currentTimeMillis()));
          if (path.equals("/feed.xml")) {
            respond(exchange, 200, "application/rss+xml", feed());
          } else if (path.equals("/broken.xml")) {
            respond(exchange, 200, "application/rss+xml", "<rss><channel><item><title>x</chan");
          } else if (routes.containsKey(path)) {
            respond(exchange, 200, routes.get(path)[0], routes.get(path)[1]);
          } else {
            respond(exchange, 404, "text/plain", "not found");
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  record Result(int exitCode, List<String> out, List<String> err) {}

  Result ingest(Path state, String... feeds) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(InputStream.nullInputStream(), Io.writer(out, false), Io.writer(err, true), false);
    ReaderOptions options = ReaderOptions.defaults();
    BatchRunner runner =
        new BatchRunner(
            new ArticleReader(options),
            options,
            (Doc doc) -> doc,
            new BatchRunner.Options(Set.of(), false, 1, ProgressMode.NEVER),
            io);
    PoliteFetcher fetcher =
        new PoliteFetcher(
            new PoliteFetcher.Settings(
                Duration.ofMillis(DELAY_MS), Duration.ofSeconds(5), options.maxBytes()));
    Ingest ingest =
        new Ingest(
            fetcher,
            FetchState.load(state),
            new ArticleReader(options),
            options.maxBytes(),
            runner,
            io.err());
    int code = ingest.run(List.of(feeds));
    io.out().flush();
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void fetchesNewItemsPolitelyAndASecondRunFetchesNothing(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.tsv");

    Result first = ingest(state, base + "/feed.xml");

    assertThat(first.out())
        .extracting(line -> DocJson.read(line).id())
        .containsExactly("bridge", "ferry");
    assertThat(DocJson.read(first.out().get(0)).metadata().url()).contains(base + "/news/bridge");
    assertThat(first.err())
        .contains(
            "herodotus: " + base + "/feed.xml: 7 items, 6 new, 0 fetched before",
            "herodotus: "
                + base
                + "/private/secret: skipped: robots.txt does not allow fetching it",
            "herodotus: " + base + "/files/report.pdf: is application/pdf, not a web page",
            "herodotus: " + base + "/news/missing: the server answered HTTP 404",
            "herodotus: "
                + base
                + "/news/german: language 'deu' (German) is not supported; Herodotus analyzes"
                + " English",
            "herodotus: ingest: fetched 4 pages, 1 disallowed by robots.txt, 0 fetched before");
    assertThat(first.exitCode()).isEqualTo(1);

    List<String> paths = hits.stream().map(Hit::path).toList();
    assertThat(paths).doesNotContain("/private/secret");
    assertThat(paths).containsOnlyOnce("/robots.txt", "/news/bridge");
    assertThat(paths.get(0)).isEqualTo("/robots.txt");
    assertThat(hits)
        .allSatisfy(
            h -> assertThat(h.userAgent()).startsWith("Herodotus/0.1 (+https://github.com/"));
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).atMillis() - hits.get(i - 1).atMillis())
          .as("gap before %s", hits.get(i).path())
          .isGreaterThanOrEqualTo(DELAY_MS - 20);
    }
    assertThat(Files.readAllLines(state)).hasSize(1 + 5);

    hits.clear();
    Result second = ingest(state, base + "/feed.xml");
    assertThat(second.out()).isEmpty();
    assertThat(hits).extracting(Hit::path).containsExactly("/robots.txt", "/feed.xml");
    assertThat(second.err())
        .contains("herodotus: " + base + "/feed.xml: 7 items, 1 new, 6 fetched before");
    assertThat(second.exitCode()).isZero();

    // the command itself, with the same state: nothing new, so no models are loaded
    hits.clear();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(InputStream.nullInputStream(), Io.writer(out, false), Io.writer(err, true), false);
    int code =
        Main.run(
            io,
            "ingest",
            "--feed",
            base + "/feed.xml",
            "--state",
            state.toString(),
            "--delay-ms",
            "0");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(hits).extracting(Hit::path).containsExactly("/robots.txt", "/feed.xml");
  }

  @Test
  void aBrokenFeedIsNamedAndTheOtherFeedsGoOn(@TempDir Path dir) throws Exception {
    Result result = ingest(dir.resolve("state.tsv"), base + "/broken.xml", base + "/feed.xml");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().get(0))
        .startsWith("herodotus: " + base + "/broken.xml: is not a readable feed: ");
    assertThat(result.out()).hasSize(2);
  }

  @Test
  void aFeedFileWithRelativeLinksSaysWhichItemsItSkips(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(feed, feed());
    Result result = ingest(dir.resolve("state.tsv"), feed.toString());
    assertThat(result.err())
        .contains(
            "herodotus: "
                + feed
                + ": item 2 links to '/news/ferry', a relative address in a feed file; skipped");
    assertThat(result.out()).extracting(line -> DocJson.read(line).id()).containsExactly("bridge");
  }

  @Test
  void robotsRules() {
    RobotsTxt robots =
        RobotsTxt.parse(
            "User-agent: *\nDisallow: /\n\n# ours\nUser-agent: Herodotus\nUser-agent: other\n"
                + "Disallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\n"
                + "Crawl-delay: 2.5\n",
            PoliteFetcher.AGENT_TOKEN);
    assertThat(robots.allows("/news/a")).isTrue();
    assertThat(robots.allows("/private/x")).isFalse();
    assertThat(robots.allows("/private/open/x")).isTrue();
    assertThat(robots.allows("/files/a.pdf")).isFalse();
    assertThat(robots.allows("/files/a.pdf?x")).isTrue();
    assertThat(robots.crawlDelaySeconds()).contains(2.5);

    RobotsTxt star = RobotsTxt.parse("User-agent: *\nDisallow: /x\n", "Herodotus");
    assertThat(star.allows("/x/y")).isFalse();
    assertThat(star.allows("/y")).isTrue();
    assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "Herodotus").allows("/a")).isTrue();
  }
}

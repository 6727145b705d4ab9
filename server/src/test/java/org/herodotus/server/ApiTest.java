package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herodotus.corpus.Corpus;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint and every error code of the API, over HTTP on 127.0.0.1. */
class ApiTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path tmp;

  record Answer(int status, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return DocJson.mapper().readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + response.body(), e);
      }
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** An error answer: JSON with the status and a message, and nothing of our internals. */
    Answer isError(int expected) {
      assertThat(status).as(response.body()).isEqualTo(expected);
      assertThat(header("Content-Type")).startsWith("application/json");
      JsonNode body = json();
      assertThat(body.get("status").asInt()).isEqualTo(expected);
      assertThat(body.get("error").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.herodotus", "java.");
      return this;
    }
  }

  static Answer get(String base, String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET());
  }

  static Answer get(String path) {
    return get(TestNewsroom.url(), path);
  }

  static Answer post(String base, String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path.substring(1)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              request.timeout(Duration.ofSeconds(120)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void listensOnLoopbackUnlessToldOtherwise() {
    assertThat(ServerSettings.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(TestNewsroom.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void theCorpusInNumbers() {
    JsonNode c = get("/api/corpus").json();
    assertThat(c.get("articles").asInt()).isGreaterThanOrEqualTo(TestNewsroom.ids().size());
    assertThat(c.get("events").asInt()).isPositive();
    assertThat(c.get("quotes").asInt()).isPositive();
    assertThat(c.get("writable").asBoolean()).isTrue();
    assertThat(get("/api/codes").json().at("/cameo/19").asText()).isEqualTo("FIGHT");
  }

  @Test
  void searchFindsArticlesQuotesAndEventsWithPassagesAndFacets() {
    Answer a = get("/api/search?q=" + enc("reintegration AND actor:AZEGOV"));
    assertThat(a.status).isEqualTo(200);
    JsonNode hit = a.json().at("/hits/0");
    assertThat(hit.get("articleId").asText()).isEqualTo(TestNewsroom.EXAMPLE);
    JsonNode passage = hit.at("/highlights/0");
    String text = passage.get("text").asText();
    JsonNode match = passage.at("/matches/0");
    assertThat(text.substring(match.get(0).asInt(), match.get(1).asInt()).toLowerCase())
        .startsWith("reintegrat");
    assertThat(a.json().at("/facets/actor").toString()).contains("AZEGOV");

    JsonNode quotes =
        get("/api/search?type=quote&q=" + enc("speaker:\"Hikmet Hajiyev\"") + "&limit=3").json();
    assertThat(quotes.get("total").asInt()).isGreaterThan(3);
    assertThat(quotes.get("hits")).hasSize(3);
    assertThat(quotes.at("/hits/0/type").asText()).isEqualTo("quote");

    JsonNode events = get("/api/search?type=event&q=*&facets=0").json();
    assertThat(events.get("total").asInt()).isPositive();
    assertThat(events.at("/hits/0/index").isInt()).isTrue();

    JsonNode paged = get("/api/search?q=*&limit=1&offset=1").json();
    assertThat(paged.get("hits")).hasSize(1);
    assertThat(paged.get("total").asInt()).isEqualTo(TestNewsroom.ids().size());
  }

  @Test
  void badSearchesAre400() {
    get("/api/search?q=" + enc("code:(057")).isError(400);
    get("/api/search?q=" + enc("date:yesterday")).isError(400);
    get("/api/search").isError(400);
    get("/api/search?q=x&type=tweet").isError(400);
    get("/api/search?q=x&limit=abc").isError(400);
    get("/api/search?q=x&limit=5000").isError(400);
    get("/api/search?q=x&offset=-1").isError(400);
    get("/api/search?q=" + enc("x".repeat(600))).isError(400);
  }

  @Test
  void articlesAndTheirDocuments() {
    JsonNode list = get("/api/articles?limit=100").json();
    Set<String> ids = new TreeSet<>();
    list.get("rows").forEach(r -> ids.add(r.get("article_id").asText()));
    assertThat(ids).containsAll(TestNewsroom.ids());
    assertThat(list.get("total").asInt()).isEqualTo(ids.size());

    Answer doc = get("/api/articles/" + TestNewsroom.EXAMPLE);
    assertThat(doc.status).isEqualTo(200);
    Doc read = DocJson.read(doc.response.body());
    assertThat(read.id()).isEqualTo(TestNewsroom.EXAMPLE);
    assertThat(read.quotes()).isNotEmpty();
    assertThat(read.events()).isNotEmpty();

    get("/api/articles/no-such-article").isError(404);
    get("/api/articles/" + enc("x' OR '1'='1")).isError(404);
    get("/api/articles?from=2023-13-01").isError(400);
  }

  @Test
  void eventsWithFilters() {
    JsonNode all = get("/api/events?limit=1000").json();
    int total = all.get("total").asInt();
    assertThat(total).isEqualTo(all.get("rows").size()).isPositive();
    JsonNode first = all.at("/rows/0");
    for (String field :
        List.of("article_id", "code", "code_name", "root_code", "source_code", "day", "flags")) {
      assertThat(first.has(field)).as(field).isTrue();
    }

    JsonNode az = get("/api/events?actor=AZE&article=" + TestNewsroom.EXAMPLE).json();
    assertThat(az.get("total").asInt()).isPositive().isLessThan(total);
    az.get("rows")
        .forEach(
            r ->
                assertThat(r.get("source_code").asText("") + " " + r.get("target_code").asText(""))
                    .contains("AZE"));

    JsonNode root = get("/api/events?root=" + first.get("root_code").asText() + "&limit=1").json();
    assertThat(root.get("rows")).hasSize(1);
    assertThat(root.at("/rows/0/root_code").asText()).isEqualTo(first.get("root_code").asText());

    JsonNode sept = get("/api/events?from=2023-09-01&to=2023-09-30").json();
    sept.get("rows").forEach(r -> assertThat(r.get("day").asText()).startsWith("2023-09"));
    assertThat(get("/api/events?from=2030-01-01").json().get("total").asInt()).isZero();
    assertThat(get("/api/events?place=AZ").json().get("total").asInt()).isPositive();

    // a request's values are values: the text of SQL never changes with them
    assertThat(get("/api/events?actor=" + enc("' OR 1=1 --")).json().get("total").asInt()).isZero();
    assertThat(get("/api/events?article=" + enc("x'); DROP VIEW events; --")).status)
        .isEqualTo(200);
    assertThat(get("/api/events?limit=1000").json().get("total").asInt()).isEqualTo(total);

    get("/api/events?root=ab").isError(400);
    get("/api/events?code=0571x").isError(400);
    get("/api/events?from=20230901").isError(400);
    get("/api/events?quad=5").isError(400);
    get("/api/events?limit=-1").isError(400);
  }

  @Test
  void quotesBySpeakerWordsAndDate() {
    JsonNode q = get("/api/quotes?speaker=" + enc("hikmet hajiyev")).json();
    assertThat(q.get("total").asInt()).isGreaterThan(3);
    q.get("rows").forEach(r -> assertThat(r.get("speaker").asText()).isEqualTo("Hikmet Hajiyev"));
    JsonNode words = get("/api/quotes?q=reintegration").json();
    assertThat(words.get("total").asInt()).isPositive();
    words
        .get("rows")
        .forEach(
            r -> assertThat(r.get("content").asText().toLowerCase()).contains("reintegration"));
    assertThat(get("/api/quotes?q=" + enc("100%_")).json().get("total").asInt()).isZero();
    assertThat(get("/api/quotes?to=2000-01-01").json().get("total").asInt()).isZero();
    get("/api/quotes?from=yesterday").isError(400);

    JsonNode speakers = get("/api/stats/speakers").json().get("speakers");
    assertThat(speakers.toString()).contains("Hikmet Hajiyev");
    assertThat(speakers.get(0).get("quotes").asInt()).isPositive();
  }

  @Test
  void statisticsForTheCharts() {
    JsonNode byRoot = get("/api/stats/timeline").json();
    assertThat(byRoot.get("by").asText()).isEqualTo("root");
    assertThat(byRoot.get("rows")).isNotEmpty();
    JsonNode row = byRoot.at("/rows/0");
    assertThat(row.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(byRoot.at("/names/" + row.get("key").asText()).asText()).isNotBlank();
    JsonNode byQuad = get("/api/stats/timeline?by=quad&interval=month").json();
    assertThat(byQuad.at("/rows/0/day").asText()).matches("\\d{4}-\\d{2}");
    assertThat(byQuad.at("/rows/0/key").asText()).matches("[1-4]");
    get("/api/stats/timeline?by=colour").isError(400);
    get("/api/stats/timeline?interval=week").isError(400);

    JsonNode network = get("/api/stats/network").json();
    assertThat(network.get("edges")).isNotEmpty();
    JsonNode edge = network.at("/edges/0");
    assertThat(edge.get("events").asInt()).isPositive();
    assertThat(edge.get("goldstein").isNumber()).isTrue();
    Set<String> nodes = new TreeSet<>();
    network.get("nodes").forEach(n -> nodes.add(n.get("code").asText()));
    network
        .get("edges")
        .forEach(
            e -> assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText()));
    get("/api/stats/network?limit=0").isError(400);

    JsonNode places = get("/api/stats/places").json().get("places");
    assertThat(places).isNotEmpty();
    places.forEach(
        p -> {
          assertThat(p.get("lat").asDouble()).isBetween(-90.0, 90.0);
          assertThat(p.get("lon").asDouble()).isBetween(-180.0, 180.0);
          assertThat(p.get("events").asInt()).isPositive();
        });
    assertThat(places.toString()).contains("Nagorno-Karabakh");
  }

  @Test
  void theOpenApiDescriptionNamesEveryPathAndEachAnswers() {
    JsonNode api = get("/api/openapi.json").json();
    assertThat(api.get("openapi").asText()).startsWith("3.");
    Set<String> paths = new TreeSet<>();
    api.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/corpus",
            "/api/codes",
            "/api/openapi.json",
            "/api/search",
            "/api/articles",
            "/api/articles/{id}",
            "/api/events",
            "/api/quotes",
            "/api/stats/timeline",
            "/api/stats/network",
            "/api/stats/places",
            "/api/stats/speakers",
            "/api/analyze");
    for (String path : paths) {
      Iterator<String> methods = api.get("paths").get(path).fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        String concrete = path.replace("{id}", TestNewsroom.EXAMPLE);
        Answer a =
            method.equals("get")
                ? get(concrete + (path.equals("/api/search") ? "?q=x" : ""))
                : post(TestNewsroom.url(), concrete, "text/plain", "");
        assertThat(a.status).as(method + " " + path).isNotIn(404, 405);
      }
    }
  }

  @Test
  void analyzeTextHtmlAndJson() {
    Answer text =
        post(
            TestNewsroom.url(),
            "/api/analyze?id=plain-1&date=2024-05-02",
            "text/plain; charset=utf-8",
            "Rebels attack army base\n\nRebels attacked an army base in northern Mali on"
                + " Tuesday, the army said.\n");
    assertThat(text.status).as(text.response.body()).isEqualTo(200);
    Doc doc = DocJson.read(text.response.body());
    assertThat(doc.id()).isEqualTo("plain-1");
    assertThat(doc.metadata().published()).contains("2024-05-02");
    assertThat(doc.sentences()).isNotEmpty();
    assertThat(text.header("X-Herodotus-Corpus")).isNull();

    Answer html =
        post(
            TestNewsroom.url(),
            "/api/analyze",
            "text/html",
            "<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in"
                + " Geneva</h1><p>The foreign ministers of France and Germany met in Geneva on"
                + " Monday to discuss the war, officials said.</p></article></body></html>");
    assertThat(html.status).as(html.response.body()).isEqualTo(200);
    assertThat(html.json().get("id").asText()).startsWith("analyzed-");
    assertThat(html.json().get("text").asText())
        .contains("foreign ministers")
        .doesNotContain("<p>");

    Answer json =
        post(
            TestNewsroom.url(),
            "/api/analyze",
            "application/json",
            "{\"text\": \"Ships collide off Norway\\n\\nTwo ships collided off the coast of Norway"
                + " on Sunday, the coastguard said.\", \"id\": \"json-1\", \"url\":"
                + " \"https://example.org/ships\", \"date\": \"2024-06-09\"}");
    assertThat(json.status).as(json.response.body()).isEqualTo(200);
    assertThat(json.json().get("id").asText()).isEqualTo("json-1");
    assertThat(json.json().at("/metadata/url").asText()).isEqualTo("https://example.org/ships");

    post(TestNewsroom.url(), "/api/analyze", "text/plain", "  ").isError(400);
    post(TestNewsroom.url(), "/api/analyze", "application/json", "{\"text\": ").isError(400);
    post(TestNewsroom.url(), "/api/analyze", "application/json", "[1, 2]").isError(400);
    post(TestNewsroom.url(), "/api/analyze", "application/json", "{\"text\": 3}").isError(400);
    post(
            TestNewsroom.url(),
            "/api/analyze",
            "application/json",
            "{\"text\": \"a\", \"html\": \"b\"}")
        .isError(400);
    post(TestNewsroom.url(), "/api/analyze", "image/png", "not a picture").isError(415);
    post(TestNewsroom.url(), "/api/analyze?keep=maybe", "text/plain", "Words.").isError(400);
    // a text in another language is read and refused with the reader's reason
    post(
            TestNewsroom.url(),
            "/api/analyze",
            "text/plain",
            "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, qui"
                + " sera présentée au Parlement le mois prochain selon le ministre du travail.")
        .isError(400);
    Answer latin1 =
        send(
            HttpRequest.newBuilder(URI.create(TestNewsroom.url() + "api/analyze"))
                .header("Content-Type", "text/plain")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {'c', 'a', 'f', (byte) 0xE9})));
    latin1.isError(400);
  }

  @Test
  void analyzeAndKeepMakesTheArticleSearchable() {
    Answer kept =
        post(
            TestNewsroom.url(),
            "/api/analyze?keep=true&id=kept-zanzibar",
            "text/plain",
            "Floods hit Zanzibar\n\nHeavy floods hit Zanzibar on Friday, and the government of"
                + " Tanzania sent soldiers to help, officials said.\n");
    assertThat(kept.status).as(kept.response.body()).isEqualTo(200);
    assertThat(kept.header("X-Herodotus-Corpus")).isEqualTo("added");
    assertThat(get("/api/search?q=zanzibar").json().at("/hits/0/articleId").asText())
        .isEqualTo("kept-zanzibar");
    assertThat(get("/api/articles/kept-zanzibar").status).isEqualTo(200);
  }

  @Test
  void keepingInAReadOnlyCorpusIs409() {
    Path dir = tmp.resolve("ro");
    try (Corpus w = Corpus.open(dir)) {
      w.commit();
    }
    try (Corpus ro = Corpus.openReadOnly(dir);
        Newsroom n =
            new Newsroom(
                    ro,
                    false,
                    in -> {
                      throw new AssertionError("not analyzed");
                    },
                    ServerSettings.defaults().withPort(0))
                .start()) {
      post(n.url(), "/api/analyze?keep=true", "text/plain", "Words.").isError(409);
      assertThat(get(n.url(), "/api/corpus").json().get("articles").asInt()).isZero();
    }
  }

  @Test
  void aCorpusServedReadOnlyShowsWhatAnotherWriterCommits() throws Exception {
    Path dir = tmp.resolve("shared");
    try (Corpus w = Corpus.open(dir)) {
      w.commit();
    }
    try (Corpus ro = Corpus.openReadOnly(dir);
        Newsroom n =
            new Newsroom(ro, false, TestNewsroom.analysis(), ServerSettings.defaults().withPort(0))
                .refreshEvery(200)
                .start()) {
      assertThat(get(n.url(), "/api/corpus").json().get("articles").asInt()).isZero();
      try (Corpus writer = Corpus.open(dir)) {
        writer.add(DocJson.read(get("/api/articles/" + TestNewsroom.EXAMPLE).response.body()));
        writer.commit();
        long until = System.nanoTime() + 10_000_000_000L;
        int seen = 0;
        while (seen == 0 && System.nanoTime() < until) {
          Thread.sleep(100);
          seen = get(n.url(), "/api/corpus").json().get("articles").asInt();
        }
        assertThat(seen).isEqualTo(1);
        assertThat(get(n.url(), "/api/search?q=reintegration").json().get("total").asInt())
            .isEqualTo(1);
      }
    }
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutItsLength() throws Exception {
    try (Newsroom n = small(ServerSettings.defaults().withPort(0).withMaxBodyBytes(1000))) {
      String big = "word ".repeat(1000);
      post(n.url(), "/api/analyze", "text/plain", big).isError(413);
      Answer chunked =
          send(
              HttpRequest.newBuilder(URI.create(n.url() + "api/analyze"))
                  .header("Content-Type", "text/plain")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
      chunked.isError(413);
      assertThat(post(n.url(), "/api/analyze", "text/plain", "Short.").status).isEqualTo(200);
    }
  }

  @Test
  void oneAnalysisMoreThanAllowedIs429AtOnce() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ArticleAnalysis blocking =
        in -> {
          entered.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return TestNewsroom.analysis().analyze(in);
        };
    try (Corpus c = Corpus.open(tmp.resolve("c"));
        Newsroom n =
            new Newsroom(
                    c, true, blocking, ServerSettings.defaults().withPort(0).withMaxAnalyses(1))
                .start()) {
      CompletableFuture<Answer> first =
          CompletableFuture.supplyAsync(
              () -> post(n.url(), "/api/analyze", "text/plain", "Rebels attacked the town."));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      long t = System.nanoTime();
      Answer second = post(n.url(), "/api/analyze", "text/plain", "Troops left the town.");
      long millis = (System.nanoTime() - t) / 1_000_000;
      second.isError(429);
      assertThat(second.header("Retry-After")).isNotBlank();
      assertThat(millis).as("429 comes at once, not after a wait").isLessThan(2000);
      // queries still answer while the analysis runs
      assertThat(get(n.url(), "/api/corpus").status).isEqualTo(200);
      release.countDown();
      assertThat(first.get(120, TimeUnit.SECONDS).status).isEqualTo(200);
      assertThat(post(n.url(), "/api/analyze", "text/plain", "Troops left the town.").status)
          .isEqualTo(200);
    }
  }

  @Test
  void aRequestOverItsTimeIs503() {
    ArticleAnalysis slow =
        in -> {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException("should have been given up");
        };
    try (Newsroom n =
        small(
            slow,
            ServerSettings.defaults()
                .withPort(0)
                .withAnalyzeTimeout(Duration.ofMillis(300))
                .withMaxAnalyses(1))) {
      long t = System.nanoTime();
      post(n.url(), "/api/analyze", "text/plain", "Words.").isError(503);
      assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5000);
    }
  }

  @Test
  void anUnexpectedFailureIs500WithoutItsDetails() {
    ArticleAnalysis failing =
        in -> {
          throw new IllegalStateException("secret detail of the failure");
        };
    try (Newsroom n = small(failing, ServerSettings.defaults().withPort(0))) {
      Answer a = post(n.url(), "/api/analyze", "text/plain", "Words.").isError(500);
      assertThat(a.json().get("error").asText()).isEqualTo("internal error");
      assertThat(a.response.body()).doesNotContain("secret");
    }
  }

  @Test
  void unknownPathsAndMethodsAndMalformedRequestsAreJson() throws Exception {
    get("/api/nope").isError(404);
    get("/nope.js").isError(404);
    Answer wrong =
        send(HttpRequest.newBuilder(URI.create(TestNewsroom.url() + "api/search?q=x")).DELETE());
    wrong.isError(405);
    // what never reaches a route: a request line Jetty refuses
    for (String line :
        List.of(
            "GET /%00 HTTP/1.1",
            "BLAH", "GET /../../etc/passwd HTTP/1.1", "GET /" + "a".repeat(20_000) + " HTTP/1.1")) {
      String raw = rawRequest(line);
      assertThat(raw).startsWith("HTTP/1.1 4");
      assertThat(raw).doesNotContain("Exception", "\tat ", "org.eclipse", "<html");
      assertThat(raw).contains("Content-Type: application/json");
      assertThat(raw.substring(raw.indexOf("\r\n\r\n") + 4)).startsWith("{\"error\":");
    }
  }

  private static String rawRequest(String line) throws IOException {
    java.net.URI u = java.net.URI.create(TestNewsroom.url());
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (line + "\r\nHost: " + u.getHost() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void thePageAndItsAssetsAreServedFromThePackage() {
    Answer page = get("/");
    assertThat(page.status).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
    List<String> assets = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.response.body());
    while (m.find()) {
      assets.add(m.group(1));
    }
    assertThat(assets).anyMatch(a -> a.contains("echarts"));
    long total = page.response.body().getBytes(StandardCharsets.UTF_8).length;
    for (String asset : assets) {
      Answer a = get(asset);
      assertThat(a.status).as(asset).isEqualTo(200);
      total += a.response.body().getBytes(StandardCharsets.UTF_8).length;
    }
    Answer world = get("/world.geojson");
    assertThat(world.status).isEqualTo(200);
    assertThat(world.json().get("features").size()).isGreaterThan(100);
    total += world.response.body().getBytes(StandardCharsets.UTF_8).length;
    assertThat(total).as("the page's assets in bytes").isLessThan(3_000_000);
  }

  @Test
  void stoppingClosesThePort() {
    Newsroom n = small(ServerSettings.defaults().withPort(0));
    String url = n.url();
    assertThat(get(url, "/api/codes").status).isEqualTo(200);
    n.stop();
    assertThatThrownBy(() -> get(url, "/api/codes")).isInstanceOf(AssertionError.class);
  }

  /** A newsroom of a test's own over the shared corpus, with the shared pipeline. */
  private static Newsroom small(ServerSettings settings) {
    return small(TestNewsroom.analysis(), settings);
  }

  private static Newsroom small(ArticleAnalysis analysis, ServerSettings settings) {
    TestNewsroom.get();
    return new Newsroom(sharedCorpusReadOnly(), false, analysis, settings).start();
  }

  private static Corpus sharedCorpusReadOnly() {
    return SHARED_READ_ONLY.get();
  }

  private static final java.util.function.Supplier<Corpus> SHARED_READ_ONLY =
      new java.util.function.Supplier<>() {
        private Corpus corpus;

        @Override
        public synchronized Corpus get() {
          if (corpus == null) {
            corpus = Corpus.openReadOnly(TestNewsroom.directory());
          }
          return corpus;
        }
      };
}

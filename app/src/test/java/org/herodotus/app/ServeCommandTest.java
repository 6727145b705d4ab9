package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.herodotus.corpus.Corpus;
import org.herodotus.server.DemoCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herodotus serve, demo and bench serve as a user runs them. */
class ServeCommandTest {

  @TempDir Path tmp;

  @Test
  void servingAMissingCorpusIsAUsageErrorNamingIt() {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("serve", "--corpus", tmp.resolve("nowhere").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere").contains("no corpus there").doesNotContain("Exception");
  }

  @Test
  void badOptionsAreUsageErrors() {
    Path corpus = emptyCorpus();
    assertThat(
            AnalyzeCommandTest.run("serve", "--corpus", corpus.toString(), "--port", "70000")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            AnalyzeCommandTest.run("serve", "--corpus", corpus.toString(), "--timeout-s", "0")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            AnalyzeCommandTest.run("demo", "--threads", "0", "--dir", tmp.resolve("d").toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void aTakenPortIsReportedNotAStackTrace() throws IOException {
    Path corpus = emptyCorpus();
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      AnalyzeCommandTest.Run r =
          AnalyzeCommandTest.run(
              "serve",
              "--corpus",
              corpus.toString(),
              "--port",
              String.valueOf(taken.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen").doesNotContain("\tat ");
    }
    // and the corpus was closed: it opens for writing again
    try (Corpus again = Corpus.open(corpus)) {
      assertThat(again.articleCount()).isZero();
    }
  }

  @Test
  void theLoadGoesToThisMachineOnly() {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run(
            "bench", "serve", "--url", "http://192.0.2.1:8017/", "--seconds", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("on this machine");
    assertThat(ServeBenchCommand.isLoopback(URI.create("http://127.0.0.1:1/"))).isTrue();
    assertThat(ServeBenchCommand.isLoopback(URI.create("http://localhost:1/"))).isTrue();
    assertThat(ServeBenchCommand.isLoopback(URI.create("http://[::1]:1/"))).isTrue();
  }

  @Test
  void theDemoCorpusLivesInTheUsersDataDirectory() {
    assertThat(DemoCorpus.defaultDirectory(Map.of("XDG_DATA_HOME", "/data/me")))
        .isEqualTo(Path.of("/data/me/herodotus/demo-corpus"));
    assertThat(DemoCorpus.defaultDirectory(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/herodotus/demo-corpus"));
    assertThat(DemoCorpus.articles()).hasSizeBetween(21, 41);
    assertThat(DemoCorpus.articles().get(0).id()).isEqualTo("karabakh-2023-09-20");
    assertThat(DemoCorpus.articles())
        .allSatisfy(a -> assertThat(a.content()).isNotBlank())
        .filteredOn(a -> a.id().startsWith("wikinews-"))
        .allSatisfy(
            a -> assertThat(a.url().orElseThrow()).startsWith("https://en.wikinews.org/wiki/"));
  }

  /**
   * A real process: it prints the page's address, answers there, and on SIGTERM stops gracefully,
   * closing the corpus (which then opens for writing again), and a search load against it has no
   * errors.
   */
  @Test
  void serveAnswersAndStopsGracefullyOnSigterm() throws Exception {
    Path corpus = emptyCorpus();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.herodotus.app.Main",
                "serve",
                "--corpus",
                corpus.toString(),
                "--port",
                "0")
            .redirectError(tmp.resolve("serve.err").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String url = out.readLine();
      assertThat(url)
          .as(Files.readString(tmp.resolve("serve.err")))
          .startsWith("http://127.0.0.1:");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "api/corpus")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"articles\":0").contains("\"writable\":true");

      AnalyzeCommandTest.Run load =
          AnalyzeCommandTest.run(
              "bench",
              "serve",
              "--url",
              url,
              "--clients",
              "4",
              "--seconds",
              "2",
              "--warmup-s",
              "0");
      assertThat(load.exitCode()).as(load.out() + load.err()).isZero();
      assertThat(load.out()).contains("0 errors").contains("p99");

      p.destroy(); // SIGTERM
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(tmp.resolve("serve.err"))).contains("stopping");
    } finally {
      p.destroyForcibly();
    }
    try (Corpus again = Corpus.open(corpus)) {
      assertThat(again.articleCount()).isZero();
    }
  }

  private Path emptyCorpus() {
    Path dir = tmp.resolve("corpus-" + System.nanoTime());
    try (Corpus c = Corpus.open(dir)) {
      c.commit();
    }
    return dir;
  }
}

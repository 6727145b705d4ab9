package org.herodotus.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus bench serve --url URL}: a bounded load of concurrent search clients against a
 * running newsroom on this machine, and a burst of analyses past the server's limit.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Loads a newsroom started by 'herodotus serve' on this machine: --clients clients each send"
          + " searches one after another (the queries of 'bench corpus', with facets, as the page"
          + " asks them: mostly articles, some quotes and events) for --seconds, then it prints"
          + " the searches done, the errors (any answer but 200, or none) and the latency"
          + " percentiles. The load stops by itself after --seconds (at most 300) or"
          + " --max-requests.",
      "--analyze-burst N then sends N analyses of the example text at once and prints how each"
          + " was answered and how fast: past the server's --max-analyses, 429 at once."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done, no errors", "1:some requests failed", "2:usage error"})
public final class ServeBenchCommand implements Callable<Integer> {

  @ParentCommand BenchCommand bench;

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The newsroom's address on this machine (http://127.0.0.1:8017/).")
  String url;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "50",
      description = "Clients searching at once (1-200). Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "How long the load runs (1-300). Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "200000",
      description = "Stop after this many searches in all. Default: ${DEFAULT-VALUE}.")
  long maxRequests;

  @Option(
      names = "--warmup-s",
      paramLabel = "S",
      defaultValue = "3",
      description = "Seconds of load first that are not counted. Default: ${DEFAULT-VALUE}.")
  int warmupSeconds;

  @Option(
      names = "--analyze-burst",
      paramLabel = "N",
      defaultValue = "0",
      description = "Then send N analyses at once (0-50). Default: ${DEFAULT-VALUE}.")
  int analyzeBurst;

  /** One search: the query and the kind of hit. */
  record Search(String query, String type) {}

  @Override
  public Integer call() throws Exception {
    Io io = bench.herodotusIo();
    if (clients < 1 || clients > 200) {
      throw new ParameterException(spec.commandLine(), "--clients must be between 1 and 200");
    }
    if (seconds < 1 || seconds > 300) {
      throw new ParameterException(spec.commandLine(), "--seconds must be between 1 and 300");
    }
    if (warmupSeconds < 0 || warmupSeconds > 60) {
      throw new ParameterException(spec.commandLine(), "--warmup-s must be between 0 and 60");
    }
    if (analyzeBurst < 0 || analyzeBurst > 50) {
      throw new ParameterException(spec.commandLine(), "--analyze-burst must be between 0 and 50");
    }
    URI base = URI.create(url.endsWith("/") ? url : url + "/");
    if (!isLoopback(base)) {
      throw new ParameterException(
          spec.commandLine(),
          "--url must be on this machine (127.0.0.1, localhost or ::1): the load is not sent"
              + " elsewhere");
    }
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    List<Search> searches = new ArrayList<>();
    for (String q : CorpusBenchCommand.QUERIES) {
      searches.add(new Search(q, "article"));
    }
    searches.add(new Search("speaker:\"tony blair\"", "quote"));
    searches.add(new Search("government", "quote"));
    searches.add(new Search("root:04", "event"));
    searches.add(new Search("actor:GBRGOV", "event"));

    int code = searchLoad(io, http, base, searches);
    if (analyzeBurst > 0) {
      code = Math.max(code, burst(io, http, base));
    }
    io.out().flush();
    return code;
  }

  private int searchLoad(Io io, HttpClient http, URI base, List<Search> searches)
      throws InterruptedException {
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    AtomicLong sent = new AtomicLong();
    List<List<Double>> perClient = new ArrayList<>();
    List<Map<String, Long>> errorsPerClient = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      List<Double> millis = new ArrayList<>();
      Map<String, Long> errors = new TreeMap<>();
      perClient.add(millis);
      errorsPerClient.add(errors);
      int first = c;
      pool.submit(
          () -> {
            try {
              int i = first;
              while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
                Search s = searches.get(i++ % searches.size());
                URI uri =
                    base.resolve(
                        "api/search?q="
                            + URLEncoder.encode(s.query(), StandardCharsets.UTF_8)
                            + "&type="
                            + s.type()
                            + "&limit=10&facets=10");
                long t = System.nanoTime();
                String problem = null;
                try {
                  HttpResponse<byte[]> r =
                      http.send(
                          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                          HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() != 200) {
                    problem = "HTTP " + r.statusCode();
                  }
                } catch (IOException e) {
                  problem = e.getClass().getSimpleName();
                }
                long after = System.nanoTime();
                if (t >= warmupEnd) {
                  millis.add((after - t) / 1e6);
                  if (problem != null) {
                    errors.merge(problem, 1L, Long::sum);
                  }
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              done.countDown();
            }
            return null;
          });
    }
    done.await();
    pool.shutdown();
    List<Double> all = new ArrayList<>();
    perClient.forEach(all::addAll);
    Map<String, Long> errors = new TreeMap<>();
    errorsPerClient.forEach(m -> m.forEach((k, v) -> errors.merge(k, v, Long::sum)));
    Collections.sort(all);
    long failed = errors.values().stream().mapToLong(Long::longValue).sum();
    if (all.isEmpty()) {
      io.out().println("serve: no searches were timed");
      return 1;
    }
    io.out()
        .println(
            String.format(
                Locale.ROOT,
                "serve: %d clients for %d s (after %d s of warm-up): %d searches, %.0f per second,"
                    + " %d errors%s",
                clients,
                seconds,
                warmupSeconds,
                all.size(),
                all.size() / (double) seconds,
                failed,
                errors.isEmpty() ? "" : " " + errors));
    io.out()
        .println(
            String.format(
                Locale.ROOT,
                "serve: search latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                CorpusBenchCommand.percentile(all, 50),
                CorpusBenchCommand.percentile(all, 90),
                CorpusBenchCommand.percentile(all, 99),
                all.get(all.size() - 1)));
    return failed == 0 ? 0 : 1;
  }

  /** N analyses at once: how each was answered, and after how long. */
  private int burst(Io io, HttpClient http, URI base) throws Exception {
    String text;
    try (var in =
        ServeBenchCommand.class.getResourceAsStream(
            "/org/herodotus/server/demo/demo-articles.jsonl")) {
      String first =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      text = org.herodotus.write.DocJson.mapper().readTree(first).get("text").asText();
    }
    ExecutorService pool = Executors.newFixedThreadPool(analyzeBurst);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < analyzeBurst; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                long t = System.nanoTime();
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(base.resolve("api/analyze"))
                            .timeout(Duration.ofSeconds(300))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(text))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                return r.statusCode() + " " + Math.round((System.nanoTime() - t) / 1e6);
              }));
    }
    start.countDown();
    Map<Integer, List<Long>> byStatus = new TreeMap<>();
    int code = 0;
    for (Future<String> f : answers) {
      String[] a = f.get().split(" ");
      byStatus
          .computeIfAbsent(Integer.parseInt(a[0]), k -> new ArrayList<>())
          .add(Long.parseLong(a[1]));
    }
    pool.shutdown();
    StringBuilder line = new StringBuilder("serve: " + analyzeBurst + " analyses at once:");
    for (Map.Entry<Integer, List<Long>> e : byStatus.entrySet()) {
      List<Long> ms = e.getValue();
      Collections.sort(ms);
      line.append(
          String.format(
              Locale.ROOT,
              " %d x %d (%d-%d ms)",
              ms.size(),
              e.getKey(),
              ms.get(0),
              ms.get(ms.size() - 1)));
      if (e.getKey() != 200 && e.getKey() != 429) {
        code = 1;
      }
    }
    io.out().println(line);
    return code;
  }

  static boolean isLoopback(URI uri) {
    if (uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

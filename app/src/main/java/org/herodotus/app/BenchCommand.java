package org.herodotus.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herodotus.Analyzer;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.nlp.CoreNlpStage;
import org.herodotus.nlp.PlainCoreNlp;
import org.herodotus.pipeline.StageTimings;
import org.herodotus.read.ReadResult;
import org.herodotus.write.DocJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herodotus bench}: throughput, time per stage, memory and model load time of the full
 * pipeline on a corpus, and of plain CoreNLP configured the usual way on the same articles in the
 * same run, with the ratio.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure the pipeline on a corpus, side by side with plain CoreNLP ("
          + PlainCoreNlp.ANNOTATORS
          + ").",
      "Prints a table on standard error and, with --json, a JSON object on standard output."
    })
public final class BenchCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand parent;

  @Option(
      names = "--data",
      required = true,
      description = "Directory of plain-text articles (searched recursively for *.txt).")
  Path data;

  @Option(
      names = "--ids",
      description =
          "File listing article ids (paths under --data without .txt), one a line; '#' comments."
              + " Default: all articles, interleaved by subdirectory.")
  Path ids;

  @Option(
      names = "--articles",
      defaultValue = "200",
      description = "How many articles (default 200).")
  int articles;

  @Option(names = "--threads", defaultValue = "1", description = "Analysis threads (default 1).")
  int threads;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Articles analyzed before timing, for the JIT (default 5).")
  int warmup;

  @Option(
      names = "--no-baseline",
      description = "Skip the run of plain CoreNLP on the same articles.")
  boolean noBaseline;

  @Option(names = "--json", description = "Print the results as JSON on standard output.")
  boolean json;

  /** One system's figures. */
  record Run(
      String system,
      int articles,
      long tokens,
      double loadSeconds,
      double wallSeconds,
      Map<String, Double> stageSeconds,
      Map<String, Double> annotatorSeconds,
      long peakHeapBytes) {

    double articlesPerSecond() {
      return articles / wallSeconds;
    }

    double tokensPerSecond() {
      return tokens / wallSeconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    List<Path> files = select();
    if (files.isEmpty()) {
      io.err().println("herodotus: bench: no articles found under " + data);
      return 1;
    }
    io.err().printf("bench: %d articles from %s, %d thread(s)%n", files.size(), data, threads);
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }
    HeapSampler heap = new HeapSampler();
    heap.start();
    Run ours = runHerodotus(files, texts, heap, io);
    long oursRss = peakRssBytes();
    Run plain = null;
    if (!noBaseline) {
      System.gc();
      heap.reset();
      plain = runPlain(texts, heap, io);
    }
    heap.stop();
    long rss = peakRssBytes();
    report(io, ours, plain, oursRss, rss);
    return 0;
  }

  private List<Path> select() throws IOException {
    List<Path> all = new ArrayList<>();
    if (ids != null) {
      for (String line : Files.readAllLines(ids)) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          all.add(data.resolve(id + ".txt"));
        }
      }
    } else {
      Map<Path, List<Path>> byDir = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(data)) {
        walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
            .sorted()
            .forEach(p -> byDir.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p));
      }
      while (byDir.values().stream().anyMatch(l -> !l.isEmpty())) {
        for (List<Path> list : byDir.values()) {
          if (!list.isEmpty()) {
            all.add(list.remove(0));
          }
        }
      }
    }
    return all.subList(0, Math.min(articles, all.size()));
  }

  private Run runHerodotus(List<Path> files, List<String> texts, HeapSampler heap, Io io)
      throws Exception {
    long start = System.nanoTime();
    Analyzer analyzer = Herodotus.load(Config.defaults());
    double load = (System.nanoTime() - start) / 1e9;
    io.err().printf("bench: Herodotus pipeline loaded in %.1f s%n", load);
    CoreNlpStage nlp =
        analyzer.pipeline().stages().stream()
            .filter(CoreNlpStage.class::isInstance)
            .map(CoreNlpStage.class::cast)
            .findFirst()
            .orElseThrow();
    StageTimings timings = new StageTimings();
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      analyzeOne(analyzer, files.get(i).toString(), texts.get(i), new StageTimings());
    }
    Map<String, Double> annotatorsBefore = nlp.annotatorSeconds();
    heap.reset();
    long[] tokens = new long[1];
    start = System.nanoTime();
    parallel(
        texts.size(),
        i -> {
          Doc doc = analyzeOne(analyzer, files.get(i).toString(), texts.get(i), timings);
          synchronized (tokens) {
            tokens[0] += doc.tokens().size();
          }
        });
    double wall = (System.nanoTime() - start) / 1e9;
    Map<String, Double> annotators = difference(nlp.annotatorSeconds(), annotatorsBefore);
    return new Run(
        "herodotus",
        texts.size(),
        tokens[0],
        load,
        wall,
        timings.seconds(),
        annotators,
        heap.peak());
  }

  private static Doc analyzeOne(Analyzer analyzer, String name, String text, StageTimings timings) {
    long start = System.nanoTime();
    List<ReadResult> read =
        analyzer.reader().read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    timings.add("reader", System.nanoTime() - start);
    Doc doc = analyzer.pipeline().apply(read.get(0).doc().orElseThrow(), timings);
    start = System.nanoTime();
    DocJson.write(doc, java.util.Set.of());
    timings.add("write-json", System.nanoTime() - start);
    return doc;
  }

  private Run runPlain(List<String> texts, HeapSampler heap, Io io) throws Exception {
    long start = System.nanoTime();
    PlainCoreNlp plain = new PlainCoreNlp();
    double load = (System.nanoTime() - start) / 1e9;
    io.err().printf("bench: plain CoreNLP loaded in %.1f s%n", load);
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      plain.annotate(texts.get(i), Optional.empty());
    }
    Map<String, Double> before = plain.annotatorSeconds();
    heap.reset();
    long[] tokens = new long[1];
    start = System.nanoTime();
    parallel(
        texts.size(),
        i -> {
          int n = plain.annotate(texts.get(i), Optional.empty());
          synchronized (tokens) {
            tokens[0] += n;
          }
        });
    double wall = (System.nanoTime() - start) / 1e9;
    return new Run(
        "corenlp",
        texts.size(),
        tokens[0],
        load,
        wall,
        Map.of(),
        difference(plain.annotatorSeconds(), before),
        heap.peak());
  }

  interface Task {
    void run(int index) throws Exception;
  }

  private void parallel(int count, Task task) throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  task.run(index);
                  return null;
                }));
      }
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Double> difference(
      Map<String, Double> after, Map<String, Double> before) {
    Map<String, Double> d = new LinkedHashMap<>();
    after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0.0)));
    return d;
  }

  /** Peak resident set size of this process (VmHWM), or -1 where /proc is not there. */
  static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private void report(Io io, Run ours, Run plain, long oursRss, long rss) {
    PrintWriter err = io.err();
    err.println();
    err.printf(
        "%-12s %8s %9s %9s %10s %10s %10s%n",
        "system", "articles", "tokens", "load s", "wall s", "art/s", "tok/s");
    for (Run r : plain == null ? List.of(ours) : List.of(ours, plain)) {
      err.printf(
          "%-12s %8d %9d %9.1f %10.1f %10.2f %10.0f%n",
          r.system(),
          r.articles(),
          r.tokens(),
          r.loadSeconds(),
          r.wallSeconds(),
          r.articlesPerSecond(),
          r.tokensPerSecond());
    }
    double total = ours.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
    err.println();
    err.println("time per stage (herodotus, summed over threads):");
    ours.stageSeconds()
        .forEach((k, v) -> err.printf("  %-14s %9.2f s %5.1f%%%n", k, v, 100 * v / total));
    err.println("  CoreNLP annotators inside 'nlp':");
    ours.annotatorSeconds().forEach((k, v) -> err.printf("    %-22s %9.2f s%n", k, v));
    double ownShare = 1 - ours.stageSeconds().getOrDefault("nlp", 0.0) / total;
    err.printf("  our own stages (everything but nlp): %.1f%%%n", 100 * ownShare);
    if (plain != null) {
      err.println("CoreNLP annotators (plain):");
      plain.annotatorSeconds().forEach((k, v) -> err.printf("    %-22s %9.2f s%n", k, v));
      err.printf(
          "%nthroughput ratio herodotus / plain CoreNLP: %.2fx%n",
          ours.articlesPerSecond() / plain.articlesPerSecond());
    }
    err.printf(
        "peak heap: herodotus %.0f MB%s; peak RSS after herodotus %.0f MB, at end %.0f MB%n",
        ours.peakHeapBytes() / 1e6,
        plain == null ? "" : String.format(", plain CoreNLP %.0f MB", plain.peakHeapBytes() / 1e6),
        oursRss / 1e6,
        rss / 1e6);
    err.flush();
    if (json) {
      ObjectNode node = DocJson.mapper().createObjectNode();
      node.put("threads", threads);
      node.put("articles", ours.articles());
      node.set("herodotus", runJson(ours));
      node.put("herodotusPeakRssBytes", oursRss);
      node.put("ownStagesShare", ownShare);
      if (plain != null) {
        node.set("corenlp", runJson(plain));
        node.put("throughputRatio", ours.articlesPerSecond() / plain.articlesPerSecond());
      }
      node.put("peakRssBytes", rss);
      try {
        io.out()
            .println(DocJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      io.out().flush();
    }
  }

  private static ObjectNode runJson(Run r) {
    ObjectNode n = DocJson.mapper().valueToTree(r);
    n.put("articlesPerSecond", r.articlesPerSecond());
    n.put("tokensPerSecond", r.tokensPerSecond());
    return n;
  }

  /** Samples used heap every 20 ms and keeps the peak. */
  static final class HeapSampler {
    private volatile boolean running;
    private volatile long peak;
    private Thread thread;

    void start() {
      running = true;
      thread =
          new Thread(
              () -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                  long used = memory.getHeapMemoryUsage().getUsed();
                  if (used > peak) {
                    peak = used;
                  }
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void reset() {
      peak = 0;
    }

    long peak() {
      return peak;
    }

    void stop() {
      running = false;
    }
  }
}

package org.herodotus.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
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
    subcommands = {CorpusBenchCommand.class, ServeBenchCommand.class},
    versionProvider = VersionProvider.class,
    description = {
      "Measure the pipeline on a corpus, side by side with plain CoreNLP ("
          + PlainCoreNlp.ANNOTATORS
          + ").",
      "Prints a table on standard error and, with --json, a JSON object on standard output."
    })
public final class BenchCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand parent;

  /** The streams, for the subcommands. */
  Io herodotusIo() {
    return parent.io();
  }

  @Option(
      names = "--data",
      description =
          "Directory of plain-text articles (searched recursively for *.txt). Required, except"
              + " for 'bench corpus' and 'bench serve'.")
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

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1",
      description =
          "Analysis threads (default 1). A list such as 1,2 runs the pipeline once per count in"
              + " the same process (models loaded once) and prints the scaling; plain CoreNLP runs"
              + " with the last count.")
  List<Integer> threads;

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

  /**
   * One system's figures at one thread count.
   *
   * @param cpuSeconds CPU time of the analysis threads, summed over threads: when it grows with the
   *     thread count for the same articles, the threads slow each other down (shared caches, memory
   *     bandwidth, hyperthreads); when {@link #busyShare} falls, they wait (locks, other processes)
   * @param processCpuSeconds CPU time of the whole process during the run: besides the analysis
   *     threads, the JIT compilers, the garbage collectors and the main thread, which a run with
   *     fewer threads than CPUs gets from the idle CPUs
   * @param cpuSecondsByKind the process's CPU time during the run by kind of thread (analysis, jit,
   *     gc, other), where the system tells
   * @param gcSeconds time the collectors reported during the run
   * @param loadAverage the machine's one-minute load average at the start and at the end of the run
   *     (other processes compete for the same cores)
   */
  record Run(
      String system,
      int threads,
      int articles,
      long tokens,
      double loadSeconds,
      double wallSeconds,
      double cpuSeconds,
      double processCpuSeconds,
      Map<String, Double> cpuSecondsByKind,
      double gcSeconds,
      List<Double> loadAverage,
      Map<String, Double> stageSeconds,
      Map<String, Double> annotatorSeconds,
      long peakHeapBytes) {

    double articlesPerSecond() {
      return articles / wallSeconds;
    }

    double tokensPerSecond() {
      return tokens / wallSeconds;
    }

    /** CPU seconds per article, summed over threads. */
    double cpuSecondsPerArticle() {
      return cpuSeconds / articles;
    }

    /** Share of the wall time the analysis threads were on a CPU. */
    double busyShare() {
      return cpuSeconds / (wallSeconds * threads);
    }
  }

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    if (data == null) {
      io.err().println("herodotus: bench: --data DIR is required (or run 'bench corpus')");
      return 2;
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      io.err().println("herodotus: bench: --threads must be at least 1, got " + threads);
      return 2;
    }
    List<Path> files = select();
    if (files.isEmpty()) {
      io.err().println("herodotus: bench: no articles found under " + data);
      return 1;
    }
    io.err()
        .printf(
            "bench: %d articles from %s, %s thread(s), %d CPUs, load average %.2f%n",
            files.size(),
            data,
            threads.stream().map(String::valueOf).collect(Collectors.joining(", ")),
            Runtime.getRuntime().availableProcessors(),
            loadAverage());
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }
    HeapSampler heap = new HeapSampler();
    heap.start();
    List<Run> ours = runHerodotus(files, texts, heap, io);
    long oursRss = peakRssBytes();
    Run plain = null;
    if (!noBaseline) {
      System.gc();
      heap.reset();
      plain = runPlain(texts, threads.get(threads.size() - 1), heap, io);
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

  /** Loads the pipeline once, warms it up, then times it at each thread count in turn. */
  private List<Run> runHerodotus(List<Path> files, List<String> texts, HeapSampler heap, Io io)
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
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      analyzeOne(analyzer, files.get(i).toString(), texts.get(i), new StageTimings());
    }
    List<Run> runs = new ArrayList<>();
    for (int count : threads) {
      StageTimings timings = new StageTimings();
      Map<String, Double> annotatorsBefore = nlp.annotatorSeconds();
      System.gc();
      heap.reset();
      Measured measured =
          parallel(
              texts.size(),
              count,
              i ->
                  analyzeOne(analyzer, files.get(i).toString(), texts.get(i), timings)
                      .tokens()
                      .size());
      Run run =
          new Run(
              "herodotus",
              count,
              texts.size(),
              measured.tokens(),
              load,
              measured.wallSeconds(),
              measured.cpuSeconds(),
              measured.processCpuSeconds(),
              measured.cpuSecondsByKind(),
              measured.gcSeconds(),
              measured.loadAverage(),
              timings.seconds(),
              difference(nlp.annotatorSeconds(), annotatorsBefore),
              heap.peak());
      io.err()
          .printf(
              "bench: herodotus, %d thread(s): %.2f articles/s, %.2f CPU s per article, busy"
                  + " %.0f%%%n",
              count, run.articlesPerSecond(), run.cpuSecondsPerArticle(), 100 * run.busyShare());
      runs.add(run);
    }
    return runs;
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

  private Run runPlain(List<String> texts, int count, HeapSampler heap, Io io) throws Exception {
    long start = System.nanoTime();
    PlainCoreNlp plain = new PlainCoreNlp();
    double load = (System.nanoTime() - start) / 1e9;
    io.err().printf("bench: plain CoreNLP loaded in %.1f s%n", load);
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      plain.annotate(texts.get(i), Optional.empty());
    }
    Map<String, Double> before = plain.annotatorSeconds();
    heap.reset();
    Measured measured =
        parallel(texts.size(), count, i -> plain.annotate(texts.get(i), Optional.empty()));
    return new Run(
        "corenlp",
        count,
        texts.size(),
        measured.tokens(),
        load,
        measured.wallSeconds(),
        measured.cpuSeconds(),
        measured.processCpuSeconds(),
        measured.cpuSecondsByKind(),
        measured.gcSeconds(),
        measured.loadAverage(),
        Map.of(),
        difference(plain.annotatorSeconds(), before),
        heap.peak());
  }

  /** Analyzes one article and returns its token count. */
  interface Task {
    int run(int index) throws Exception;
  }

  /** Name prefix of the analysis threads. */
  private static final String ANALYSIS_THREAD = "bench-analysis-";

  /** What {@link #parallel} measured. */
  record Measured(
      long tokens,
      double wallSeconds,
      double cpuSeconds,
      double processCpuSeconds,
      Map<String, Double> cpuSecondsByKind,
      double gcSeconds,
      List<Double> loadAverage) {}

  /**
   * Runs {@code task} for every index on {@code count} threads, each thread taking the next index
   * when it is free, and measures the wall time, the CPU time of those threads and the collectors'
   * time.
   */
  private static Measured parallel(int articles, int count, Task task) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    LongAdder tokens = new LongAdder();
    LongAdder cpuNanos = new LongAdder();
    AtomicInteger threadNumber = new AtomicInteger();
    var pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            count, r -> new Thread(r, ANALYSIS_THREAD + threadNumber.incrementAndGet()));
    Map<String, Double> byKindBefore = ThreadCpu.byKind(ANALYSIS_THREAD);
    double loadBefore = loadAverage();
    long gcBefore = gcMillis();
    long processBefore = processCpuNanos();
    long start = System.nanoTime();
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  long before = cpu.getCurrentThreadCpuTime();
                  tokens.add(task.run(index));
                  cpuNanos.add(cpu.getCurrentThreadCpuTime() - before);
                  return null;
                }));
      }
      for (var f : futures) {
        f.get();
      }
      double wall = (System.nanoTime() - start) / 1e9;
      // Read while the analysis threads are still alive: an ended thread leaves /proc.
      Map<String, Double> byKind =
          ThreadCpu.difference(ThreadCpu.byKind(ANALYSIS_THREAD), byKindBefore);
      return new Measured(
          tokens.sum(),
          wall,
          cpuNanos.sum() / 1e9,
          (processCpuNanos() - processBefore) / 1e9,
          byKind,
          (gcMillis() - gcBefore) / 1e3,
          List.of(loadBefore, loadAverage()));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The machine's one-minute load average, or -1 where the system does not tell. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU time of this process so far, or 0 where the system does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  /** Milliseconds the garbage collectors report so far. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
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

  private void report(Io io, List<Run> runs, Run plain, long oursRss, long rss) {
    PrintWriter err = io.err();
    Run ours = runs.get(runs.size() - 1);
    err.println();
    err.printf(
        "%-12s %7s %8s %9s %7s %8s %8s %8s %10s %6s %9s %6s %11s%n",
        "system",
        "threads",
        "articles",
        "tokens",
        "load s",
        "wall s",
        "art/s",
        "tok/s",
        "CPU s/art",
        "busy",
        "process",
        "GC s",
        "load avg");
    List<Run> all = new ArrayList<>(runs);
    if (plain != null) {
      all.add(plain);
    }
    for (Run r : all) {
      err.printf(
          "%-12s %7d %8d %9d %7.1f %8.1f %8.2f %8.0f %10.2f %5.0f%% %8.0f%% %6.1f %5.2f-%5.2f%n",
          r.system(),
          r.threads(),
          r.articles(),
          r.tokens(),
          r.loadSeconds(),
          r.wallSeconds(),
          r.articlesPerSecond(),
          r.tokensPerSecond(),
          r.cpuSecondsPerArticle(),
          100 * r.busyShare(),
          100 * r.processCpuSeconds() / r.wallSeconds(),
          r.gcSeconds(),
          r.loadAverage().get(0),
          r.loadAverage().get(1));
    }
    for (Run r : all) {
      if (!r.cpuSecondsByKind().isEmpty()) {
        err.printf(
            "%-12s %7d  CPU by thread, share of wall time: %s%n",
            r.system(),
            r.threads(),
            r.cpuSecondsByKind().entrySet().stream()
                .map(
                    e ->
                        String.format(
                            "%s %.0f%%", e.getKey(), 100 * e.getValue() / r.wallSeconds()))
                .collect(Collectors.joining(", ")));
      }
    }
    int fewest = runs.stream().mapToInt(Run::threads).min().orElse(1);
    Run reference = null;
    Double scaling = null;
    for (Run r : runs) {
      if (r.threads() == fewest) {
        reference = r;
      } else if (reference != null) {
        scaling = r.articlesPerSecond() / reference.articlesPerSecond();
        err.printf(
            "%nscaling %d thread(s) / %d: %.2fx throughput, %.2fx CPU per article%n",
            r.threads(),
            reference.threads(),
            scaling,
            r.cpuSecondsPerArticle() / reference.cpuSecondsPerArticle());
      }
    }
    double total = ours.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
    err.println();
    err.printf("time per stage (herodotus, %d thread(s), summed over threads):%n", ours.threads());
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
          "%nthroughput ratio herodotus / plain CoreNLP (%d thread(s)): %.2fx%n",
          plain.threads(), ours.articlesPerSecond() / plain.articlesPerSecond());
    }
    err.printf(
        "peak heap: herodotus %.0f MB%s; peak RSS after herodotus %.0f MB, at end %.0f MB%n",
        runs.stream().mapToLong(Run::peakHeapBytes).max().orElse(0) / 1e6,
        plain == null ? "" : String.format(", plain CoreNLP %.0f MB", plain.peakHeapBytes() / 1e6),
        oursRss / 1e6,
        rss / 1e6);
    err.flush();
    if (json) {
      ObjectNode node = DocJson.mapper().createObjectNode();
      node.put("threads", ours.threads());
      node.put("articles", ours.articles());
      node.set("herodotus", runJson(ours));
      var runArray = node.putArray("runs");
      runs.forEach(r -> runArray.add(runJson(r)));
      if (scaling != null) {
        node.put("scaling", scaling);
      }
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
    n.put("cpuSecondsPerArticle", r.cpuSecondsPerArticle());
    n.put("busyShare", r.busyShare());
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

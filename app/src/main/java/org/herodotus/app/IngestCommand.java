package org.herodotus.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.herodotus.Analyzer;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson.OptionalLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus ingest --feed URL|FILE} fetches the articles a news feed links to, politely, and
 * writes one JSON document per new article; {@code herodotus ingest INPUT... --corpus DIR} (feeds
 * too) keeps the analyzed articles in a corpus instead.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads RSS or Atom feeds, fetches the pages their items link to that were not fetched"
          + " before, analyzes them and writes one JSON document per article (JSON Lines) to"
          + " standard output or --out.",
      "Fetching is polite: one request at a time, a delay between requests to one host,"
          + " robots.txt obeyed, a User-Agent naming Herodotus, timeouts. What was fetched is"
          + " remembered in a state file, so running again fetches only new items."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every feed was read and every new page analyzed (or there was nothing new)",
      "1:a feed or a page failed (the others were written)",
      "2:usage error"
    })
public final class IngestCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  @Option(
      names = "--feed",
      paramLabel = "URL|FILE",
      description = "An RSS or Atom feed: an http(s) address or a file. May be repeated.")
  List<String> feeds = new ArrayList<>();

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "Article files, directories or glob patterns to keep in the corpus (as for analyze);"
              + " needs --corpus.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Keep every article in the corpus in DIR (created when missing) instead of writing"
              + " JSON: a search index and Parquet tables (see 'herodotus search' and 'herodotus"
              + " sql'). An article whose text is there already is skipped; one with the same id"
              + " or URL and another text replaces it.")
  Path corpus;

  @Option(
      names = "--reanalyze",
      description = "With --corpus: analyze articles again even when their text is in the corpus.")
  boolean reanalyze;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "1",
      description = "Articles analyzed at once (INPUT articles). Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "200",
      description =
          "With --corpus: commit every N articles (an interrupted ingest keeps what was"
              + " committed). Default: ${DEFAULT-VALUE}.")
  int commitEvery;

  @Option(
      names = {"--progress"},
      negatable = true,
      description = "Draw a progress bar on standard error (default: when it is a terminal).")
  Boolean progress;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "Where to remember what was fetched (TSV). Default: ~/.herodotus/ingest-state.tsv.")
  Path state;

  @Option(
      names = "--delay-ms",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Milliseconds between two requests to the same host (a longer Crawl-delay in"
              + " robots.txt wins). Default: ${DEFAULT-VALUE}.")
  long delayMs;

  @Option(
      names = "--timeout-s",
      paramLabel = "S",
      defaultValue = "30",
      description =
          "Seconds allowed to connect and for a whole request. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Append the JSON documents to FILE instead of writing them to standard output.")
  Path out;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      converter = AnalyzeCommand.ByteSizeConverter.class,
      defaultValue = "2M",
      description = "Refuse pages and feeds larger than N bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--layers",
      paramLabel = "LIST",
      defaultValue = "",
      description = "Optional layers to add, as for analyze.")
  String layerList;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Override
  public Integer call() throws InterruptedException {
    if (feeds.isEmpty() && inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give --feed URL|FILE, or INPUT files with --corpus DIR");
    }
    if (!inputs.isEmpty() && corpus == null) {
      throw new ParameterException(
          spec.commandLine(),
          "INPUT files are kept in a corpus: give --corpus DIR (to write JSON, use analyze)");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (commitEvery < 1) {
      throw new ParameterException(spec.commandLine(), "--commit-every must be at least 1");
    }
    if (delayMs < 0) {
      throw new ParameterException(spec.commandLine(), "--delay-ms must not be negative");
    }
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout-s must be at least 1");
    }
    Set<OptionalLayer> layers;
    try {
      layers = OptionalLayer.parse(layerList);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--layers': " + e.getMessage());
    }
    Io io = herodotus.io();
    if (corpus != null) {
      return intoCorpus(io, layers);
    }
    PrintWriter output = io.out();
    if (out != null) {
      try {
        OutputStream stream =
            Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        output = Io.writer(new BufferedOutputStream(stream, 1 << 16), false);
      } catch (IOException e) {
        io.err().println("herodotus: " + out + ": cannot write: " + e.getMessage());
        return 1;
      }
    }
    try {
      ReaderOptions readerOptions = new ReaderOptions(maxBytes);
      FetchState fetchState = FetchState.load(state != null ? state : FetchState.defaultFile());
      PoliteFetcher fetcher =
          new PoliteFetcher(
              new PoliteFetcher.Settings(
                  Duration.ofMillis(delayMs), Duration.ofSeconds(timeoutSeconds), maxBytes));
      Io runIo = new Io(io.in(), output, io.err(), io.errIsTerminal());
      BatchRunner runner =
          new BatchRunner(
              new ArticleReader(readerOptions),
              readerOptions,
              new LazyAnalysis(readerOptions),
              new BatchRunner.Options(layers, pretty, 1, ProgressMode.NEVER),
              runIo);
      Ingest ingest =
          new Ingest(
              fetcher, fetchState, new ArticleReader(readerOptions), maxBytes, runner, io.err());
      return ingest.run(feeds);
    } catch (UncheckedIOException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 1;
    } finally {
      if (out != null) {
        output.close();
      }
    }
  }

  /** Analyzes the inputs and the feeds' new pages into the corpus. */
  private int intoCorpus(Io io, Set<OptionalLayer> layers) {
    ReaderOptions readerOptions = new ReaderOptions(maxBytes);
    Corpus store;
    try {
      store = Corpus.open(corpus, commitEvery);
    } catch (CorpusException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    }
    int code = 0;
    CorpusSink sink = new CorpusSink(store, reanalyze);
    String summary;
    try (store) {
      ProgressMode mode =
          progress == null
              ? ProgressMode.AUTO
              : progress ? ProgressMode.ALWAYS : ProgressMode.NEVER;
      if (!inputs.isEmpty()) {
        BatchRunner runner =
            new BatchRunner(
                    new ArticleReader(readerOptions),
                    readerOptions,
                    new LazyAnalysis(readerOptions),
                    new BatchRunner.Options(layers, false, threads, mode),
                    io)
                .withSink(sink);
        code = Math.max(code, runner.run(inputs));
      }
      if (!feeds.isEmpty()) {
        FetchState fetchState = FetchState.load(state != null ? state : FetchState.defaultFile());
        PoliteFetcher fetcher =
            new PoliteFetcher(
                new PoliteFetcher.Settings(
                    Duration.ofMillis(delayMs), Duration.ofSeconds(timeoutSeconds), maxBytes));
        BatchRunner runner =
            new BatchRunner(
                    new ArticleReader(readerOptions),
                    readerOptions,
                    new LazyAnalysis(readerOptions),
                    new BatchRunner.Options(layers, false, 1, ProgressMode.NEVER),
                    io)
                .withSink(sink);
        Ingest ingest =
            new Ingest(
                fetcher, fetchState, new ArticleReader(readerOptions), maxBytes, runner, io.err());
        code = Math.max(code, ingest.run(feeds));
      }
      sink.commit();
      summary = sink.summary();
    } catch (CorpusException | UncheckedIOException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    io.err().println(summary);
    return code;
  }

  /** Loads the pipeline on the first article, so a run with nothing new loads no models. */
  private static final class LazyAnalysis implements UnaryOperator<Doc> {
    private final ReaderOptions readerOptions;
    private Analyzer analyzer;

    LazyAnalysis(ReaderOptions readerOptions) {
      this.readerOptions = readerOptions;
    }

    @Override
    public Doc apply(Doc doc) {
      Analyzer loaded;
      synchronized (this) {
        if (analyzer == null) {
          analyzer = Herodotus.pipeline(Config.defaults().withReader(readerOptions));
        }
        loaded = analyzer;
      }
      return loaded.analyze(doc);
    }
  }
}

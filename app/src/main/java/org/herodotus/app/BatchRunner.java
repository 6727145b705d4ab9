package org.herodotus.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.herodotus.Analyzer;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.InputException;
import org.herodotus.read.InputFormat;
import org.herodotus.read.ReadResult;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson;
import org.herodotus.write.DocJson.OptionalLayer;
import org.herodotus.write.GdeltEvents;
import org.herodotus.write.PloverJson;
import org.herodotus.write.QuoteTsv;

/**
 * Reads a list of inputs, analyzes every article in them and writes one JSON document per article
 * to standard output, in the order of the inputs, however many threads analyze them.
 *
 * <p>A failed input or article is reported on standard error as {@code herodotus: <input>:
 * <problem>} and the batch goes on; {@link #run} returns 1 if anything failed, else 0.
 *
 * <p>Memory stays bounded: inputs are read one at a time, at most one article per thread is being
 * analyzed, and at most {@link #WINDOW_PER_THREAD} per thread are read ahead or waiting to be
 * written.
 */
public final class BatchRunner {

  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  /**
   * Articles read ahead per thread. Output is written in input order, so the oldest article holds
   * the window: while it is analyzed, the other threads go on with the next ones only as far as the
   * window reaches. A long article among short ones must not leave them idle, so the window is
   * wide; what waits in it is a read article or a finished result, small beside one analysis.
   */
  static final int WINDOW_PER_THREAD = 16;

  /**
   * How to run a batch.
   *
   * @param layers optional layers written besides the standard ones
   * @param pretty indent the JSON (documents are still separated by a newline)
   * @param threads articles analyzed at once; 1 analyzes on the calling thread
   * @param progress when to draw a progress bar on standard error
   * @param format what to write per article: the JSON document, its quotes as TSV, or its events as
   *     GDELT 2.0 events or mentions rows, or PLOVER JSON lines
   * @param inputFormat the format every input is read in, or empty to tell it from its content
   */
  public record Options(
      Set<OptionalLayer> layers,
      boolean pretty,
      int threads,
      ProgressMode progress,
      OutputFormat format,
      Optional<InputFormat> inputFormat) {
    public Options {
      layers = Set.copyOf(layers);
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }

    /** Options that write JSON and tell every input's format from its content. */
    public Options(Set<OptionalLayer> layers, boolean pretty, int threads, ProgressMode progress) {
      this(layers, pretty, threads, progress, OutputFormat.JSON, Optional.empty());
    }

    /** Same options with another output format. */
    public Options withFormat(OutputFormat value) {
      return new Options(layers, pretty, threads, progress, value, inputFormat);
    }

    public static Options defaults() {
      return new Options(Set.of(), false, 1, ProgressMode.NEVER);
    }
  }

  /** What became of one article: JSON to write, or a problem to report. */
  private sealed interface Outcome {
    /** What to write, and the analyzed document when a {@link Sink} keeps it. */
    record Written(String json, Optional<Doc> doc, String input) implements Outcome {}

    record Failed(String input, String problem) implements Outcome {}

    /** Nothing written and nothing wrong: a message for the user (a duplicate, skipped records). */
    record Notice(String input, String message) implements Outcome {}

    static Outcome written(String json) {
      return new Written(json, Optional.empty(), "");
    }

    static Outcome failed(String input, String problem) {
      return new Failed(input, problem);
    }
  }

  private final ArticleReader reader;
  private final UnaryOperator<Doc> analysis;
  private final ReaderOptions readerOptions;
  private final Options options;
  private final Io io;
  private final Duplicates duplicates = new Duplicates();
  private Optional<Sink> sink = Optional.empty();

  /**
   * Where analyzed documents go instead of standard output (the corpus of {@code ingest --corpus}).
   * {@link #skip} is asked before an article is analyzed; {@link #accept} gets each analyzed
   * document in input order, on one thread.
   */
  public interface Sink {
    /** A notice when the article need not be analyzed (already kept), else empty. */
    Optional<String> skip(String input, Doc doc);

    /** Keeps an analyzed document; a problem is thrown as an unchecked exception. */
    void accept(String input, Doc analyzed);
  }

  /** Sends analyzed documents to {@code value} instead of writing them. */
  public BatchRunner withSink(Sink value) {
    this.sink = Optional.of(value);
    return this;
  }

  /**
   * @param reader turns each input into documents
   * @param readerOptions the limits {@code reader} applies (used for standard input too)
   * @param analysis the analysis applied to each document; may throw for one article
   */
  public BatchRunner(
      ArticleReader reader,
      ReaderOptions readerOptions,
      UnaryOperator<Doc> analysis,
      Options options,
      Io io) {
    this.reader = reader;
    this.readerOptions = readerOptions;
    this.analysis = analysis;
    this.options = options;
    this.io = io;
  }

  /** A runner that reads and analyzes with {@code analyzer}. */
  public static BatchRunner of(Analyzer analyzer, Options options, Io io) {
    return new BatchRunner(
        analyzer.reader(), analyzer.config().reader(), analyzer::analyze, options, io);
  }

  /**
   * Processes {@code inputs} (file paths, directories, glob patterns, or {@link #STDIN}; see {@link
   * InputFiles}) and returns the exit code.
   */
  public int run(List<String> inputs) {
    List<InputFiles.Expansion> expansions = new ArrayList<>();
    long files = 0;
    for (String input : inputs) {
      InputFiles.Expansion e;
      try {
        e = InputFiles.expand(input);
      } catch (UncheckedIOException ex) {
        e = InputFiles.Expansion.failed(input, ex.getMessage());
      }
      expansions.add(e);
      files += Math.max(1, e.files().size());
    }
    Iterator<List<ReadResult>> sources =
        expansions.stream()
            .flatMap(
                e ->
                    e.failed()
                        ? Stream.of(
                            (Supplier<List<ReadResult>>)
                                () ->
                                    List.of(
                                        ReadResult.failed(
                                            new InputException(e.input(), e.problem()))))
                        : e.files().stream().map(f -> (Supplier<List<ReadResult>>) () -> read(f)))
            .map(Supplier::get)
            .iterator();
    return runSources(sources, files);
  }

  /**
   * Analyzes and writes the articles of each source in turn (each {@code next()} reads one input: a
   * file, a fetched page) and returns the exit code. Articles met before (same URL or same text)
   * are skipped with a message; so are results that only carry a notice.
   *
   * @param expected how many sources there are likely to be, for the progress bar
   */
  public int runSources(Iterator<List<ReadResult>> sources, long expected) {
    int failures = 0;
    ExecutorService pool = options.threads() > 1 ? newPool(options.threads()) : null;
    int window = options.threads() * WINDOW_PER_THREAD;
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    if (options.format() == OutputFormat.QUOTES) {
      io.out().write(QuoteTsv.HEADER + "\n");
    }
    try (BatchProgress progress =
        new BatchProgress(options.progress(), io.err(), io.errIsTerminal(), expected)) {
      while (sources.hasNext()) {
        List<ReadResult> results = sources.next();
        if (results.stream().noneMatch(r -> !r.isSkipped())) {
          progress.expectedFewer();
        }
        for (ReadResult result : results) {
          Optional<String> duplicate =
              result.isOk()
                  ? duplicates.check(result.input(), result.doc().orElseThrow())
                  : Optional.empty();
          if (duplicate.isEmpty() && result.isOk() && sink.isPresent()) {
            duplicate = sink.get().skip(result.input(), result.doc().orElseThrow());
          }
          if (result.isSkipped() || duplicate.isPresent()) {
            String message = duplicate.orElseGet(() -> result.notice().orElse("skipped"));
            pending.add(
                CompletableFuture.completedFuture(new Outcome.Notice(result.input(), message)));
          } else {
            progress.queued();
            pending.add(submit(pool, result));
          }
          while (pending.size() > window) {
            failures += emit(take(pending), progress);
          }
          while (!pending.isEmpty() && pending.peek().isDone()) {
            failures += emit(take(pending), progress);
          }
        }
        if (io.out().checkError()) {
          break;
        }
      }
      while (!pending.isEmpty()) {
        failures += emit(take(pending), progress);
      }
      io.out().flush();
      if (io.out().checkError()) {
        progress.message("herodotus: cannot write to standard output; stopped");
        return 1;
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private List<ReadResult> read(String input) {
    try {
      if (input.equals(STDIN)) {
        return readStdin();
      }
      return reader.read(Path.of(input), options.inputFormat());
    } catch (InvalidPathException e) {
      return List.of(ReadResult.failed(new InputException(input, "not a valid path: " + e)));
    } catch (RuntimeException e) {
      return List.of(ReadResult.failed(new InputException(input, describe(e), e)));
    }
  }

  /** Reads standard input, never more than the byte limit plus one. */
  private List<ReadResult> readStdin() {
    long limit = readerOptions.maxBytes();
    byte[] bytes;
    try {
      bytes = io.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
    if (bytes.length > limit) {
      return List.of(
          ReadResult.failed(
              new InputException(
                  STDIN, "is over the limit of " + limit + " bytes (raise it with --max-bytes)")));
    }
    return reader.read(STDIN, bytes, options.inputFormat());
  }

  private Future<Outcome> submit(ExecutorService pool, ReadResult result) {
    if (result.error().isPresent()) {
      InputException error = result.error().get();
      return CompletableFuture.completedFuture(Outcome.failed(error.input(), error.problem()));
    }
    Doc doc = result.doc().orElseThrow();
    if (pool == null) {
      return CompletableFuture.completedFuture(analyze(result.input(), doc));
    }
    return pool.submit(() -> analyze(result.input(), doc));
  }

  private Outcome analyze(String input, Doc doc) {
    if (doc.text().isBlank()) {
      return Outcome.failed(input, "is empty: no article text");
    }
    try {
      Doc analyzed = analysis.apply(doc);
      if (sink.isPresent()) {
        return new Outcome.Written("", Optional.of(analyzed), input);
      }
      return Outcome.written(
          switch (options.format()) {
            case JSON -> DocJson.write(analyzed, options.layers(), options.pretty()) + "\n";
            case QUOTES -> QuoteTsv.write(analyzed);
            case GDELT -> lines(GdeltEvents.eventRows(analyzed));
            case GDELT_MENTIONS -> lines(GdeltEvents.mentionRows(analyzed));
            case PLOVER -> lines(PloverJson.lines(analyzed));
          });
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(input, "article '" + doc.id() + "': " + describe(e));
    }
  }

  private static Outcome take(Deque<Future<Outcome>> pending) {
    Future<Outcome> next = pending.poll();
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analyzing", e);
    } catch (ExecutionException e) {
      // analyze() catches what one article can throw; what is left (an Error) ends the batch.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Writes one outcome; returns 1 for a failure, 0 otherwise. */
  private int emit(Outcome outcome, BatchProgress progress) {
    if (outcome instanceof Outcome.Notice notice) {
      if (notice.message().isEmpty()) {
        progress.expectedFewer();
        return 0; // a quiet skip: counted by whoever asked for it
      }
      progress.message("herodotus: " + displayName(notice.input()) + ": " + notice.message());
      return 0;
    }
    progress.done();
    if (outcome instanceof Outcome.Failed failed) {
      progress.message("herodotus: " + displayName(failed.input()) + ": " + failed.problem());
      return 1;
    }
    Outcome.Written written = (Outcome.Written) outcome;
    if (written.doc().isPresent() && sink.isPresent()) {
      try {
        sink.get().accept(written.input(), written.doc().get());
      } catch (RuntimeException e) {
        progress.message(
            "herodotus: " + displayName(written.input()) + ": cannot keep it: " + describe(e));
        return 1;
      }
      return 0;
    }
    io.out().write(written.json());
    io.out().flush();
    return 0;
  }

  /** Rows, each ended by a newline; nothing for no rows. */
  private static String lines(List<String> rows) {
    return rows.isEmpty() ? "" : String.join("\n", rows) + "\n";
  }

  static String displayName(String input) {
    return input.equals(STDIN) ? "<stdin>" : input;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof InputException input) {
      return input.problem();
    }
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return e instanceof IllegalArgumentException || e instanceof UncheckedIOException
        ? message
        : e.getClass().getSimpleName() + ": " + message;
  }

  private static ExecutorService newPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "herodotus-analyze-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return Executors.newFixedThreadPool(threads, factory);
  }
}

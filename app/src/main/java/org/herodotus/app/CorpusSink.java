package org.herodotus.app;

import java.util.Optional;
import org.herodotus.corpus.Corpus;
import org.herodotus.doc.Doc;

/**
 * Keeps analyzed articles in a corpus ({@code ingest --corpus}): an article whose text the corpus
 * holds already is skipped before it is analyzed (so rerunning an interrupted ingest resumes it),
 * unless {@code reanalyze}; the others are added, replacing one with the same id or URL.
 */
final class CorpusSink implements BatchRunner.Sink {

  private final Corpus corpus;
  private final boolean reanalyze;
  private int added;
  private int replaced;
  private int unchanged;
  private long storingNanos;
  private final long started = System.nanoTime();

  CorpusSink(Corpus corpus, boolean reanalyze) {
    this.corpus = corpus;
    this.reanalyze = reanalyze;
  }

  @Override
  public Optional<String> skip(String input, Doc doc) {
    if (!reanalyze
        && corpus.status(doc.id(), doc.metadata().url(), doc.text()) == Corpus.Added.UNCHANGED) {
      unchanged++;
      return Optional.of(""); // quiet: counted in the summary
    }
    return Optional.empty();
  }

  @Override
  public void accept(String input, Doc analyzed) {
    long t = System.nanoTime();
    switch (corpus.add(analyzed)) {
      case ADDED -> added++;
      case REPLACED -> replaced++;
      case UNCHANGED -> unchanged++;
    }
    storingNanos += System.nanoTime() - t;
  }

  /** Commits what is pending, timed as storing. */
  void commit() {
    long t = System.nanoTime();
    corpus.commit();
    storingNanos += System.nanoTime() - t;
  }

  /**
   * "ingest: 3 added, 1 replaced, 12 unchanged; the corpus holds 16 articles; storing took 0.4 s of
   * 12.0 s (3.3%)".
   */
  String summary() {
    double total = (System.nanoTime() - started) / 1e9;
    double storing = storingNanos / 1e9;
    return "ingest: "
        + added
        + " added, "
        + replaced
        + " replaced, "
        + unchanged
        + " unchanged; the corpus holds "
        + corpus.articleCount()
        + " articles; storing took "
        + String.format(
            java.util.Locale.ROOT,
            "%.1f s of %.1f s (%.1f%%)",
            storing,
            total,
            total > 0 ? 100 * storing / total : 0);
  }
}

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
    switch (corpus.add(analyzed)) {
      case ADDED -> added++;
      case REPLACED -> replaced++;
      case UNCHANGED -> unchanged++;
    }
  }

  /** "ingest: 3 added, 1 replaced, 12 unchanged; the corpus holds 16 articles". */
  String summary() {
    return "ingest: "
        + added
        + " added, "
        + replaced
        + " replaced, "
        + unchanged
        + " unchanged; the corpus holds "
        + corpus.articleCount()
        + " articles";
  }
}

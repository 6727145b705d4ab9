package org.herodotus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.HtmlReader;
import org.herodotus.read.ReadResult;
import org.herodotus.read.ReaderOptions;
import org.herodotus.read.ScrapedTextReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Readers, one article per call: scraped text structured into a document, a news page's article
 * extracted from its HTML, and the whole reader as the command line runs it (format detection and
 * the language check included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReaderBenchmark {

  private String text;
  private byte[] textBytes;
  private byte[] pageBytes;
  private ArticleReader reader;

  @Setup
  public void load() {
    text = Fixtures.text(Fixtures.ARTICLE);
    textBytes = Fixtures.bytes(Fixtures.ARTICLE);
    pageBytes = Fixtures.bytes(Fixtures.PAGE);
    reader = new ArticleReader(ReaderOptions.defaults());
  }

  @Benchmark
  public Doc scrapedText() {
    return ScrapedTextReader.read("karabakh", text);
  }

  @Benchmark
  public Doc htmlExtraction() {
    return HtmlReader.read("news-page", pageBytes);
  }

  @Benchmark
  public List<ReadResult> articleReaderText() {
    return reader.read("karabakh-2023-09-20.txt", textBytes);
  }

  @Benchmark
  public List<ReadResult> articleReaderHtml() {
    return reader.read("news-page.html", pageBytes);
  }
}

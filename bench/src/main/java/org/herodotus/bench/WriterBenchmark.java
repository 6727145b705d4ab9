package org.herodotus.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;
import org.herodotus.write.GdeltEvents;
import org.herodotus.write.PloverJson;
import org.herodotus.write.QuoteTsv;
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

/** The output writers on the analyzed example article (40 events, 20 quotes). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class WriterBenchmark {

  private Doc doc;

  @Setup
  public void load() {
    doc = Fixtures.analyzed();
  }

  /** The JSON document as {@code herodotus analyze} writes it by default. */
  @Benchmark
  public String json() {
    return DocJson.write(doc, Set.of());
  }

  @Benchmark
  public List<String> gdeltEvents() {
    return GdeltEvents.eventRows(doc);
  }

  @Benchmark
  public List<String> gdeltMentions() {
    return GdeltEvents.mentionRows(doc);
  }

  @Benchmark
  public List<String> plover() {
    return PloverJson.lines(doc);
  }

  @Benchmark
  public String quotesTsv() {
    return QuoteTsv.write(doc);
  }
}

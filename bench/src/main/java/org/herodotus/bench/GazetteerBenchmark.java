package org.herodotus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceTagger;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bundled gazetteer on the analyzed example article: a lookup of every mention's text, and the
 * place layer (resolution in context, metonyms, focus) on the whole article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GazetteerBenchmark {

  private Doc doc;
  private List<String> names;
  private Gazetteer gazetteer;
  private PlaceTagger tagger;

  @Setup
  public void load() {
    doc = Fixtures.analyzed();
    names = doc.mentions().stream().map(Mention::text).toList();
    gazetteer = Gazetteer.bundled();
    tagger = new PlaceTagger();
  }

  /** Every mention's text of the article looked up by name. */
  @Benchmark
  public void mentionLookups(Blackhole hole) {
    for (String name : names) {
      hole.consume(gazetteer.lookup(name));
    }
  }

  @Benchmark
  public Doc placeTagger() {
    return tagger.apply(doc);
  }
}

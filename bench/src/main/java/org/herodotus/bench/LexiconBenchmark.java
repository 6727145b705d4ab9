package org.herodotus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Token;
import org.herodotus.event.ActorLayerCodes;
import org.herodotus.event.CountryActorCodes;
import org.herodotus.event.EventCoder;
import org.herodotus.event.EventLexicon;
import org.herodotus.event.PlaceOf;
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
 * Event-lexicon matching on the analyzed example article: the lexicon lookups of every token's
 * lemma as a verb and as a noun, and the event coder on the whole article as the pipeline runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LexiconBenchmark {

  private Doc doc;
  private List<String> lemmas;
  private EventLexicon lexicon;
  private EventCoder coder;

  @Setup
  public void load() {
    doc = Fixtures.analyzed();
    lemmas = doc.tokens().stream().map(Token::lemma).toList();
    lexicon = EventLexicon.bundled();
    coder = new EventCoder(lexicon, new ActorLayerCodes(new CountryActorCodes()), PlaceOf.NONE);
  }

  /** Every lemma of the article looked up as a verb and as a noun. */
  @Benchmark
  public void lemmaLookups(Blackhole hole) {
    for (String lemma : lemmas) {
      hole.consume(lexicon.verb(lemma));
      hole.consume(lexicon.noun(lemma));
    }
  }

  @Benchmark
  public Doc eventCoder() {
    return coder.apply(doc);
  }
}

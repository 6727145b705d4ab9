package org.herodotus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.herodotus.actor.ActorCoder;
import org.herodotus.entity.EntityResolver;
import org.herodotus.event.ActorLayerCodes;
import org.herodotus.event.CountryActorCodes;
import org.herodotus.event.EventCoder;
import org.herodotus.event.EventLexicon;
import org.herodotus.event.EventPlaces;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.nlp.CoreNlpStage;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceResolver;
import org.herodotus.place.PlaceTagger;
import org.herodotus.quote.QuoteAttributor;
import org.herodotus.time.TimeNormalizer;
import org.herodotus.tone.ToneLexicon;
import org.herodotus.tone.ToneScorer;

/**
 * The entry point: {@code Herodotus.pipeline(Config.defaults()).analyze("id", text)}.
 *
 * <p>Pipelines are cached per configuration (reader limits aside), so the language models load once
 * per process.
 */
public final class Herodotus {

  /** Loaded pipelines by the settings that shape them (reader limits do not). */
  private static final Map<PipelineKey, Pipeline> LOADED = new ConcurrentHashMap<>();

  /**
   * The NLP stage (the language models) by the settings that shape it, shared by pipelines that
   * differ only in lexicons, so that a user's lexicon directory does not load the models again.
   */
  private static final Map<NlpKey, CoreNlpStage> NLP = new ConcurrentHashMap<>();

  /** The settings that shape a pipeline. */
  private record PipelineKey(
      int maxSentenceTokens,
      Config.Coreference coreference,
      Optional<Path> lexiconDirectory,
      int minEventConfidence) {}

  /** The settings that shape the NLP stage. */
  private record NlpKey(int maxSentenceTokens, Config.Coreference coreference) {}

  private Herodotus() {}

  /** The full pipeline for {@code config}, loaded on first use and shared afterwards. */
  public static Analyzer pipeline(Config config) {
    Pipeline pipeline =
        LOADED.computeIfAbsent(
            new PipelineKey(
                config.maxSentenceTokens(),
                config.coreference(),
                config.lexiconDirectory().map(p -> p.toAbsolutePath().normalize()),
                config.minEventConfidence()),
            k -> Pipeline.of(stages(config)));
    return new Analyzer(config, pipeline);
  }

  /**
   * A pipeline that is not cached (its language models still are): for benchmarks and tools that
   * build their own.
   */
  public static Analyzer load(Config config) {
    return new Analyzer(config, Pipeline.of(stages(config)));
  }

  /** The full pipeline with default settings. */
  public static Analyzer pipeline() {
    return pipeline(Config.defaults());
  }

  static List<Stage> stages(Config config) {
    Gazetteer gazetteer =
        config.lexiconDirectory().map(Gazetteer::withUserDirectory).orElse(Gazetteer.bundled());
    CoreNlpStage nlp =
        NLP.computeIfAbsent(
            new NlpKey(config.maxSentenceTokens(), config.coreference()),
            k ->
                new CoreNlpStage(
                    k.maxSentenceTokens(), k.coreference() == Config.Coreference.CORENLP));
    return List.of(
        nlp,
        new TimeNormalizer(),
        new ToneScorer(ToneLexicon.of(config.lexiconDirectory())),
        new EntityResolver(),
        new ActorCoder(
            config
                .lexiconDirectory()
                .map(ActorLexicon::withUserDirectory)
                .orElse(ActorLexicon.bundled()),
            gazetteer),
        new PlaceTagger(new PlaceResolver(gazetteer)),
        new QuoteAttributor(),
        new EventCoder(
            config
                .lexiconDirectory()
                .map(EventLexicon.bundled()::withUserDirectory)
                .orElse(EventLexicon.bundled()),
            new ActorLayerCodes(new CountryActorCodes(gazetteer)),
            new EventPlaces(),
            true,
            config.minEventConfidence()));
  }
}

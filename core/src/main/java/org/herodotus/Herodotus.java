package org.herodotus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.herodotus.actor.ActorCoder;
import org.herodotus.entity.EntityResolver;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.nlp.CoreNlpStage;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceTagger;
import org.herodotus.time.TimeNormalizer;

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
   * The NLP stage (the language models) by sentence limit, shared by pipelines that differ only in
   * lexicons, so that a user's lexicon directory does not load the models again.
   */
  private static final Map<Integer, CoreNlpStage> NLP = new ConcurrentHashMap<>();

  /** The settings that shape a pipeline. */
  private record PipelineKey(int maxSentenceTokens, Optional<Path> lexiconDirectory) {}

  private Herodotus() {}

  /** The full pipeline for {@code config}, loaded on first use and shared afterwards. */
  public static Analyzer pipeline(Config config) {
    Pipeline pipeline =
        LOADED.computeIfAbsent(
            new PipelineKey(
                config.maxSentenceTokens(),
                config.lexiconDirectory().map(p -> p.toAbsolutePath().normalize())),
            k -> Pipeline.of(stages(config)));
    return new Analyzer(config, pipeline);
  }

  /** The full pipeline with default settings. */
  public static Analyzer pipeline() {
    return pipeline(Config.defaults());
  }

  static List<Stage> stages(Config config) {
    return List.of(
        NLP.computeIfAbsent(config.maxSentenceTokens(), CoreNlpStage::new),
        new TimeNormalizer(),
        new EntityResolver(),
        new ActorCoder(
            config
                .lexiconDirectory()
                .map(ActorLexicon::withUserDirectory)
                .orElse(ActorLexicon.bundled()),
            Gazetteer.bundled()),
        new PlaceTagger());
  }
}

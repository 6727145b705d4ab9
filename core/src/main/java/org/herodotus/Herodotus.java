package org.herodotus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.herodotus.entity.EntityResolver;
import org.herodotus.event.EventCoder;
import org.herodotus.nlp.CoreNlpStage;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.time.TimeNormalizer;

/**
 * The entry point: {@code Herodotus.pipeline(Config.defaults()).analyze("id", text)}.
 *
 * <p>Pipelines are cached per configuration (reader limits aside), so the language models load once
 * per process.
 */
public final class Herodotus {

  /** Loaded pipelines by the settings that shape them (reader limits do not). */
  private static final Map<Integer, Pipeline> LOADED = new ConcurrentHashMap<>();

  private Herodotus() {}

  /** The full pipeline for {@code config}, loaded on first use and shared afterwards. */
  public static Analyzer pipeline(Config config) {
    Pipeline pipeline =
        LOADED.computeIfAbsent(config.maxSentenceTokens(), k -> Pipeline.of(stages(config)));
    return new Analyzer(config, pipeline);
  }

  /** The full pipeline with default settings. */
  public static Analyzer pipeline() {
    return pipeline(Config.defaults());
  }

  static List<Stage> stages(Config config) {
    return List.of(
        new CoreNlpStage(config.maxSentenceTokens()),
        new TimeNormalizer(),
        new EntityResolver(),
        new EventCoder());
  }
}

package org.herodotus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;

/**
 * The entry point: {@code Herodotus.pipeline(Config.defaults()).analyze("id", text)}.
 *
 * <p>Pipelines are cached per configuration, so the language models load once per process.
 */
public final class Herodotus {

  private static final Map<Config, Analyzer> LOADED = new ConcurrentHashMap<>();

  private Herodotus() {}

  /** The full pipeline for {@code config}, loaded on first use and shared afterwards. */
  public static Analyzer pipeline(Config config) {
    return LOADED.computeIfAbsent(config, c -> new Analyzer(c, Pipeline.of(stages(c))));
  }

  /** The full pipeline with default settings. */
  public static Analyzer pipeline() {
    return pipeline(Config.defaults());
  }

  static List<Stage> stages(Config config) {
    return List.of();
  }
}

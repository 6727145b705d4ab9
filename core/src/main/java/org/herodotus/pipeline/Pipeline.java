package org.herodotus.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;

/**
 * An ordered list of stages whose requirements were checked when it was built: every layer a stage
 * requires is provided by a reader ({@link #READER_LAYERS}) or by a stage before it.
 */
public final class Pipeline {

  /** Layers every reader provides. */
  public static final Set<Layer> READER_LAYERS =
      EnumSet.of(Layer.TEXT, Layer.METADATA, Layer.PARAGRAPHS);

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline, failing at once with the name of the stage and the missing layer if a
   * stage's requirements are not met by the ones before it.
   */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> available = EnumSet.copyOf(READER_LAYERS);
    for (Stage stage : stages) {
      for (Layer needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' requires layer "
                  + needed
                  + ", which no earlier stage provides (available: "
                  + available
                  + ")");
        }
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage in order. */
  public Doc apply(Doc doc) {
    Doc current = doc;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /** Runs every stage in order, adding each stage's wall time to {@code timings}. */
  public Doc apply(Doc doc, StageTimings timings) {
    Doc current = doc;
    for (Stage stage : stages) {
      long start = System.nanoTime();
      current = stage.apply(current);
      timings.add(stage.name(), System.nanoTime() - start);
    }
    return current;
  }

  /** The layers a document has after this pipeline. */
  public Set<Layer> provides() {
    Set<Layer> all = EnumSet.copyOf(READER_LAYERS);
    List<Stage> copy = new ArrayList<>(stages);
    copy.forEach(s -> all.addAll(s.provides()));
    return all;
  }
}

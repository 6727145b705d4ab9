package org.herodotus.pipeline;

import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;

/**
 * One step of the analysis: reads the layers it {@link #requires()} and returns a new {@link Doc}
 * with the layers it {@link #provides()}. Stages are stateless and safe to share between threads.
 */
public interface Stage {

  /** A short name for logs, timings and notes. */
  String name();

  Set<Layer> requires();

  Set<Layer> provides();

  Doc apply(Doc doc);
}

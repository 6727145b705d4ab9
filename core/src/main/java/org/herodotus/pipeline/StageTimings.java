package org.herodotus.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, summed over documents and threads. Thread-safe. */
public final class StageTimings {

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  public void add(String stage, long elapsedNanos) {
    order.putIfAbsent(stage, order.size());
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Seconds per stage, in the order the stages first ran. */
  public Map<String, Double> seconds() {
    Map<String, Double> result = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> result.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return result;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}

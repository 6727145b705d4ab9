package org.herodotus.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind (analysis, JIT compiler, garbage collector, other),
 * read from {@code /proc/self/task} on Linux: what a run's CPU went to besides the analysis.
 */
final class ThreadCpu {

  /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private ThreadCpu() {}

  /**
   * CPU seconds so far by kind of thread, or an empty map where {@code /proc} is not there. Threads
   * whose name starts with {@code analysisPrefix} count as analysis.
   */
  static Map<String, Double> byKind(String analysisPrefix) {
    Map<String, Double> seconds = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
          continue;
        }
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 2).split(" ");
        // After the name: state is field 3 of stat(5), so utime (14) and stime (15) are at 11, 12.
        double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        seconds.merge(kind(name, analysisPrefix), cpu, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return seconds;
  }

  static String kind(String threadName, String analysisPrefix) {
    if (threadName.startsWith(analysisPrefix)) {
      return "analysis";
    }
    if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
      return "jit";
    }
    if (threadName.startsWith("GC Thread")
        || threadName.startsWith("G1 ")
        || threadName.startsWith("VM Thread")) {
      return "gc";
    }
    return "other";
  }

  /** {@code after - before} per kind. */
  static Map<String, Double> difference(Map<String, Double> after, Map<String, Double> before) {
    Map<String, Double> d = new TreeMap<>();
    after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0.0)));
    return d;
  }
}

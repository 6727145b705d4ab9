package org.herodotus.server;

import java.time.Duration;

/**
 * How the newsroom listens and what it allows.
 *
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port the port, 0 for any free one
 * @param maxBodyBytes the largest request body taken (413 above it)
 * @param requestTimeout the time a query (search, events, statistics) may take (503 after it)
 * @param analyzeTimeout the time an analysis may take (503 after it)
 * @param maxAnalyses analyses running at once; one more is refused at once with 429
 * @param queryThreads queries running at once; more wait their turn within their time limit
 */
public record ServerSettings(
    String host,
    int port,
    long maxBodyBytes,
    Duration requestTimeout,
    Duration analyzeTimeout,
    int maxAnalyses,
    int queryThreads) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8017;

  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (analyzeTimeout.isNegative() || analyzeTimeout.isZero()) {
      throw new IllegalArgumentException("analyzeTimeout must be positive");
    }
    if (maxAnalyses < 1 || queryThreads < 1) {
      throw new IllegalArgumentException("maxAnalyses and queryThreads must be at least 1");
    }
  }

  /**
   * Loopback, port 8017, bodies up to 2 MB, 10 s per query, 120 s per analysis, one analysis per
   * two cores (at least one), two query threads per core (at least four).
   */
  public static ServerSettings defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerSettings(
        LOOPBACK,
        DEFAULT_PORT,
        2L * 1024 * 1024,
        Duration.ofSeconds(10),
        Duration.ofSeconds(120),
        Math.max(1, cores / 2),
        Math.max(4, 2 * cores));
  }

  public ServerSettings withHost(String value) {
    return new ServerSettings(
        value, port, maxBodyBytes, requestTimeout, analyzeTimeout, maxAnalyses, queryThreads);
  }

  public ServerSettings withPort(int value) {
    return new ServerSettings(
        host, value, maxBodyBytes, requestTimeout, analyzeTimeout, maxAnalyses, queryThreads);
  }

  public ServerSettings withMaxBodyBytes(long value) {
    return new ServerSettings(
        host, port, value, requestTimeout, analyzeTimeout, maxAnalyses, queryThreads);
  }

  public ServerSettings withRequestTimeout(Duration value) {
    return new ServerSettings(
        host, port, maxBodyBytes, value, analyzeTimeout, maxAnalyses, queryThreads);
  }

  public ServerSettings withAnalyzeTimeout(Duration value) {
    return new ServerSettings(
        host, port, maxBodyBytes, requestTimeout, value, maxAnalyses, queryThreads);
  }

  public ServerSettings withMaxAnalyses(int value) {
    return new ServerSettings(
        host, port, maxBodyBytes, requestTimeout, analyzeTimeout, value, queryThreads);
  }

  public ServerSettings withQueryThreads(int value) {
    return new ServerSettings(
        host, port, maxBodyBytes, requestTimeout, analyzeTimeout, maxAnalyses, value);
  }
}

package org.herodotus.app;

import java.time.Duration;
import org.herodotus.server.ServerSettings;
import picocli.CommandLine.Option;

/** The options of {@code serve} and {@code demo}: where to listen and the limits. */
final class NewsroomOptions {

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "The port to listen on (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "H",
      defaultValue = ServerSettings.LOOPBACK,
      description =
          "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 makes"
              + " the page and the API reachable by anyone who can reach this machine.")
  String host;

  @Option(
      names = "--max-body",
      paramLabel = "N",
      converter = AnalyzeCommand.ByteSizeConverter.class,
      defaultValue = "2M",
      description =
          "The largest article POST /api/analyze takes (413 above). Default: ${DEFAULT-VALUE}.")
  long maxBody;

  @Option(
      names = "--timeout-s",
      paramLabel = "S",
      defaultValue = "10",
      description = "Seconds a search or query may take (503 after). Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(
      names = "--analyze-timeout-s",
      paramLabel = "S",
      defaultValue = "120",
      description = "Seconds an analysis may take (503 after). Default: ${DEFAULT-VALUE}.")
  long analyzeTimeoutSeconds;

  @Option(
      names = "--max-analyses",
      paramLabel = "N",
      description =
          "Analyses at once; one more is answered 429 at once. Default: one per two cores, at"
              + " least one.")
  Integer maxAnalyses;

  /** The settings, or an {@link IllegalArgumentException} naming the bad option. */
  ServerSettings settings() {
    if (timeoutSeconds < 1 || analyzeTimeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout-s and --analyze-timeout-s must be at least 1");
    }
    if (maxAnalyses != null && maxAnalyses < 1) {
      throw new IllegalArgumentException("--max-analyses must be at least 1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    ServerSettings s =
        ServerSettings.defaults()
            .withHost(host)
            .withPort(port)
            .withMaxBodyBytes(maxBody)
            .withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
            .withAnalyzeTimeout(Duration.ofSeconds(analyzeTimeoutSeconds));
    return maxAnalyses == null ? s : s.withMaxAnalyses(maxAnalyses);
  }
}

package org.herodotus.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches pages politely: one request at a time (so never more than one connection to a host), a
 * delay between requests to the same host (the larger of ours and the site's {@code Crawl-delay}),
 * {@code robots.txt} obeyed, a {@code User-Agent} that names the project, timeouts on connecting
 * and on the whole request, and a cap on the bytes read from one response.
 */
final class PoliteFetcher {

  /** The product token robots.txt groups are matched against. */
  static final String AGENT_TOKEN = "Herodotus";

  static final String USER_AGENT = "Herodotus/0.1 (+https://github.com/herodotus-news)";

  /**
   * What came back for one URL.
   *
   * @param status the HTTP status, or -1 when no response came (see {@code problem})
   * @param contentType the {@code Content-Type} header
   * @param body the body, at most the byte cap plus one
   * @param problem why there is no usable response, or empty
   */
  record Fetched(
      URI url, int status, Optional<String> contentType, byte[] body, Optional<String> problem) {
    boolean ok() {
      return problem.isEmpty() && status >= 200 && status <= 299;
    }
  }

  /** Politeness and limits. */
  record Settings(Duration delay, Duration timeout, long maxBytes) {}

  /** Waits; a test may count instead. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final HttpClient client;
  private final Settings settings;
  private final Sleeper sleeper;
  private final Map<String, RobotsTxt> robots = new HashMap<>();
  private final Map<String, Long> nextAllowed = new HashMap<>();

  PoliteFetcher(Settings settings) {
    this(settings, Thread::sleep);
  }

  PoliteFetcher(Settings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Whether robots.txt lets us fetch {@code url} (fetching robots.txt on first use per site). */
  synchronized boolean allowed(URI url) throws InterruptedException {
    return robotsFor(url).allows(pathOf(url));
  }

  /** Fetches {@code url} after waiting for the host's turn. Does not check robots.txt. */
  synchronized Fetched fetch(URI url) throws InterruptedException {
    String site = siteOf(url);
    waitTurn(site);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(settings.timeout())
              .header("User-Agent", USER_AGENT)
              .header(
                  "Accept",
                  "text/html,application/xhtml+xml,application/rss+xml,"
                      + "application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
              .GET()
              .build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      }
      return new Fetched(
          url,
          response.statusCode(),
          response.headers().firstValue("Content-Type"),
          body,
          Optional.empty());
    } catch (HttpTimeoutException e) {
      return failed(url, "timed out after " + settings.timeout().toSeconds() + " s");
    } catch (IOException e) {
      String m = e.getMessage();
      return failed(
          url,
          "cannot be fetched: "
              + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip()));
    } catch (IllegalArgumentException e) {
      return failed(url, "is not an address that can be fetched: " + e.getMessage());
    } finally {
      nextAllowed.put(site, System.currentTimeMillis() + delayFor(site));
    }
  }

  private static Fetched failed(URI url, String problem) {
    return new Fetched(url, -1, Optional.empty(), new byte[0], Optional.of(problem));
  }

  private void waitTurn(String site) throws InterruptedException {
    Long at = nextAllowed.get(site);
    if (at != null) {
      long wait = at - System.currentTimeMillis();
      if (wait > 0) {
        sleeper.sleep(wait);
      }
    }
  }

  private long delayFor(String site) {
    long ours = settings.delay().toMillis();
    RobotsTxt r = robots.get(site);
    long theirs = r == null ? 0 : r.crawlDelaySeconds().map(s -> (long) (s * 1000)).orElse(0L);
    return Math.max(ours, theirs);
  }

  private RobotsTxt robotsFor(URI url) throws InterruptedException {
    String site = siteOf(url);
    RobotsTxt known = robots.get(site);
    if (known != null) {
      return known;
    }
    URI robotsUrl = URI.create(site + "/robots.txt");
    Fetched f = fetch(robotsUrl);
    RobotsTxt parsed;
    if (f.ok()) {
      parsed = RobotsTxt.parse(new String(f.body(), StandardCharsets.UTF_8), AGENT_TOKEN);
    } else if (f.status() >= 400 && f.status() < 500) {
      parsed = RobotsTxt.allowAll();
    } else {
      // a server error or no answer: the site may not want us now (RFC 9309 §2.3.1.4)
      parsed = RobotsTxt.disallowAll();
    }
    robots.put(site, parsed);
    return parsed;
  }

  /** {@code scheme://host[:port]}, lower case. */
  static String siteOf(URI url) {
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    String host = String.valueOf(url.getHost()).toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (url.getPort() >= 0 ? ":" + url.getPort() : "");
  }

  private static String pathOf(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }
}

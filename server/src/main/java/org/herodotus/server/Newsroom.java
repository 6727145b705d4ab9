package org.herodotus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.corpus.BadQueryException;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.SearchRequest;
import org.herodotus.doc.Doc;
import org.herodotus.event.CameoCodebook;
import org.herodotus.read.InputException;
import org.herodotus.write.DocJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsroom: the REST API over a corpus ({@code /api/...}, described in {@code
 * /api/openapi.json}) and the web page, served from packaged assets by one Javalin server.
 *
 * <p>Every answer that is not a success is JSON, {@code {"error": message, "status": code}}: 400
 * for a bad parameter or query, 404, 409 when keeping an article in a corpus opened read-only, 413
 * for a body over the limit, 415 for a body type the API does not read, 429 when the analyses at
 * once are all taken, 503 when a request runs out of time, and 500 "internal error" for anything
 * else, which is logged with its stack trace and never shows it to the client.
 */
public final class Newsroom implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Newsroom.class);

  static final String WEB = "/org/herodotus/server/web";
  static final String OPENAPI = "/org/herodotus/server/openapi.json";

  /** What the page may load and run: only its own files; no inline scripts, nothing remote. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final Corpus corpus;
  private final boolean writable;
  private final ArticleAnalysis analysis;
  private final ServerSettings settings;
  private final Limits limits;
  private final CorpusQueries queries;
  private final ObjectMapper json = DocJson.mapper();
  private final Javalin app;
  private final String openApi;
  private volatile String notice = "";
  private volatile boolean started;

  /**
   * A newsroom over {@code corpus}; {@code writable} when it was opened for writing (then {@code
   * POST /api/analyze?keep=true} adds articles to it). Call {@link #start()} to listen.
   */
  public Newsroom(
      Corpus corpus, boolean writable, ArticleAnalysis analysis, ServerSettings settings) {
    this.corpus = corpus;
    this.writable = writable;
    this.analysis = analysis;
    this.settings = settings;
    this.limits = new Limits(settings);
    this.queries = new CorpusQueries(corpus);
    this.openApi = resource(OPENAPI);
    this.app = Javalin.create(this::configure);
  }

  private void configure(io.javalin.config.JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.prefer405over404 = true;
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler());
          server.setStopTimeout(5_000);
        });
    config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler()));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = WEB;
          files.location = Location.CLASSPATH;
          files.headers = pageHeaders();
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/webjars";
          files.directory = "/META-INF/resources/webjars";
          files.location = Location.CLASSPATH;
          files.headers = pageHeaders();
        });
    config.router.javaLangErrorHandler(
        (response, error) -> {
          LOG.error("internal error", error);
          try {
            response.setStatus(500);
            response.setContentType("application/json");
            response.getOutputStream().write(errorBody(500, "internal error"));
          } catch (IOException | IllegalStateException e) {
            // the response is gone already
          }
        });
    var routes = config.routes;
    routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
    routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    routes.get("/api/corpus", ctx -> send(ctx, limits.query(this::status)));
    routes.get("/api/codes", ctx -> send(ctx, codes()));
    routes.get("/api/search", this::search);
    routes.get("/api/articles", this::articles);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/events", this::events);
    routes.get("/api/quotes", this::quotes);
    routes.get("/api/stats/timeline", this::timeline);
    routes.get("/api/stats/network", this::network);
    routes.get("/api/stats/places", this::places);
    routes.get("/api/stats/speakers", this::speakers);
    routes.post("/api/analyze", this::analyze);
    routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), clientMessage(e.getStatus(), e.getMessage())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error");
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute("herodotus.error") == null) {
            error(ctx, 404, "not found: " + ctx.path());
          }
        });
    routes.error(
        405,
        ctx -> {
          if (ctx.attribute("herodotus.error") == null) {
            error(ctx, 405, "method not allowed");
          }
        });
  }

  private static Map<String, String> pageHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    return h;
  }

  /**
   * Starts listening; the port is known after this (see {@link #port()}). A corpus open read-only
   * is looked at again every {@value #REFRESH_SECONDS} seconds, so that what another process
   * commits shows.
   */
  public Newsroom start() {
    app.start(settings.host(), settings.port());
    started = true;
    if (!writable) {
      refresher.scheduleWithFixedDelay(
          () -> {
            try {
              corpus.refresh();
            } catch (RuntimeException e) {
              LOG.warn("cannot refresh the corpus: {}", e.getMessage());
            }
          },
          refreshMillis,
          refreshMillis,
          java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    return this;
  }

  static final int REFRESH_SECONDS = 15;

  private long refreshMillis = REFRESH_SECONDS * 1000L;

  /** How often a read-only corpus is looked at again (tests shorten it); before {@link #start}. */
  Newsroom refreshEvery(long millis) {
    refreshMillis = millis;
    return this;
  }

  private final java.util.concurrent.ScheduledExecutorService refresher =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "herodotus-refresh");
            t.setDaemon(true);
            return t;
          });

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** The page's address. */
  public String url() {
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** A line the page shows above everything (what the demo is doing), empty for none. */
  public void notice(String value) {
    notice = value;
  }

  /**
   * Stops listening: requests being answered get a few seconds to finish, new ones are refused;
   * then the work threads stop. The corpus is the caller's to close.
   */
  public void stop() {
    refresher.shutdownNow();
    if (started) {
      started = false;
      app.stop();
    }
    limits.close();
  }

  @Override
  public void close() {
    stop();
  }

  // ---- handlers

  private Map<String, Object> status() {
    Map<String, Object> out = new LinkedHashMap<>(queries.overview());
    out.put("writable", writable);
    out.put("notice", notice);
    out.put("freeAnalyses", limits.freeAnalyses());
    out.put("maxBodyBytes", settings.maxBodyBytes());
    return out;
  }

  private static Map<String, Object> codes() {
    Map<String, Object> names = new LinkedHashMap<>();
    for (CameoCodebook.Code c : CameoCodebook.bundled().codes()) {
      names.put(c.code(), c.name());
    }
    return Map.of("cameo", names);
  }

  private void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.required("q");
    String type = p.choice("type", "article", Set.of("article", "quote", "event"));
    int limit = p.integer("limit", 10, 0, 100);
    int offset = p.integer("offset", 0, 0, 10_000);
    int facets = p.integer("facets", 10, 0, 50);
    SearchRequest request = new SearchRequest(q, type, limit, offset, facets);
    send(
        ctx,
        limits.query(
            () -> {
              try {
                return corpus.search(request);
              } catch (BadQueryException e) {
                throw ApiException.badRequest(e.getMessage());
              } catch (RuntimeException e) {
                if (e.getClass().getName().endsWith("TooManyClauses")) {
                  throw ApiException.badRequest(
                      "the query matches too many words; make its wildcards longer");
                }
                throw e;
              }
            }));
  }

  private void articles(Context ctx) {
    Params p = new Params(ctx);
    var from = p.day("from");
    var to = p.day("to");
    int limit = p.integer("limit", 50, 0, 1000);
    int offset = p.integer("offset", 0, 0, 1_000_000);
    send(ctx, limits.query(() -> queries.articles(from, to, limit, offset)));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<String> doc = limits.query(() -> corpus.articleJson(id));
    ctx.contentType("application/json")
        .result(doc.orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    var filter = CorpusQueries.EventFilter.of(p);
    int limit = p.integer("limit", 50, 0, 1000);
    int offset = p.integer("offset", 0, 0, 1_000_000);
    send(ctx, limits.query(() -> queries.events(filter, limit, offset)));
  }

  private void quotes(Context ctx) {
    Params p = new Params(ctx);
    var speaker = p.text("speaker");
    var words = p.text("q");
    var from = p.day("from");
    var to = p.day("to");
    var article = p.text("article");
    int limit = p.integer("limit", 50, 0, 1000);
    int offset = p.integer("offset", 0, 0, 1_000_000);
    send(ctx, limits.query(() -> queries.quotes(speaker, words, from, to, article, limit, offset)));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    var filter = CorpusQueries.EventFilter.of(p);
    String by = p.choice("by", "root", Set.of("root", "quad"));
    String interval = p.choice("interval", "day", Set.of("day", "month", "year"));
    send(ctx, limits.query(() -> queries.timeline(filter, by, interval)));
  }

  private void network(Context ctx) {
    Params p = new Params(ctx);
    var filter = CorpusQueries.EventFilter.of(p);
    int limit = p.integer("limit", 100, 1, 1000);
    send(ctx, limits.query(() -> queries.network(filter, limit)));
  }

  private void places(Context ctx) {
    Params p = new Params(ctx);
    var filter = CorpusQueries.EventFilter.of(p);
    int limit = p.integer("limit", 500, 1, 5000);
    send(ctx, limits.query(() -> queries.places(filter, limit)));
  }

  private void speakers(Context ctx) {
    Params p = new Params(ctx);
    var from = p.day("from");
    var to = p.day("to");
    var name = p.text("q");
    int limit = p.integer("limit", 50, 1, 1000);
    send(ctx, limits.query(() -> queries.speakers(from, to, name, limit)));
  }

  private void analyze(Context ctx) {
    Params p = new Params(ctx);
    boolean keep = p.flag("keep");
    if (keep && !writable) {
      throw new ApiException(
          409, "the corpus is open read-only (another process writes it); cannot keep articles");
    }
    ArticleInput input = input(ctx, p);
    Analyzed result =
        limits.analysis(
            () -> {
              Doc analyzed;
              try {
                analyzed = analysis.analyze(input);
              } catch (InputException e) {
                throw ApiException.badRequest(e.problem());
              }
              Optional<Corpus.Added> added = Optional.empty();
              if (keep) {
                added = Optional.of(corpus.add(analyzed));
                corpus.commit();
              }
              return new Analyzed(analyzed, added);
            });
    result
        .added()
        .ifPresent(a -> ctx.header("X-Herodotus-Corpus", a.name().toLowerCase(Locale.ROOT)));
    ctx.contentType("application/json").result(DocJson.write(result.doc(), Set.of(), false));
  }

  /** An analyzed article and, when it was kept, what the corpus did with it. */
  private record Analyzed(Doc doc, Optional<Corpus.Added> added) {}

  /** The article in the request's body, read by its content type. */
  private ArticleInput input(Context ctx, Params p) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    String media = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
    if (!media.equals("text/plain")
        && !media.equals("text/html")
        && !media.equals("application/json")) {
      throw new ApiException(
          415,
          "send the article as text/plain, text/html or application/json, not '" + media + "'");
    }
    String body = body(ctx);
    if (body.isBlank()) {
      throw ApiException.badRequest("the body is empty; send the article's text");
    }
    Optional<String> url = p.text("url");
    Optional<String> date = p.text("date");
    Optional<String> title = p.text("title");
    Optional<String> id = p.text("id");
    ArticleInput.Kind kind =
        media.equals("text/html") ? ArticleInput.Kind.HTML : ArticleInput.Kind.TEXT;
    String content = body;
    if (media.equals("application/json")) {
      JsonNode node;
      try {
        node = json.readTree(body);
      } catch (JsonProcessingException e) {
        throw ApiException.badRequest(
            "the body is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
      }
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("the body must be a JSON object with \"text\" or \"html\"");
      }
      JsonNode text = node.get("text");
      JsonNode html = node.get("html");
      if ((text == null) == (html == null)) {
        throw ApiException.badRequest("give exactly one of \"text\" and \"html\"");
      }
      JsonNode given = text != null ? text : html;
      if (!given.isTextual() || given.textValue().isBlank()) {
        throw ApiException.badRequest(
            "\"" + (text != null ? "text" : "html") + "\" must be a non-empty string");
      }
      kind = text != null ? ArticleInput.Kind.TEXT : ArticleInput.Kind.HTML;
      content = given.textValue();
      id = id.or(() -> string(node, "id"));
      url = url.or(() -> string(node, "url"));
      date = date.or(() -> string(node, "date"));
      title = title.or(() -> string(node, "title"));
    }
    if (id.isPresent() && id.get().length() > 200) {
      throw ApiException.badRequest("id is longer than 200 characters");
    }
    String finalContent = content;
    String articleId = id.orElseGet(() -> "analyzed-" + hash(finalContent));
    return new ArticleInput(articleId, kind, content, url, date, title);
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The body as UTF-8 text, refused with 413 past the limit without reading it all. */
  private String body(Context ctx) {
    long max = settings.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw ApiException.badRequest("the body could not be read");
    }
    if (bytes.length > max) {
      throw tooLarge(max);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not UTF-8 text");
    }
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(413, "the body is over the limit of " + max + " bytes");
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- answers

  private void send(Context ctx, Object value) {
    try {
      ctx.contentType("application/json").result(json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute("herodotus.error", Boolean.TRUE);
    if (status == 429) {
      ctx.header("Retry-After", "5");
    }
    if (status == 503) {
      ctx.header("Retry-After", "10");
    }
    ctx.status(status).contentType("application/json").result(errorBody(status, message));
  }

  static byte[] errorBody(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    try {
      return DocJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Javalin's own messages for its errors, without anything about our internals. */
  private static String clientMessage(int status, String message) {
    if (status >= 500) {
      return "internal error";
    }
    if (status == 404) {
      return "not found";
    }
    if (status == 413) {
      return "the body is too large";
    }
    return message == null || message.isBlank() ? "bad request" : message;
  }

  private static String resource(String path) {
    try (InputStream in = Newsroom.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.herodotus.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.herodotus.corpus.Corpus;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;

/**
 * The demo corpus: the bundled articles ({@code demo/demo-articles.jsonl}: the example article and
 * 30 Wikinews articles, see the README beside it) analyzed into a corpus directory. A corpus that
 * holds every bundled article (a marker file names the bundle's hash once they are all committed)
 * is complete and reused as it is; an incomplete one is filled from where it stopped.
 */
public final class DemoCorpus {

  static final String BUNDLE = "/org/herodotus/server/demo/demo-articles.jsonl";
  static final String MARKER = "demo-complete.txt";

  /** Articles committed together while filling, so the page shows them as they come. */
  static final int COMMIT_EVERY = 3;

  private DemoCorpus() {}

  /**
   * Where the demo keeps its corpus: {@code
   * ${XDG_DATA_HOME:-~/.local/share}/herodotus/demo-corpus}.
   */
  public static Path defaultDirectory(Map<String, String> env) {
    String data = env.get("XDG_DATA_HOME");
    Path base =
        data != null && !data.isBlank() && Path.of(data).isAbsolute()
            ? Path.of(data)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("herodotus").resolve("demo-corpus");
  }

  /** The bundled articles, the example article first. */
  public static List<ArticleInput> articles() {
    List<ArticleInput> out = new ArrayList<>();
    for (String line : bundle().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r;
      try {
        r = DocJson.mapper().readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(
          new ArticleInput(
              r.get("id").asText(),
              ArticleInput.Kind.TEXT,
              r.get("text").asText(),
              text(r, "url"),
              text(r, "date"),
              text(r, "title")));
    }
    return out;
  }

  private static Optional<String> text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static String bundle() {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of the bundle, which the marker of a complete corpus names. */
  static String bundleHash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(bundle().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when the corpus in {@code dir} holds every bundled article (of this bundle). */
  public static boolean isComplete(Path dir, Corpus corpus) {
    Path marker = dir.resolve(MARKER);
    try {
      return Files.isRegularFile(marker)
          && Files.readString(marker).strip().equals(bundleHash())
          && corpus.articleCount() >= articles().size();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Analyzes the bundled articles the corpus does not hold yet into it, {@code threads} at a time,
   * committing every {@value #COMMIT_EVERY} articles, then marks the corpus complete. {@code
   * progress} hears how far it got ("12 of 31 articles").
   *
   * @return the number of articles analyzed
   */
  public static int fill(
      Path dir, Corpus corpus, ArticleAnalysis analysis, int threads, Consumer<String> progress) {
    List<ArticleInput> all = articles();
    List<ArticleInput> missing = new ArrayList<>();
    for (ArticleInput a : all) {
      if (corpus.status(a.id(), a.url(), a.content()) != Corpus.Added.UNCHANGED) {
        missing.add(a);
      }
    }
    int done = all.size() - missing.size();
    progress.accept(done + " of " + all.size() + " articles");
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    int analyzed = 0;
    try {
      CompletionService<Doc> work = new ExecutorCompletionService<>(pool);
      for (ArticleInput a : missing) {
        work.submit(() -> analysis.analyze(a));
      }
      int sinceCommit = 0;
      for (int i = 0; i < missing.size(); i++) {
        Doc doc;
        try {
          doc = work.take().get();
        } catch (ExecutionException e) {
          progress.accept("an article could not be analyzed: " + e.getCause().getMessage());
          continue;
        }
        corpus.add(doc);
        analyzed++;
        done++;
        if (++sinceCommit >= COMMIT_EVERY || i == missing.size() - 1) {
          corpus.commit();
          sinceCommit = 0;
          progress.accept(done + " of " + all.size() + " articles");
        }
      }
      corpus.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return analyzed;
    } finally {
      pool.shutdownNow();
    }
    if (corpus.articleCount() >= all.size()) {
      try {
        Files.writeString(dir.resolve(MARKER), bundleHash() + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return analyzed;
  }
}

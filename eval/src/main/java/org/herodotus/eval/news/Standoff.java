package org.herodotus.eval.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standoff gold file: header lines {@code #article ID SHA1 HALF} (every annotated article, with
 * the SHA-1 of its text and its half, {@code tune} or {@code heldout}), other {@code #} lines
 * comments, then one tab-separated row per annotation.
 */
public record Standoff(Map<String, ArticleInfo> articles, List<String[]> rows) {

  /** An annotated article: the SHA-1 its text must have and the half it belongs to. */
  public record ArticleInfo(String id, String sha1, String half) {}

  public static Standoff bundled(String name) {
    String resource = "/org/herodotus/eval/news/" + name;
    InputStream in = Standoff.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + resource);
    }
    return read(in, resource);
  }

  public static Standoff read(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Standoff read(InputStream in, String source) {
    Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#article\t")) {
          String[] f = line.split("\t");
          articles.put(f[1], new ArticleInfo(f[1], f[2], f[3]));
        } else if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new Standoff(articles, rows);
  }

  public Optional<ArticleInfo> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }
}

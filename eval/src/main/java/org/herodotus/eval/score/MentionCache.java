package org.herodotus.eval.score;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Place;
import org.herodotus.doc.Span;

/**
 * The named mentions the pipeline found in each gold article, kept in a TSV file so that a later
 * run can score them again (with another resolver or other mention types) without running the
 * language models. The place layer's adjectival toponyms are kept too, as type {@link #ADJECTIVE}.
 * One line per mention: {@code articleId start end type}; an article without mentions has one line
 * {@code articleId -1 -1 -}. Lines are appended as articles are analyzed, so an interrupted run
 * keeps what it did.
 */
public final class MentionCache {

  /** A named mention: span and type. */
  public record Named(Span span, String type) {}

  private final Path file;
  private final Map<String, List<Named>> byArticle = new HashMap<>();

  private MentionCache(Path file) {
    this.file = file;
  }

  /** The cache in {@code file}, read if it exists. */
  public static MentionCache open(Path file) {
    MentionCache cache = new MentionCache(file);
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          if (f.length < 4) {
            continue;
          }
          List<Named> list = cache.byArticle.computeIfAbsent(f[0], k -> new ArrayList<>());
          int start = Integer.parseInt(f[1]);
          if (start >= 0) {
            list.add(new Named(Span.of(start, Integer.parseInt(f[2])), f[3]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return cache;
  }

  public Optional<List<Named>> get(String articleId) {
    return Optional.ofNullable(byArticle.get(articleId));
  }

  /** Records the named mentions of an analyzed article and appends them to the file. */
  public synchronized List<Named> put(String articleId, Doc doc) {
    List<Named> list = named(doc);
    byArticle.put(articleId, list);
    try (BufferedWriter w =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (list.isEmpty()) {
        w.write(articleId + "\t-1\t-1\t-\n");
      }
      for (Named n : list) {
        w.write(
            articleId + "\t" + n.span().start() + "\t" + n.span().end() + "\t" + n.type() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return list;
  }

  /**
   * Type of the place layer's adjectival toponyms ("Russian" in "Russian troops"), which are no
   * mentions but are kept with them.
   */
  public static final String ADJECTIVE = "ADJECTIVE";

  /**
   * The name mentions of a document, one per span and type, and the place layer's adjectival
   * toponyms as type {@link #ADJECTIVE}.
   */
  public static List<Named> named(Doc doc) {
    List<Named> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      Named n = new Named(m.span(), m.type());
      if (m.kind() == Mention.Kind.NAME && !out.contains(n)) {
        out.add(n);
      }
    }
    for (Place p : doc.places()) {
      Named n = new Named(p.span(), ADJECTIVE);
      if (p.adjective() && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The spans of the given types, deduplicated, in text order. */
  public static List<Span> spans(List<Named> named, Set<String> types) {
    List<Span> out = new ArrayList<>();
    for (Named n : named) {
      if (types.contains(n.type()) && !out.contains(n.span())) {
        out.add(n.span());
      }
    }
    out.sort(null);
    return out;
  }
}

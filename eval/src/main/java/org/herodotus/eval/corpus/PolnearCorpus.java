package org.herodotus.eval.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PolNeAR split on disk: {@code DIR/SPLIT/text/NAME.txt} and {@code
 * DIR/SPLIT/attributions/NAME_ANNOTATOR.ann}. Articles annotated by several annotators (the
 * agreement articles) are scored against the first annotation file in name order.
 */
public final class PolnearCorpus {

  /** One article with its gold attributions. */
  public record Article(String name, String text, List<Brat.Gold> gold) {}

  /** An article several annotators annotated: every annotation, in file-name order. */
  public record MultiplyAnnotated(String name, String text, List<List<Brat.Gold>> annotations) {}

  private PolnearCorpus() {}

  /** DIR/SPLIT/PART, or an error naming the split when its texts or annotations are missing. */
  private static Path splitDir(Path dir, String split, String part) {
    Path texts = dir.resolve(split).resolve("text");
    Path anns = dir.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IllegalArgumentException(
          "no PolNeAR split '" + split + "' under " + dir + " (expected " + texts + ")");
    }
    return dir.resolve(split).resolve(part);
  }

  /**
   * The articles of a split that more than one annotator annotated (PolNeAR's agreement articles:
   * two per split, six annotators each).
   */
  public static List<MultiplyAnnotated> multiplyAnnotated(Path dir, String split) {
    Path texts = splitDir(dir, split, "text");
    Path anns = splitDir(dir, split, "attributions");
    List<MultiplyAnnotated> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts);
        Stream<Path> a = Files.list(anns)) {
      List<Path> annFiles = a.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String base = txt.getFileName().toString().replaceAll("\\.txt$", "");
        List<Path> mine =
            annFiles.stream()
                .filter(p -> p.getFileName().toString().startsWith(base + "_"))
                .toList();
        if (mine.size() < 2) {
          continue;
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<List<Brat.Gold>> annotations = new ArrayList<>();
        for (Path ann : mine) {
          annotations.add(Brat.read(ann, text));
        }
        out.add(new MultiplyAnnotated(base, text, annotations));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + texts, e);
    }
    return out;
  }

  public static List<Article> read(Path dir, String split, int limit) {
    Path texts = splitDir(dir, split, "text");
    Path anns = splitDir(dir, split, "attributions");
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Path> annFiles;
      try (Stream<Path> a = Files.list(anns)) {
        annFiles = a.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
      }
      for (Path txt : sorted) {
        if (limit > 0 && out.size() >= limit) {
          break;
        }
        String base = txt.getFileName().toString().replaceAll("\\.txt$", "");
        Path ann =
            annFiles.stream()
                .filter(p -> p.getFileName().toString().startsWith(base + "_"))
                .findFirst()
                .orElse(null);
        if (ann == null) {
          continue;
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        out.add(new Article(base, text, Brat.read(ann, text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + texts, e);
    }
    return out;
  }
}

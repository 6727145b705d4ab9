package org.herodotus.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the inputs named on the command line into files: a directory stands for every file under
 * it (recursively, sorted by path, hidden files and directories skipped); a name with glob
 * characters ({@code * ? [ {}) that is not itself a file is a pattern matched here, as a shell
 * would ({@code data/*.html}, {@code data/**}{@code /*.warc.gz}), for shells that do not expand it
 * (Windows) or when it was quoted. Anything else is passed on as it is ({@code -} for standard
 * input, a file, or a name that does not exist, which the reader reports).
 */
final class InputFiles {

  /** One command-line input: the files it stands for, or why it stands for none. */
  record Expansion(String input, List<String> files, String problem) {
    Expansion {
      files = List.copyOf(files);
    }

    static Expansion of(String input, List<String> files) {
      return new Expansion(input, files, "");
    }

    static Expansion failed(String input, String problem) {
      return new Expansion(input, List.of(), problem);
    }

    boolean failed() {
      return !problem.isEmpty();
    }
  }

  private InputFiles() {}

  static Expansion expand(String input) {
    if (input.equals(BatchRunner.STDIN)) {
      return Expansion.of(input, List.of(input));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      if (hasGlob(input)) {
        return glob(input);
      }
      return Expansion.of(input, List.of(input));
    }
    if (Files.isDirectory(path)) {
      List<String> files = walk(path, path, null, Integer.MAX_VALUE);
      return files.isEmpty()
          ? Expansion.failed(input, "is a directory with no (visible) files in it")
          : Expansion.of(input, files);
    }
    if (!Files.exists(path) && hasGlob(input)) {
      return glob(input);
    }
    return Expansion.of(input, List.of(input));
  }

  static boolean hasGlob(String input) {
    for (char c : input.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  private static Expansion glob(String pattern) {
    String normalized = pattern.replace('\\', '/');
    int firstGlob = 0;
    while (firstGlob < normalized.length()
        && !hasGlob(normalized.substring(firstGlob, firstGlob + 1))) {
      firstGlob++;
    }
    int slash = normalized.lastIndexOf('/', firstGlob);
    String base = slash < 0 ? "." : slash == 0 ? "/" : normalized.substring(0, slash);
    String rest = normalized.substring(slash + 1);
    Path root = Path.of(base);
    if (!Files.isDirectory(root)) {
      return Expansion.failed(pattern, "no file matches (there is no directory " + base + ")");
    }
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    } catch (IllegalArgumentException e) {
      return Expansion.failed(pattern, "is not a valid pattern: " + e.getMessage());
    }
    List<String> files = walk(root, root, matcher, depth);
    if (slash < 0) {
      // keep names relative as the user wrote them: "*.txt", not "./a.txt"
      files = files.stream().map(f -> f.startsWith("./") ? f.substring(2) : f).toList();
    }
    return files.isEmpty()
        ? Expansion.failed(pattern, "no file matches")
        : Expansion.of(pattern, files);
  }

  private static List<String> walk(Path root, Path dir, PathMatcher matcher, int depth) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir, depth)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(root, p))
          .filter(p -> matcher == null || matcher.matches(root.relativize(p)))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot list " + dir + ": " + e.getCause().getMessage(), e.getCause());
    }
    return files;
  }

  /** A file or any directory between {@code root} and it whose name starts with a dot. */
  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

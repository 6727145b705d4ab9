package org.herodotus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.herodotus.table.CorpusTables;

/**
 * The file {@code corpus.json} that marks a directory as a corpus, so that a command given the
 * wrong directory says so instead of writing into it.
 */
final class Marker {

  static final String FILE = "corpus.json";

  private Marker() {}

  static void writeIfMissing(Path dir) throws IOException {
    Path marker = dir.resolve(FILE);
    if (Files.isRegularFile(marker)) {
      return;
    }
    try (Stream<Path> list = Files.list(dir)) {
      boolean other =
          list.map(p -> p.getFileName().toString())
              .anyMatch(n -> !n.equals("index") && !n.equals("tables"));
      if (other) {
        throw new CorpusException(
            dir + ": is not a corpus and not empty; give a new or empty directory for a corpus");
      }
    }
    Files.writeString(
        marker,
        "{\"format\": \"herodotus-corpus\", \"schema\": " + CorpusTables.SCHEMA_VERSION + "}\n");
  }

  static void check(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir + ": no such corpus directory");
    }
    if (!Files.isRegularFile(dir.resolve(FILE))) {
      throw new CorpusException(dir + ": not a corpus (no " + FILE + " in it)");
    }
  }
}

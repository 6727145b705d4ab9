package org.herodotus.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's seed article, read from {@code examples/} in the repository. */
final class SeedArticle {

  static final String NAME = "karabakh-2023-09-20.txt";

  private SeedArticle() {}

  static Path path() {
    for (String dir : new String[] {"../examples", "examples"}) {
      Path p = Path.of(dir, NAME);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("seed article " + NAME + " not found under examples/");
  }

  static byte[] bytes() {
    try {
      return Files.readAllBytes(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

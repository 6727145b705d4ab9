package org.herodotus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.doc.Doc;

/**
 * The seed article analyzed once per test run by the shared default pipeline (loading CoreNLP is
 * the slow part, so every test that needs an analyzed document comes here).
 */
public final class AnalyzedSeed {

  public static final String NAME = "karabakh-2023-09-20.txt";

  private static Doc doc;

  private AnalyzedSeed() {}

  public static Path path() {
    for (String dir : new String[] {"../examples", "examples"}) {
      Path p = Path.of(dir, NAME);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("seed article " + NAME + " not found under examples/");
  }

  public static String text() {
    try {
      return Files.readString(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized Doc doc() {
    if (doc == null) {
      doc = Herodotus.pipeline().analyze("karabakh-2023-09-20", text());
    }
    return doc;
  }
}

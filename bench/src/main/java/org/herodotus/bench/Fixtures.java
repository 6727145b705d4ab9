package org.herodotus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;

/**
 * The benchmarks' inputs, all the project's own files: the example article, the test news page, and
 * the example article as the full pipeline analyzed it (tokens and dependencies included).
 *
 * <p>Regenerate the analyzed document after changing the pipeline's output:
 *
 * <pre>
 * bin/herodotus analyze --layers tokens,dependencies examples/karabakh-2023-09-20.txt \
 *   &gt; bench/src/main/resources/fixtures/karabakh-2023-09-20.analyzed.json
 * </pre>
 */
final class Fixtures {

  static final String ARTICLE = "examples/karabakh-2023-09-20.txt";
  static final String PAGE = "html/news-page.html";
  static final String ANALYZED = "fixtures/karabakh-2023-09-20.analyzed.json";

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("benchmark input missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /** The example article with every layer, as {@code herodotus analyze} wrote it. */
  static Doc analyzed() {
    return DocJson.read(text(ANALYZED));
  }
}

package org.herodotus.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;

/** The analyzed test articles of {@code docs.jsonl} (see the README beside it). */
final class TestDocs {

  private TestDocs() {}

  static List<Doc> all() {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TestDocs.class.getResourceAsStream("docs.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          docs.add(DocJson.read(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static Doc byId(String id) {
    return all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }
}

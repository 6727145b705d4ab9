package org.herodotus.eval.news;

import java.util.List;
import java.util.Optional;
import org.herodotus.Analyzer;
import org.herodotus.doc.Doc;
import org.herodotus.read.ReadResult;

/**
 * A gold article read and analyzed as a user's article is (the text reader), with a map from
 * offsets into the gold's text to offsets into the document's text: the reader may trim or join
 * whitespace, so the two are aligned character by character, whitespace skipped.
 */
public record Aligned(Doc doc, int[] offsets) {

  /** The document offset of a gold offset. */
  public int at(int goldOffset) {
    return offsets[Math.max(0, Math.min(goldOffset, offsets.length - 1))];
  }

  /** Reads the article as plain text, dates it when the source gives a date, analyzes it. */
  public static Aligned analyze(Analyzer analyzer, NewsTexts.Article article) {
    List<ReadResult> read =
        analyzer
            .reader()
            .read(article.id(), article.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ReadResult first = read.get(0);
    if (first.error().isPresent()) {
      throw first.error().get();
    }
    Doc doc = first.doc().orElseThrow();
    if (article.date().isPresent() && doc.metadata().published().isEmpty()) {
      doc = doc.withMetadata(doc.metadata().withPublished(article.date(), Optional.empty()));
    }
    Doc analyzed = analyzer.analyze(doc);
    return new Aligned(analyzed, align(article.text(), analyzed.text()));
  }

  /** For each offset of {@code gold} (and its end), the matching offset of {@code text}. */
  static int[] align(String gold, String text) {
    int[] map = new int[gold.length() + 1];
    int j = 0;
    for (int i = 0; i < gold.length(); i++) {
      char c = gold.charAt(i);
      if (j < text.length() && text.charAt(j) == c) {
        map[i] = j++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        map[i] = j; // whitespace the reader dropped or joined
        continue;
      }
      while (j < text.length() && text.charAt(j) != c && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == c) {
        map[i] = j++;
      } else {
        map[i] = Math.min(j, text.length()); // a character the reader changed: keep going
        if (j < text.length()) {
          j++;
        }
      }
    }
    map[gold.length()] = text.length();
    return map;
  }
}

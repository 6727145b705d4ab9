package org.herodotus.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Quote;

/**
 * A quoted fragment with no cue that repeats the words of an earlier quote is an echo of it and
 * keeps its speaker. Rule: {@value #RULE}.
 */
final class Echoes {

  static final String RULE = "echo of an earlier quote";

  private Echoes() {}

  /** The fragment {@code d} as an echo of one of {@code earlier}, if it repeats one's words. */
  static Optional<Draft> find(Article a, QuotedWords q, Draft d, List<Draft> earlier) {
    int echoed = echoed(a, q, earlier);
    if (echoed < 0) {
      return Optional.empty();
    }
    Draft e = earlier.get(echoed);
    return Optional.of(
        d.withKind(Quote.Kind.ECHO)
            .withEchoOf(echoed)
            .uncued(
                e.speaker(),
                Optional.of(
                    "echo: repeats the words of an earlier quote, whose speaker is not known"),
                RULE));
  }

  /** The index of the latest quote, not itself an echo, whose words hold these; or -1. */
  static int echoed(Article a, QuotedWords q, List<Draft> earlier) {
    String words = normalize(a.doc.slice(q.marked().inner()));
    if (words.isBlank()) {
      return -1;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft e = earlier.get(i);
      if (e.kind() == Quote.Kind.ECHO) {
        continue;
      }
      String before = " " + normalize(a.doc.slice(e.content())) + " ";
      if (before.contains(" " + words + " ")) {
        return i;
      }
    }
    return -1;
  }

  /** Lower case, every run of other than letters and digits one space. */
  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}

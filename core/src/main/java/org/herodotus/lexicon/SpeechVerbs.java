package org.herodotus.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verbs that introduce speech ("say", "add", "warn") or reported thought ("believe"), from {@code
 * speech-verbs.tsv}. A third column {@code object} marks verbs whose direct object is what was said
 * ("announced an end to the offensive").
 */
public final class SpeechVerbs {

  /** Whether a verb reports speech or thought. */
  public enum VerbClass {
    SPEECH,
    THOUGHT
  }

  /** One lexicon entry. */
  public record Entry(String lemma, VerbClass verbClass, boolean objectIsContent) {}

  private static final SpeechVerbs BUNDLED = load();

  private final Map<String, Entry> byLemma;

  private SpeechVerbs(Map<String, Entry> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  public static SpeechVerbs bundled() {
    return BUNDLED;
  }

  private static SpeechVerbs load() {
    Map<String, Entry> byLemma = new HashMap<>();
    for (String[] row : TsvResource.rows("/org/herodotus/lexicon/speech-verbs.tsv")) {
      String lemma = row[0].strip().toLowerCase(Locale.ROOT);
      VerbClass verbClass = VerbClass.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
      boolean object = row.length > 2 && row[2].strip().equals("object");
      byLemma.putIfAbsent(lemma, new Entry(lemma, verbClass, object));
    }
    return new SpeechVerbs(byLemma);
  }

  /** The entry for a verb lemma ("said" → say), if it is a speech or thought verb. */
  public Optional<Entry> byLemma(String lemma) {
    return Optional.ofNullable(byLemma.get(lemma.toLowerCase(Locale.ROOT)));
  }
}

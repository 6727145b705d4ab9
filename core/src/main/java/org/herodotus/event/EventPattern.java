package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pattern of the event lexicon: a verb or noun lemma that triggers a CAMEO code, with optional
 * constraints on its particle, direct object and one prepositional dependent.
 *
 * <p>Written as {@code V lemma [~particle] [+object|object] [@prep[:noun|noun]]} or {@code N lemma
 * [@prep[:noun|noun]]}, for example {@code V lay ~down +arm|weapon}, {@code V meet @with}, {@code N
 * end @to:offensive|war}. Lemmas are lower case; a hyphen joins a compound ({@code car-bomb} is
 * "car bomb").
 *
 * @param code the CAMEO code the pattern gives
 * @param noun true for a noun (nominal event) trigger, false for a verb
 * @param lemma the trigger's lemma
 * @param particle a particle or adverb the trigger must govern ("down" in "lay down")
 * @param objects lemmas one of which must head the direct object (empty: any or none)
 * @param preposition a preposition (or infinitive "to") one of the trigger's dependents must take
 * @param prepositionNouns lemmas one of which must head that dependent (empty: any)
 * @param source where the pattern was read: file and line
 */
public record EventPattern(
    String code,
    boolean noun,
    String lemma,
    Optional<String> particle,
    Set<String> objects,
    Optional<String> preposition,
    Set<String> prepositionNouns,
    String source) {

  public EventPattern {
    objects = Set.copyOf(objects);
    prepositionNouns = Set.copyOf(prepositionNouns);
  }

  /** Parses the pattern text of one lexicon line. */
  public static EventPattern parse(String code, String text, String source) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || !(words[0].equals("V") || words[0].equals("N"))) {
      throw new IllegalArgumentException(
          source + ": a pattern starts with V or N and a lemma, not '" + text + "'");
    }
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(source + ": '" + code + "' is not a CAMEO code");
    }
    Optional<String> particle = Optional.empty();
    Set<String> objects = Set.of();
    Optional<String> preposition = Optional.empty();
    Set<String> prepositionNouns = Set.of();
    for (int i = 2; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (w.startsWith("~") && w.length() > 1) {
        particle = Optional.of(w.substring(1));
      } else if (w.startsWith("+") && w.length() > 1) {
        objects = Set.of(w.substring(1).split("\\|"));
      } else if (w.startsWith("@") && w.length() > 1) {
        String[] parts = w.substring(1).split(":", 2);
        preposition = Optional.of(parts[0]);
        if (parts.length > 1 && !parts[1].isEmpty()) {
          prepositionNouns = Set.of(parts[1].split("\\|"));
        }
      } else {
        throw new IllegalArgumentException(
            source + ": cannot read '" + words[i] + "' in pattern '" + text + "'");
      }
    }
    return new EventPattern(
        code,
        words[0].equals("N"),
        words[1].toLowerCase(Locale.ROOT),
        particle,
        objects,
        preposition,
        prepositionNouns,
        source);
  }

  /** How specific the pattern is: a more specific pattern wins over a bare lemma. */
  public int specificity() {
    int score = 1;
    if (particle.isPresent()) {
      score += 2;
    }
    if (!objects.isEmpty()) {
      score += 2;
    }
    if (preposition.isPresent()) {
      score += prepositionNouns.isEmpty() ? 1 : 2;
    }
    return score;
  }

  /** The pattern as written in a lexicon file. */
  public String text() {
    List<String> parts = new ArrayList<>();
    parts.add(noun ? "N" : "V");
    parts.add(lemma);
    particle.ifPresent(p -> parts.add("~" + p));
    if (!objects.isEmpty()) {
      parts.add("+" + String.join("|", objects.stream().sorted().toList()));
    }
    preposition.ifPresent(
        p ->
            parts.add(
                "@"
                    + p
                    + (prepositionNouns.isEmpty()
                        ? ""
                        : ":" + String.join("|", prepositionNouns.stream().sorted().toList()))));
    return String.join(" ", parts);
  }
}

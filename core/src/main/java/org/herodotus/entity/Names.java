package org.herodotus.entity;

import java.util.Locale;
import java.util.Set;
import org.herodotus.lexicon.WordLists;

/**
 * Names as the entity layer compares and reports them: without a leading determiner (the word list
 * {@code name-determiners}: "the Kremlin" → "Kremlin") or a trailing possessive ("Baku's" →
 * "Baku"); the family of a named-entity type; whether one name's words are in another's.
 */
final class Names {

  private final Set<String> determiners;

  Names(WordLists words) {
    this.determiners = words.get("name-determiners");
  }

  /** A name without a leading determiner or a trailing possessive. */
  String clean(String name) {
    String n = withoutDeterminer(name.strip());
    if (n.endsWith("'s") || n.endsWith("\u2019s")) {
      n = n.substring(0, n.length() - 2);
    } else if (n.endsWith("'") || n.endsWith("\u2019")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.strip();
  }

  /** A text without its leading determiner ("the official" → "official"). */
  String withoutDeterminer(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String found = "";
    for (String det : determiners) {
      String prefix = det + " ";
      if (lower.startsWith(prefix) && prefix.length() > found.length()) {
        found = prefix;
      }
    }
    return text.substring(found.length());
  }

  /** True when {@code part}'s words appear, in order and whole, in {@code whole}. */
  static boolean containsWords(String whole, String part) {
    String w = " " + whole.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    String p = " " + part.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    return w.contains(p);
  }

  /** The family of a named-entity type: places (GPE, LOCATION), groups (NORP, MISC), or itself. */
  static String typeFamily(String type) {
    return switch (type) {
      case "GPE", "LOCATION" -> "PLACE";
      case "MISC", "NORP" -> "NORP";
      default -> type;
    };
  }
}

package org.herodotus.actor;

import java.util.Locale;

/** Names as the actor lexicons look them up. */
final class ActorNames {

  private ActorNames() {}

  /** A name without a leading "the" or a trailing possessive. */
  static String clean(String name) {
    String n = name.strip();
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s") || n.endsWith("\u2019s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n.strip();
  }
}

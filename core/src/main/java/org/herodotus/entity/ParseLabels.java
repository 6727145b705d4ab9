package org.herodotus.entity;

import java.util.Set;

/** The part-of-speech tags and dependency relations the entity steps read (not words). */
final class ParseLabels {

  /** Tags of a pronoun: a one-token mention with one of them is a pronoun. */
  static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

  /** Tags a mention never starts with: a conjunction, punctuation, brackets. */
  static final Set<String> LEADING_JUNK_TAGS =
      Set.of("CC", ",", ":", "``", "''", "-LRB-", "-RRB-", ".", "HYPH");

  /** Tags a mention never ends with: punctuation, brackets, a possessive marker. */
  static final Set<String> TRAILING_JUNK_TAGS =
      Set.of(",", ":", "``", "''", "-LRB-", "-RRB-", ".", "HYPH", "POS");

  /** Relations of the modifiers a description or title runs over, left of its head. */
  static final Set<String> MODIFIER_RELATIONS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");

  private ParseLabels() {}
}

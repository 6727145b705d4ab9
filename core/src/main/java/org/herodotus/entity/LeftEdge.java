package org.herodotus.entity;

/**
 * Where a noun phrase starts: the first token of the contiguous run of modifiers (determiners,
 * adjectives, compounds, numbers, possessors) left of its head, never a possessive marker or
 * punctuation. Read by {@link Titles} and {@link RoleDescriptions}.
 */
final class LeftEdge {

  private LeftEdge() {}

  /** The first token of the contiguous run of modifiers left of {@code head}. */
  static int of(Syntax syntax, int head) {
    int first = head;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int d : syntax.dependents(head)) {
        if (d < first
            && d == first - 1
            && ParseLabels.MODIFIER_RELATIONS.contains(syntax.relation(d))) {
          first = subtreeStart(syntax, d);
          moved = true;
        }
      }
    }
    while (first < head && ParseLabels.LEADING_JUNK_TAGS.contains(syntax.pos(first))) {
      first++;
    }
    return first;
  }

  private static int subtreeStart(Syntax syntax, int token) {
    int first = token;
    for (int d : syntax.dependents(token)) {
      if (d < token) {
        first = Math.min(first, subtreeStart(syntax, d));
      }
    }
    return first;
  }
}

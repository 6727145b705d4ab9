package org.herodotus.actor;

import org.herodotus.entity.Syntax;

/** The preposition that marks a noun's phrase ("in" of "in Baku"), not a possessive marker. */
final class CaseMarkers {

  private CaseMarkers() {}

  /** The token of the noun's preposition, -1 when it has none. */
  static int token(Syntax syntax, int noun) {
    for (int d : syntax.dependents(noun)) {
      if (syntax.relation(d).equals("case") && !syntax.pos(d).equals("POS")) {
        return d;
      }
    }
    return -1;
  }

  /** The lemma of the noun's preposition, empty when it has none. */
  static String of(Syntax syntax, int noun) {
    int c = token(syntax, noun);
    return c >= 0 ? syntax.lemma(c) : "";
  }
}

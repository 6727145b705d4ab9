package org.herodotus.event;

/** Noun phrases in the parse: the head a token belongs to, and the tokens a head spans. */
final class NounPhrases {

  private final DependencyGraph g;

  NounPhrases(DependencyGraph g) {
    this.g = g;
  }

  /** The head of the noun phrase a token belongs to (up compound, amod, det, flat links). */
  int head(int token) {
    int h = token;
    for (int step = 0; step < 4; step++) {
      String rel = g.relation(h);
      int up = g.head(h);
      if (up >= 0
          && g.isNoun(up)
          && (rel.equals("compound")
              || rel.equals("amod")
              || rel.equals("det")
              || rel.startsWith("flat")
              || rel.equals("nummod")
              || rel.equals("nmod:poss")
              || rel.equals("case") && g.lemma(h).equals("'s"))) {
        h = up;
      } else {
        break;
      }
    }
    return h;
  }

  /** First and last token of a noun phrase: its head with its modifiers, not its clauses. */
  int[] extent(int head) {
    int[] extent = {head, head};
    extend(head, extent, 0);
    return extent;
  }

  private void extend(int token, int[] extent, int depth) {
    if (depth > 6) {
      return;
    }
    for (int d : g.dependents(token)) {
      String rel = g.relation(d);
      if (rel.startsWith("acl")
          || rel.equals("appos")
          || rel.equals("punct")
          || rel.equals("advcl")
          || rel.equals("parataxis")
          || rel.equals("cc") && depth == 0
          || rel.startsWith("nmod")
              && !rel.equals("nmod:poss")
              && !g.caseOf(d).filter("of"::equals).isPresent()) {
        continue;
      }
      extent[0] = Math.min(extent[0], d);
      extent[1] = Math.max(extent[1], d);
      extend(d, extent, depth + 1);
    }
  }
}

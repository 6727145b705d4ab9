package org.herodotus.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.lexicon.WordLists;

/**
 * Who "its operation" is done by, when the operation hangs off another clause by a preposition of
 * time ({@code temporal-prepositions}: "no need for the Council to convene following its
 * operation"): not that clause's subject, who does not carry it out, but the most salient fitting
 * actor of the text so far: the possessor of an earlier operation ({@code operation-nouns}: "its
 * one-day offensive"), else the actor most often a subject so far (the nearer on a tie). Read by
 * {@link PronounAntecedents}.
 */
final class ActionAgents {

  /** How many steps up the parse the preposition of time may be. */
  private static final int MAX_STEPS = 4;

  private final Set<String> operationNouns;
  private final Set<String> timePrepositions;
  private final PronounFit fit;

  ActionAgents(WordLists words, PronounFit fit) {
    this.operationNouns = words.get("operation-nouns");
    this.timePrepositions = words.get("temporal-prepositions");
    this.fit = fit;
  }

  /** Whether a noun is one of an operation an actor carries out ("offensive", "raid"). */
  boolean isOperation(String lemma) {
    return operationNouns.contains(lemma);
  }

  /**
   * The agent of the operation the possessive pronoun at {@code index} of the (sorted) mentions
   * governs, or null when the operation is in its own clause's line ("Baku announced an end to its
   * offensive"), for the usual rules.
   */
  DraftMention agent(EntityDraft draft, int index, Pronouns.Category category) {
    Syntax syntax = draft.syntax();
    List<DraftMention> mentions = draft.mentions();
    DraftMention pronoun = mentions.get(index);
    int action = syntax.head(pronoun.head);
    int excluded = -1;
    for (int node = action, steps = 0; node >= 0 && steps < MAX_STEPS; steps++) {
      String rel = syntax.relation(node);
      int up = syntax.head(node);
      if (up < 0) {
        break;
      }
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl"))
          && caseOf(syntax, node).filter(timePrepositions::contains).isPresent()) {
        excluded = up;
        break;
      }
      if (!(rel.equals("compound") || rel.equals("conj") || rel.startsWith("nmod"))) {
        break;
      }
      node = up;
    }
    if (excluded < 0) {
      return null;
    }
    for (int j = index - 1; j >= 0; j--) {
      DraftMention c = mentions.get(j);
      if (c.head >= 0
          && syntax.relation(c.head).equals("nmod:poss")
          && operationNouns.contains(syntax.lemma(syntax.head(c.head)))
          && fit.fits(draft, c, category)) {
        return c;
      }
    }
    Map<Integer, Integer> subjects = new HashMap<>();
    for (int j = 0; j < index; j++) {
      DraftMention c = mentions.get(j);
      if (c.head >= 0 && syntax.relation(c.head).startsWith("nsubj")) {
        subjects.merge(draft.find(c.group), 1, Integer::sum);
      }
    }
    DraftMention best = null;
    int bestCount = 0;
    for (int j = index - 1; j >= 0; j--) {
      DraftMention c = mentions.get(j);
      if (c.head < 0) {
        continue;
      }
      if (!fit.fits(draft, c, category)
          || syntax.head(c.head) == excluded && syntax.relation(c.head).startsWith("nsubj")) {
        continue;
      }
      int count = subjects.getOrDefault(draft.find(c.group), 0);
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    return best;
  }

  private static Optional<String> caseOf(Syntax syntax, int token) {
    for (int d : syntax.dependents(token)) {
      String rel = syntax.relation(d);
      if (rel.equals("case") || rel.equals("mark")) {
        return Optional.of(syntax.lemma(d).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}

package org.herodotus.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Mention;

/**
 * Step 16 of the {@link EntityResolver}: a third-person pronoun no group holds yet joins the most
 * salient fitting antecedent ({@link PronounFit}): for "its" of an operation dated by another
 * clause, the agent {@link ActionAgents} finds; else the subject of a clause the pronoun sits in,
 * innermost first ("Azerbaijan said it aimed"); else, looking back through its own sentence and the
 * three before, the first subject of the nearest sentence with one that fits, else the nearest
 * fitting mention. A subject of the pronoun's own verb is never its antecedent ("Baku praised it").
 */
final class PronounAntecedents implements EntityStep {

  /** How many sentences before its own a pronoun looks back. */
  private static final int SENTENCES_BACK = 3;

  /** How many clauses up a pronoun looks for a subject. */
  private static final int MAX_CLAUSES = 20;

  private final Pronouns pronouns;
  private final PronounFit fit;
  private final ActionAgents actionAgents;

  PronounAntecedents(Pronouns pronouns, PronounFit fit, ActionAgents actionAgents) {
    this.pronouns = pronouns;
    this.fit = fit;
    this.actionAgents = actionAgents;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    draft.sortBySpan();
    List<DraftMention> mentions = draft.mentions();
    Map<Integer, Integer> groupSizes = new HashMap<>();
    mentions.forEach(m -> groupSizes.merge(draft.find(m.group), 1, Integer::sum));
    for (int k = 0; k < mentions.size(); k++) {
      DraftMention pronoun = mentions.get(k);
      if (pronoun.kind != Mention.Kind.PRONOUN
          || pronoun.head < 0
          || groupSizes.get(draft.find(pronoun.group)) > 1) {
        continue;
      }
      Optional<Pronouns.Category> category = pronouns.categoryOf(syntax.token(pronoun.head).text());
      if (category.isEmpty()) {
        continue;
      }
      DraftMention antecedent = antecedentOf(draft, k, category.get());
      if (antecedent != null) {
        draft.union(antecedent.group, pronoun.group);
        groupSizes.merge(draft.find(pronoun.group), 1, Integer::sum);
      }
    }
  }

  private DraftMention antecedentOf(EntityDraft draft, int index, Pronouns.Category category) {
    Syntax syntax = draft.syntax();
    List<DraftMention> mentions = draft.mentions();
    DraftMention pronoun = mentions.get(index);
    int sentence = syntax.token(pronoun.head).sentence();
    int ownVerb = syntax.head(pronoun.head);
    boolean possessive = syntax.relation(pronoun.head).equals("nmod:poss");
    if (possessive && actionAgents.isOperation(syntax.lemma(ownVerb))) {
      DraftMention agent = actionAgents.agent(draft, index, category);
      if (agent != null) {
        return agent;
      }
    }
    // The subjects of the clauses the pronoun sits in, innermost first: "the protesters would be
    // allowed to keep their tents", "Azerbaijan said it aimed".
    int steps = 0;
    for (int a = syntax.head(pronoun.head);
        a >= 0 && steps < MAX_CLAUSES;
        a = syntax.head(a), steps++) {
      if (a == ownVerb && !possessive) {
        continue;
      }
      for (int j = index - 1; j >= 0; j--) {
        DraftMention candidate = mentions.get(j);
        if (candidate.head >= 0
            && syntax.head(candidate.head) == a
            && syntax.relation(candidate.head).startsWith("nsubj")
            && fit.fits(draft, candidate, category)) {
          return candidate;
        }
      }
    }
    for (int back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      int s = sentence - back;
      DraftMention subject = null;
      DraftMention nearest = null;
      for (int j = index - 1; j >= 0; j--) {
        DraftMention candidate = mentions.get(j);
        if (candidate.head < 0) {
          continue;
        }
        int cs = syntax.token(candidate.head).sentence();
        if (cs < s) {
          break;
        }
        if (cs != s || !fit.fits(draft, candidate, category)) {
          continue;
        }
        String rel = syntax.relation(candidate.head);
        boolean isSubject = rel.startsWith("nsubj");
        // "He said he ..." is fine; "Baku praised it" cannot be Baku.
        if (isSubject
            && syntax.head(candidate.head) == ownVerb
            && !syntax.relation(pronoun.head).equals("nmod:poss")) {
          continue;
        }
        if (nearest == null) {
          nearest = candidate;
        }
        if (isSubject) {
          subject = candidate; // keep going back: the first subject of the sentence wins
        }
      }
      if (subject != null) {
        return subject;
      }
      if (nearest != null) {
        return nearest;
      }
    }
    return null;
  }
}

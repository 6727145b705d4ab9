package org.herodotus.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.RoleNouns.RoleClass;
import org.herodotus.lexicon.WordLists;

/**
 * Step 15 of the {@link EntityResolver}: a description by role links back to the nearest earlier
 * mention it describes:
 *
 * <ul>
 *   <li>the same role noun with no modifier the earlier one lacks ("Russian peacekeepers" ...
 *       "peacekeepers");
 *   <li>a role noun used as a modifier of this one ("separatists" ... "separatist forces");
 *   <li>a definite description ({@code definite-determiners}: "the", "these" ...) of the same
 *       class, not of a person, within {@value #WINDOW} sentences ("the fighters" after "separatist
 *       forces");
 *   <li>a definite singular description of a person within {@value #WINDOW} sentences, of a group
 *       with no person's name yet, takes the last person named ("the official" after "Hikmet
 *       Hajiyev"); but a role noun of someone who speaks or acts for another ({@code
 *       proxy-role-nouns}: "the spokesman") only where that person was called so ("Jane Doe, a
 *       spokeswoman for the ministry").
 * </ul>
 */
final class RoleDescriptionLinks implements EntityStep {

  /** How many sentences back a definite description looks for what it describes. */
  static final int WINDOW = 4;

  /** How many tokens around a mention {@link #describedAs} looks for the role noun. */
  private static final int DESCRIBED_WITHIN = 6;

  private final RoleNouns roleNouns;
  private final Set<String> definiteDeterminers;
  private final Set<String> proxyRoleNouns;

  RoleDescriptionLinks(RoleNouns roleNouns, WordLists words) {
    this.roleNouns = roleNouns;
    this.definiteDeterminers = words.get("definite-determiners");
    this.proxyRoleNouns = words.get("proxy-role-nouns");
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    draft.sortBySpan();
    List<DraftMention> mentions = draft.mentions();
    for (int k = 0; k < mentions.size(); k++) {
      DraftMention m = mentions.get(k);
      if (m.kind != Mention.Kind.NOMINAL || m.head < 0) {
        continue;
      }
      Optional<RoleClass> cls = roleNouns.classOf(syntax.lemma(m.head));
      if (cls.isEmpty()) {
        continue;
      }
      int sentence = syntax.token(m.head).sentence();
      Set<String> modifiers = modifierLemmas(syntax, m);
      boolean definite = isDefinite(syntax, m);
      DraftMention match = null;
      for (int j = k - 1; j >= 0 && match == null; j--) {
        DraftMention earlier = mentions.get(j);
        if (earlier.head < 0 || draft.find(earlier.group) == draft.find(m.group)) {
          continue;
        }
        String earlierHead = syntax.lemma(earlier.head);
        int distance = sentence - syntax.token(earlier.head).sentence();
        if (earlier.kind == Mention.Kind.NOMINAL
            && earlierHead.equals(syntax.lemma(m.head))
            && modifierLemmas(syntax, earlier).containsAll(modifiers)) {
          match = earlier; // "Russian peacekeepers" ... "peacekeepers"
        } else if (earlier.kind == Mention.Kind.NOMINAL
            && modifiers.contains(earlierHead)
            && roleNouns.classOf(earlierHead).isPresent()) {
          match = earlier; // "separatists" ... "separatist forces"
        } else if (definite
            && distance <= WINDOW
            && cls.get() != RoleClass.PERSON
            && earlier.kind == Mention.Kind.NOMINAL
            && roleNouns.classOf(earlierHead).equals(cls)) {
          match = earlier; // "the fighters" after "separatist forces"
        } else if (definite
            && distance <= WINDOW
            && cls.get() == RoleClass.PERSON
            && syntax.pos(m.head).equals("NN")
            && !groupHasPersonName(draft, m.group)
            && earlier.name != null
            && earlier.type.equals("PERSON")
            && (!proxyRoleNouns.contains(syntax.lemma(m.head))
                || describedAs(draft, earlier.group, syntax.lemma(m.head)))) {
          match = earlier; // "the official" after "Hikmet Hajiyev"
        }
      }
      if (match != null) {
        draft.union(match.group, m.group);
      }
    }
  }

  /**
   * Whether a mention of the group has the role noun within a few words of it ("Jane Doe, a
   * spokeswoman for the ministry"): then "the spokeswoman" may be her.
   */
  private static boolean describedAs(EntityDraft draft, int group, String roleLemma) {
    Syntax syntax = draft.syntax();
    int root = draft.find(group);
    for (DraftMention m : draft.mentions()) {
      if (draft.find(m.group) != root || m.head < 0) {
        continue;
      }
      int[] r = syntax.tokenRange(m.span);
      int sentence = syntax.token(m.head).sentence();
      int from = Math.max(0, r[0] - DESCRIBED_WITHIN);
      int to = Math.min(syntax.size(), r[1] + DESCRIBED_WITHIN);
      for (int t = from; t < to; t++) {
        if (syntax.token(t).sentence() == sentence && syntax.lemma(t).equals(roleLemma)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean groupHasPersonName(EntityDraft draft, int group) {
    int root = draft.find(group);
    return draft.mentions().stream()
        .anyMatch(m -> draft.find(m.group) == root && m.name != null && m.type.equals("PERSON"));
  }

  private boolean isDefinite(Syntax syntax, DraftMention m) {
    int[] r = syntax.tokenRange(m.span);
    return definiteDeterminers.contains(syntax.token(r[0]).text().toLowerCase(Locale.ROOT));
  }

  private static Set<String> modifierLemmas(Syntax syntax, DraftMention m) {
    Set<String> lemmas = new HashSet<>();
    int[] r = syntax.tokenRange(m.span);
    for (int t = r[0]; t < r[1]; t++) {
      if (t != m.head && !syntax.pos(t).equals("DT") && !syntax.pos(t).equals("POS")) {
        lemmas.add(syntax.lemma(t));
      }
    }
    return lemmas;
  }
}

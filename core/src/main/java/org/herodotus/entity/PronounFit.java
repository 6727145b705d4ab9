package org.herodotus.entity;

import org.herodotus.doc.Mention;
import org.herodotus.lexicon.RoleNouns;

/**
 * Whether a mention can be what a third-person pronoun refers to: "he" and "she" take a person
 * named in the singular; "it" takes a state, an organization, or a place that is not in a
 * prepositional phrase; "they" takes a group named in the plural. The type is the group's so far: a
 * name's type, else that of its role noun ({@link CanonicalNames#typeOfRole}). Read by {@link
 * PronounAntecedents} and {@link ActionAgents}.
 */
final class PronounFit {

  private final RoleNouns roleNouns;

  PronounFit(RoleNouns roleNouns) {
    this.roleNouns = roleNouns;
  }

  boolean fits(EntityDraft draft, DraftMention candidate, Pronouns.Category category) {
    Syntax syntax = draft.syntax();
    String type = groupType(draft, candidate);
    boolean plural = syntax.pos(candidate.head).endsWith("S");
    return switch (category) {
      case PERSON -> type.equals("PERSON") && !plural;
      case THING ->
          !plural
              && (type.equals("GPE")
                  || type.equals("ORGANIZATION")
                  || (type.equals("LOCATION") && !isLocative(syntax, candidate)));
      case PLURAL -> plural && (type.equals("GROUP") || type.equals("NORP"));
    };
  }

  private static boolean isLocative(Syntax syntax, DraftMention m) {
    for (int d : syntax.dependents(m.head)) {
      if (syntax.relation(d).equals("case")) {
        return true;
      }
    }
    return false;
  }

  /** The type a mention's whole group has so far: a name's type, else its role noun's. */
  private String groupType(EntityDraft draft, DraftMention m) {
    Syntax syntax = draft.syntax();
    int root = draft.find(m.group);
    String roleType = "";
    for (DraftMention other : draft.mentions()) {
      if (draft.find(other.group) != root) {
        continue;
      }
      if (other.name != null && !other.type.isEmpty()) {
        return other.type;
      }
      if (other.kind == Mention.Kind.NOMINAL && other.head >= 0 && roleType.isEmpty()) {
        boolean plural = syntax.pos(other.head).endsWith("S");
        roleType =
            roleNouns
                .classOf(syntax.lemma(other.head))
                .map(c -> CanonicalNames.typeOfRole(c, plural))
                .orElse("");
      }
    }
    return roleType;
  }
}

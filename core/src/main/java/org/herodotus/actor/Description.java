package org.herodotus.actor;

import java.util.Set;
import org.herodotus.doc.Span;
import org.herodotus.entity.Syntax;

/**
 * What the words of one mention's description say, as {@link DescriptionReader} reads them: the
 * country, the known group, the types of its head and of a modifier, and the words that said so.
 */
final class Description {

  private final Syntax syntax;
  private final Set<String> nonStateArmedTypes;

  /** The CAMEO country of a nationality word or country name, empty when none. */
  String country = "";

  /** The code of a known group named in it, empty when none. */
  String group = "";

  /** The type the head role noun gives. */
  String headType = "";

  /** Whether the head names an actor only with a stated country ("the Azerbaijani side"). */
  boolean needsCountry;

  /** The type the first typed modifier gives ("separatist" REB). */
  String modifierType = "";

  /**
   * A role for an organisation the lexicons do not know ("a spokesman for the State Department").
   */
  boolean unknownAffiliation;

  private int first = Integer.MAX_VALUE;
  private int last = -1;

  Description(Syntax syntax, Set<String> nonStateArmedTypes) {
    this.syntax = syntax;
    this.nonStateArmedTypes = nonStateArmedTypes;
  }

  /** Notes that token {@code t} said something. */
  void see(int t) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }

  /**
   * The type: a non-state armed or opposition modifier ({@code non-state-armed-types}) wins
   * ("separatist forces" REB, "opposition leader" OPP), so does any typed modifier of a generic
   * government head ("military officials" MIL, "police spokesman" COP); otherwise the head's type.
   */
  String types() {
    if (nonStateArmedTypes.contains(modifierType)) {
      return modifierType;
    }
    if (!modifierType.isEmpty() && (headType.isEmpty() || headType.equals("GOV"))) {
      return modifierType;
    }
    return headType;
  }

  /** Whether it gives a type or a known group. */
  boolean saysSomething() {
    return !types().isEmpty() || !group.isEmpty();
  }

  /** From the first to the last word that said something. */
  Span span() {
    return new Span(syntax.token(first).span().start(), syntax.token(last).span().end());
  }
}

package org.herodotus.actor;

import java.util.Set;
import org.herodotus.actor.Participation.Role;
import org.herodotus.doc.Span;
import org.herodotus.entity.Syntax;
import org.herodotus.lexicon.WordLists;

/**
 * Reads how a mention takes part in its clause, through coordination ("Baku and Yerevan said"):
 *
 * <ul>
 *   <li>an agent: the subject of a verb ("subject of 'said'", "subject of passive 'was told'") or
 *       of a predicate adjective ("subject of predicate adjective 'ready'"), the agent of a passive
 *       ("agent of passive 'signed'"), the possessor of a noun of action ({@code action-nouns}, or
 *       ending as {@code action-noun-suffixes}: "possessor of 'offensive'");
 *   <li>a place: after a preposition of {@code state-place-prepositions} ("after 'in'");
 *   <li>a partner: after one of {@code partner-prepositions} ("party to a relation ('with')").
 * </ul>
 *
 * Read by {@link CapitalAsGovernment} and {@link CountryAsGovernment}, whose rules end with the
 * words it gives.
 */
final class Participations {

  private static final Set<String> SUBJECT_RELATIONS =
      Set.of("nsubj", "nsubj:pass", "csubj", "nsubj:xsubj", "nsubj:outer");

  /** How many conjuncts back a mention looks for the clause role of the first. */
  private static final int MAX_CONJUNCTS = 3;

  private final Set<String> placePrepositions;
  private final Set<String> partnerPrepositions;
  private final Set<String> actionNouns;
  private final Set<String> actionNounSuffixes;

  Participations(WordLists words) {
    this.placePrepositions = words.get("state-place-prepositions");
    this.partnerPrepositions = words.get("partner-prepositions");
    this.actionNouns = words.get("action-nouns");
    this.actionNounSuffixes = words.get("action-noun-suffixes");
  }

  /** How the mention with this span takes part in its clause. */
  Participation of(Syntax syntax, Span span) {
    int head = syntax.headOf(span);
    if (head < 0) {
      return Participation.NONE;
    }
    return of(syntax, head, 0);
  }

  private Participation of(Syntax syntax, int token, int depth) {
    String rel = syntax.relation(token);
    int gov = syntax.head(token);
    if (rel.startsWith("conj") && gov >= 0 && depth < MAX_CONJUNCTS) {
      return of(syntax, gov, depth + 1);
    }
    String prep = CaseMarkers.of(syntax, token);
    if (SUBJECT_RELATIONS.contains(rel) && gov >= 0) {
      String pos = syntax.pos(gov);
      String word = syntax.token(gov).text();
      if (pos.startsWith("VB")) {
        return new Participation(
            Role.AGENT,
            gov,
            (rel.equals("nsubj:pass") ? "subject of passive '" : "subject of '") + word + "'");
      }
      if (pos.startsWith("JJ")) {
        return new Participation(Role.AGENT, gov, "subject of predicate adjective '" + word + "'");
      }
      return new Participation(Role.OTHER, gov, "");
    }
    if (rel.equals("obl:agent") || (prep.equals("by") && rel.startsWith("obl"))) {
      return new Participation(
          Role.AGENT, gov, "agent of passive '" + (gov >= 0 ? syntax.token(gov).text() : "") + "'");
    }
    if (rel.equals("nmod:poss") && gov >= 0) {
      String noun = syntax.lemma(gov);
      if (isActionNoun(noun)) {
        return new Participation(
            Role.AGENT, gov, "possessor of '" + syntax.token(gov).text() + "'");
      }
      return new Participation(Role.OTHER, gov, "");
    }
    if (placePrepositions.contains(prep)) {
      return new Participation(
          Role.PLACE, CaseMarkers.token(syntax, token), "after '" + prep + "'");
    }
    if (partnerPrepositions.contains(prep)) {
      return new Participation(
          Role.PARTNER, CaseMarkers.token(syntax, token), "party to a relation ('" + prep + "')");
    }
    return Participation.NONE;
  }

  /** A noun of action or decision whose possessor acts ("Baku's actions"). */
  boolean isActionNoun(String lemma) {
    if (actionNouns.contains(lemma)) {
      return true;
    }
    for (String suffix : actionNounSuffixes) {
      if (lemma.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}

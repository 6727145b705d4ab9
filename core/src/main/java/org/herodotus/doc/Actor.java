package org.herodotus.doc;

import java.util.List;
import java.util.Optional;

/**
 * An entity that acts, coded in CAMEO: a code built from blocks, general to specific (country, then
 * types such as GOV, MIL, REB, then a known group), with the mentions coded that way. One entity
 * may have several actors when its mentions are coded differently: a capital is the government
 * ({@code AZEGOV}) where it acts ("Baku announced") and no actor where it is a place ("in Baku").
 *
 * @param entity index into {@link Doc#entities()}
 * @param mentions indexes into {@link Doc#mentions()} coded this way, in textual order
 * @param code the full CAMEO actor code ({@code AZEGOV}, {@code RUSMIL}, {@code IGOUNO})
 * @param name the entity's name, or the description it was coded from
 * @param country the CAMEO country block ({@code AZE}); empty for international actors
 * @param types the type blocks in code order ({@code GOV}, {@code IGO})
 * @param knownGroup the known-group block ({@code UNO}), if any
 * @param rule the rule or lexicon entry that gave the code, in words
 * @param evidence the text that supports the code (a demonym, a title, the verb the mention is the
 *     agent of)
 */
public record Actor(
    int entity,
    List<Integer> mentions,
    String code,
    String name,
    String country,
    List<String> types,
    Optional<String> knownGroup,
    String rule,
    Span evidence) {

  public Actor {
    mentions = List.copyOf(mentions);
    types = List.copyOf(types);
  }
}

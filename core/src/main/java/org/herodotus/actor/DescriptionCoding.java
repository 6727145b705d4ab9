package org.herodotus.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.WordLists;
import org.herodotus.place.Gazetteer;

/**
 * Rule 6 of the {@link ActorCoder}, for every entity the rules before left: the code its
 * descriptions and titles give ({@link DescriptionReader}), from the first mention that gives a
 * type or group (a later one that also states a country wins), with a country stated in any:
 *
 * <ul>
 *   <li>"role and country stated with the name" (a person), "role and nationality in the
 *       description" (others): "Russian peacekeepers" → {@code RUSMIL};
 *   <li>"known group named in the description", when no country is stated;
 *   <li>a state role ({@code state-types}) with no country stated: "state role without a stated
 *       country: " and the reason {@link ImpliedState} gives, or "state role without a stated
 *       country, none implied";
 *   <li>"role for an organisation the lexicons do not know, so no country";
 *   <li>"role without a country";
 *   <li>a group of a nationality with no role ("Karabakh Armenians"): that country's civilians,
 *       "people of a nationality, as civilians".
 * </ul>
 *
 * A role noun that names an actor only with a stated country ("the two sides") and has none gives
 * no actor.
 */
final class DescriptionCoding implements CodingRule {

  private final DescriptionReader reader;
  private final ImpliedState impliedState;
  private final Set<String> stateTypes;

  DescriptionCoding(ActorLexicon lexicon, Gazetteer gazetteer, WordLists words) {
    this.reader = new DescriptionReader(lexicon, words);
    this.impliedState = new ImpliedState(lexicon, gazetteer);
    this.stateTypes = words.get("state-types");
  }

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    return Optional.of(codes(article, entity));
  }

  private List<MentionCode> codes(ActorArticle article, Entity entity) {
    Description best = null;
    Description countrySource = null;
    for (int m : entity.mentions()) {
      Mention mention = article.mention(m);
      if (mention.kind() == Mention.Kind.PRONOUN) {
        continue;
      }
      Description d = reader.read(article, mention, entity.type().equals("PERSON"));
      if (!d.country.isEmpty() && countrySource == null) {
        countrySource = d;
      }
      if (best == null && d.saysSomething()) {
        best = d;
      } else if (best != null
          && best.country.isEmpty()
          && !d.country.isEmpty()
          && d.saysSomething()) {
        best = d;
      }
    }
    if (best == null) {
      if (entity.type().equals("NORP") && countrySource != null) {
        return MentionCode.all(
            entity,
            countrySource.country + "CVL",
            "people of a nationality, as civilians",
            countrySource.span());
      }
      return List.of();
    }
    String country = best.country;
    Span countrySpan = best.span();
    if (country.isEmpty() && countrySource != null) {
      country = countrySource.country;
    }
    String type = best.types();
    if (!best.group.isEmpty() && country.isEmpty()) {
      return MentionCode.all(
          entity, best.group, "known group named in the description", best.span());
    }
    if (country.isEmpty() && best.needsCountry) {
      return List.of();
    }
    String rule;
    if (!country.isEmpty()) {
      rule =
          entity.type().equals("PERSON")
              ? "role and country stated with the name"
              : "role and nationality in the description";
    } else if (stateTypes.contains(type) && !best.unknownAffiliation) {
      Optional<ImpliedState.Implied> implied = impliedState.of(article, entity);
      if (implied.isPresent()) {
        country = implied.get().country();
        rule = "state role without a stated country: " + implied.get().reason();
      } else {
        rule = "state role without a stated country, none implied";
      }
    } else if (best.unknownAffiliation) {
      rule = "role for an organisation the lexicons do not know, so no country";
    } else {
      rule = "role without a country";
    }
    return MentionCode.all(entity, country + type, rule, countrySpan);
  }
}

package org.herodotus.actor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Layer;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Stage;
import org.herodotus.place.Gazetteer;

/**
 * Gives each entity that can act a CAMEO actor code, built from blocks (country, types, known
 * group), with the rule that fired and the text that supports it. General rules, no rule per
 * article: first {@link ArticleStates} finds the countries and capitals the article names (in an
 * {@link ActorArticle}); then each entity is coded per mention ({@link MentionCode}) by the first
 * of these rules that applies:
 *
 * <ol>
 *   <li>{@link DictionaryMatch}: a name in the user's PETRARCH/TABARI actor dictionary;
 *   <li>{@link CapitalAsGovernment}: a capital is the government where it acts ("Baku announced")
 *       or is a party to a relation ("ties with Yerevan"), and only a place elsewhere;
 *   <li>{@link CountryAsGovernment}: a country is the government ({@code AZEGOV}) where it acts
 *       (subject, agent of a passive, possessor of an action: {@link Participations}); in a
 *       locative phrase ("in Azerbaijan") it is a place and no actor; elsewhere the country ({@code
 *       AZE});
 *   <li>{@link OtherPlaces}: any other place is no actor;
 *   <li>{@link KnownGroupByName}: organisations and known groups by name ("UN Security Council" →
 *       {@code IGOUNO});
 *   <li>{@link DescriptionCoding}: descriptions and titles ({@link DescriptionReader}): role nouns
 *       and adjectives give types, nationality words and country names give the country ("Russian
 *       peacekeepers" → {@code RUSMIL}); a state role with no country takes the one {@link
 *       ImpliedState} finds; a plural nationality ("Karabakh Armenians") is that country's
 *       civilians ({@code ARMCVL}).
 * </ol>
 *
 * {@link ActorsByCode} then makes one actor per entity and code. Pronouns are coded like the entity
 * they refer to, by the same rules (a country's "it" that says something is the government).
 */
public final class ActorCoder implements Stage {

  private final ActorLexicon lexicon;
  private final Gazetteer gazetteer;
  private final List<CodingRule> rules;
  private final ActorsByCode actorsByCode;

  public ActorCoder() {
    this(ActorLexicon.bundled(), Gazetteer.bundled());
  }

  public ActorCoder(ActorLexicon lexicon, Gazetteer gazetteer) {
    this(lexicon, gazetteer, WordLists.bundled());
  }

  /** A coder whose word lists come from {@code words} (a user's lists in place of the bundled). */
  public ActorCoder(ActorLexicon lexicon, Gazetteer gazetteer, WordLists words) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    Participations participations = new Participations(words);
    this.rules =
        List.of(
            new DictionaryMatch(lexicon),
            new CapitalAsGovernment(lexicon, participations),
            new CountryAsGovernment(participations),
            new OtherPlaces(),
            new KnownGroupByName(lexicon),
            new DescriptionCoding(lexicon, gazetteer, words));
    this.actorsByCode = new ActorsByCode(lexicon);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Doc apply(Doc doc) {
    ActorArticle article = ActorArticle.of(doc, lexicon, gazetteer);
    List<Actor> actors = new ArrayList<>();
    for (Entity entity : doc.entities()) {
      actors.addAll(actorsByCode.actors(entity, code(article, entity)));
    }
    return doc.withActors(actors);
  }

  /** The codes of the entity's mentions, by the first rule that decides it. */
  private List<MentionCode> code(ActorArticle article, Entity entity) {
    for (CodingRule rule : rules) {
      Optional<List<MentionCode>> codes = rule.code(article, entity);
      if (codes.isPresent()) {
        return codes.get();
      }
    }
    return List.of();
  }
}

package org.herodotus.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Stage;

/**
 * Turns the NLP engine's raw mentions and coreference chains into the entity layer, mending what
 * the engine misses with general rules: a short chain of steps, one concern per class, handing an
 * {@link EntityDraft} along.
 *
 * <ol>
 *   <li>cleaning the engine's mentions: {@link TimeOverlaps}, {@link PronounKinds}, {@link
 *       SpanTrimming}, {@link NestedNames}, {@link ModifierAdjectives}, {@link NameTypes}, {@link
 *       MentionHeads};
 *   <li>adding mentions: {@link Titles} (titles before names), {@link RoleDescriptions} ("the
 *       official", "Russian peacekeepers"), {@link PhotoCredits}, {@link PronounMentions};
 *   <li>linking mentions into entities: {@link RelativePronouns}, {@link SameNames}, {@link
 *       SurnamesBeforeFullNames}, {@link RoleDescriptionLinks}, {@link PronounAntecedents}
 *       (third-person pronouns by salience), {@link NamePropagation};
 *   <li>{@link EntityLayer}: each entity with a canonical name from {@link CanonicalNames}.
 * </ol>
 *
 * The closed word lists the steps read (relative pronouns, pronouns by kind, determiners, nouns of
 * operations, role nouns of proxies, prepositions of time) come from {@link WordLists}.
 */
public final class EntityResolver implements Stage {

  private final List<EntityStep> steps;
  private final EntityLayer layer;

  public EntityResolver() {
    this(WordLists.bundled());
  }

  public EntityResolver(WordLists words) {
    this(Countries.bundled(), RoleNouns.bundled(), words);
  }

  public EntityResolver(Countries countries, RoleNouns roleNouns) {
    this(countries, roleNouns, WordLists.bundled());
  }

  public EntityResolver(Countries countries, RoleNouns roleNouns, WordLists words) {
    Names names = new Names(words);
    Pronouns pronouns = new Pronouns(words);
    PronounFit fit = new PronounFit(roleNouns);
    this.steps =
        List.of(
            new TimeOverlaps(),
            new PronounKinds(),
            new SpanTrimming(),
            new NestedNames(),
            new ModifierAdjectives(),
            new NameTypes(countries, names),
            new MentionHeads(),
            new Titles(roleNouns),
            new RoleDescriptions(roleNouns),
            new PhotoCredits(),
            new PronounMentions(pronouns),
            new RelativePronouns(words),
            new SameNames(names),
            new SurnamesBeforeFullNames(names),
            new RoleDescriptionLinks(roleNouns, words),
            new PronounAntecedents(pronouns, fit, new ActionAgents(words, fit)),
            new NamePropagation(names));
    this.layer = new EntityLayer(new CanonicalNames(countries, roleNouns, names));
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Doc apply(Doc doc) {
    EntityDraft draft = new EntityDraft(doc);
    for (EntityStep step : steps) {
      step.apply(draft);
    }
    return layer.build(draft);
  }
}

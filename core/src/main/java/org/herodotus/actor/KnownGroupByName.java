package org.herodotus.actor;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.ActorLexicon;

/**
 * Rule 5 of the {@link ActorCoder}: an organisation or known group whose name (the entity's, else
 * one of its names) the lexicons know ({@code known-groups.tsv}: "UN Security Council" → {@code
 * IGOUNO}): "known group or organisation by name".
 */
final class KnownGroupByName implements CodingRule {

  private final ActorLexicon lexicon;

  KnownGroupByName(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    Optional<String> group = knownGroup(article, entity);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    Span evidence = article.mention(entity.mentions().get(0)).span();
    return Optional.of(
        MentionCode.all(entity, group.get(), "known group or organisation by name", evidence));
  }

  private Optional<String> knownGroup(ActorArticle article, Entity entity) {
    Optional<String> byName = lexicon.knownGroup(entity.name());
    if (byName.isPresent()) {
      return byName;
    }
    for (int m : entity.mentions()) {
      Mention mention = article.mention(m);
      if (mention.kind() == Mention.Kind.NAME) {
        Optional<String> hit = lexicon.knownGroup(ActorNames.clean(mention.text()));
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }
}

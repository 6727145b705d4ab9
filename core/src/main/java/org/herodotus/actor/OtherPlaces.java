package org.herodotus.actor;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Entity;

/**
 * Rule 4 of the {@link ActorCoder}: a place that is neither a country nor a capital (a town, a
 * region, a river) is no actor.
 */
final class OtherPlaces implements CodingRule {

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    if (entity.type().equals("GPE") || entity.type().equals("LOCATION")) {
      return Optional.of(List.of());
    }
    return Optional.empty();
  }
}

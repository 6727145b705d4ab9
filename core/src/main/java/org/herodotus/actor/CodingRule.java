package org.herodotus.actor;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Entity;

/** One rule of the {@link ActorCoder}: codes an entity it applies to, in the article's context. */
interface CodingRule {

  /**
   * The codes of the entity's mentions when this rule decides the entity (an empty list: it is no
   * actor), else empty for the next rule to try.
   */
  Optional<List<MentionCode>> code(ActorArticle article, Entity entity);
}

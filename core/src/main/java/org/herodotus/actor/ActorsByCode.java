package org.herodotus.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Entity;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.ActorLexicon.CodeParts;

/**
 * The last step of the {@link ActorCoder}: an entity's mention codes become one actor per code (a
 * capital that is the government in one clause and a place in another is one actor, with the
 * mentions where it acts), in the order the codes first appear, with the rule and evidence of the
 * first mention of each and the code read block by block (country, types, known group).
 */
final class ActorsByCode {

  private final ActorLexicon lexicon;

  ActorsByCode(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Actor> actors(Entity entity, List<MentionCode> codes) {
    Map<String, List<MentionCode>> byCode = new LinkedHashMap<>();
    for (MentionCode c : codes) {
      byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
    }
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<String, List<MentionCode>> e : byCode.entrySet()) {
      MentionCode first = e.getValue().get(0);
      CodeParts parts = lexicon.parse(e.getKey());
      actors.add(
          new Actor(
              entity.id(),
              e.getValue().stream().map(MentionCode::mention).sorted().toList(),
              e.getKey(),
              entity.name(),
              parts.country(),
              parts.types(),
              parts.knownGroup(),
              first.rule(),
              first.evidence()));
    }
    return actors;
  }
}

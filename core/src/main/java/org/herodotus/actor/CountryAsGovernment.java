package org.herodotus.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.actor.Participation.Role;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;

/**
 * Rule 3 of the {@link ActorCoder}: a country by name is its government ({@code AZEGOV}) where it
 * acts: "country as agent: its government, subject of 'said'", the rest of the rule as {@link
 * Participations} words it. After a preposition of place ("in Azerbaijan") it is a place and no
 * actor; elsewhere it is the country ({@code AZE}): "country name".
 */
final class CountryAsGovernment implements CodingRule {

  private final Participations participations;

  CountryAsGovernment(Participations participations) {
    this.participations = participations;
  }

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    Optional<ArticleStates.State> state = article.states().of(entity.id());
    if (state.isEmpty() || state.get().capital()) {
      return Optional.empty();
    }
    String country = state.get().country();
    List<MentionCode> out = new ArrayList<>();
    for (int m : entity.mentions()) {
      Mention mention = article.mention(m);
      Participation p = participations.of(article.syntax(), mention.span());
      Span evidence = p.token() >= 0 ? article.syntax().token(p.token()).span() : mention.span();
      if (p.role() == Role.AGENT) {
        out.add(
            new MentionCode(
                m, country + "GOV", "country as agent: its government, " + p.why(), evidence));
      } else if (p.role() != Role.PLACE) {
        out.add(new MentionCode(m, country, "country name", mention.span()));
      }
    }
    return Optional.of(out);
  }
}

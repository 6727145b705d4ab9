package org.herodotus.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.actor.Participation.Role;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.ActorLexicon;

/**
 * Rule 2 of the {@link ActorCoder}: a capital (as {@link ArticleStates} found it) stands for its
 * country's government where it acts or is a party to a relation ("Baku announced", "ties with
 * Yerevan"): "capital as seat of government (Baku, capital of Azerbaijan) subject of 'announced'",
 * the rest of the rule as {@link Participations} words it. Elsewhere it is only a place, no actor.
 */
final class CapitalAsGovernment implements CodingRule {

  private final ActorLexicon lexicon;
  private final Participations participations;

  CapitalAsGovernment(ActorLexicon lexicon, Participations participations) {
    this.lexicon = lexicon;
    this.participations = participations;
  }

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    Optional<ArticleStates.State> state = article.states().of(entity.id());
    if (state.isEmpty() || !state.get().capital()) {
      return Optional.empty();
    }
    String country = state.get().country();
    List<MentionCode> out = new ArrayList<>();
    for (int m : entity.mentions()) {
      Mention mention = article.mention(m);
      Participation p = participations.of(article.syntax(), mention.span());
      Span evidence = p.token() >= 0 ? article.syntax().token(p.token()).span() : mention.span();
      if (p.role() == Role.AGENT || p.role() == Role.PARTNER) {
        out.add(
            new MentionCode(
                m,
                country + "GOV",
                "capital as seat of government ("
                    + entity.name()
                    + ", capital of "
                    + lexicon.countryName(country).orElse(country)
                    + ") "
                    + p.why(),
                evidence));
      }
    }
    return Optional.of(out);
  }
}

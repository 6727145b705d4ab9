package org.herodotus.actor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.GazetteerEntry;

/**
 * The state a state role with no stated country belongs to, with the reason {@link
 * DescriptionCoding} appends to its rule: the only country the sentence of the entity's first
 * mention names, by name, capital or place ("the only country its sentence names (Ukraine)"), else
 * the article's most mentioned state when it has more than half of the state mentions ("country of
 * the article's most mentioned state (Azerbaijan, 9 of 12 state mentions)").
 */
final class ImpliedState {

  /** A country and why. */
  record Implied(String country, String reason) {}

  private final ActorLexicon lexicon;
  private final Gazetteer gazetteer;

  ImpliedState(ActorLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  Optional<Implied> of(ActorArticle article, Entity entity) {
    Doc doc = article.doc();
    Mention first = article.mention(entity.mentions().get(0));
    int sentence = doc.sentenceAt(first.span().start());
    Set<String> named = new LinkedHashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.kind() == Mention.Kind.PRONOUN
          || sentence < 0
          || doc.sentenceAt(m.span().start()) != sentence
          || !(m.type().equals("GPE") || m.type().equals("LOCATION"))) {
        continue;
      }
      Optional<ArticleStates.State> state = article.states().of(m.entity());
      if (state.isPresent()) {
        named.add(state.get().country());
      } else {
        List<GazetteerEntry> places = gazetteer.lookup(ActorNames.clean(m.text()));
        if (!places.isEmpty()) {
          lexicon.countryOfIso2(places.get(0).country()).ifPresent(named::add);
        }
      }
    }
    if (named.size() == 1) {
      String c = named.iterator().next();
      return Optional.of(
          new Implied(
              c, "the only country its sentence names (" + lexicon.countryName(c).orElse(c) + ")"));
    }
    ArticleStates states = article.states();
    String main = states.mainState();
    if (!main.isEmpty() && 2 * states.mainStateMentions() > states.stateMentions()) {
      return Optional.of(
          new Implied(
              main,
              "country of the article's most mentioned state ("
                  + lexicon.countryName(main).orElse(main)
                  + ", "
                  + states.mainStateMentions()
                  + " of "
                  + states.stateMentions()
                  + " state mentions)"));
    }
    return Optional.empty();
  }
}

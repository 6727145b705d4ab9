package org.herodotus.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.entity.HandParsed;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.WordLists;
import org.herodotus.place.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The rules that code an entity by what it is: {@link ArticleStates}, {@link CapitalAsGovernment},
 * {@link CountryAsGovernment}, {@link OtherPlaces}, {@link KnownGroupByName}, and {@link
 * ActorsByCode} which makes actors of their codes.
 */
class CodingRulesTest {

  private static final ActorLexicon LEXICON = ActorLexicon.bundled();
  private static final Participations PARTICIPATIONS = new Participations(WordLists.bundled());

  private static ActorArticle article(Doc doc) {
    return ActorArticle.of(doc, LEXICON, Gazetteer.bundled());
  }

  /** Baku said Armenia and Armenia met in Yevlakh and Yerevan . */
  private static Doc statesAndPlaces() {
    return HandParsed.text()
        .sentence(
            "Baku/NNP/1/nsubj said/VBD/-1/root Armenia/NNP/5/nsubj and/CC/4/cc Armenia/NNP/2/conj"
                + " met/VBD/1/ccomp in/IN/7/case Yevlakh/NNP/5/obl and/CC/9/cc Yerevan/NNP/7/conj"
                + " ././1/punct")
        .published("2023-09-20")
        .mention(0, 1, "LOCATION", Mention.Kind.NAME, 0)
        .mention(2, 3, "GPE", Mention.Kind.NAME, 1)
        .mention(4, 5, "GPE", Mention.Kind.NAME, 1)
        .mention(7, 8, "LOCATION", Mention.Kind.NAME, 2)
        .mention(9, 10, "LOCATION", Mention.Kind.NAME, 3)
        .doc();
  }

  @Test
  void theArticlesStatesAreItsCountriesAndCapitals() {
    ActorArticle article = article(statesAndPlaces());
    ArticleStates states = article.states();
    assertThat(states.of(0)).contains(new ArticleStates.State("AZE", true));
    assertThat(states.of(1)).contains(new ArticleStates.State("ARM", false));
    assertThat(states.of(2)).isEmpty();
    assertThat(states.of(3)).contains(new ArticleStates.State("ARM", true));
    assertThat(states.mainState()).isEqualTo("ARM");
    assertThat(states.mainStateMentions()).isEqualTo(3);
    assertThat(states.stateMentions()).isEqualTo(4);
    assertThat(article.date()).isEqualTo("20230920");
  }

  @Test
  void aCapitalIsTheGovernmentWhereItActsOnly() {
    ActorArticle article = article(statesAndPlaces());
    CapitalAsGovernment rule = new CapitalAsGovernment(LEXICON, PARTICIPATIONS);
    Entity baku = article.doc().entities().get(0);
    assertThat(rule.code(article, baku))
        .contains(
            List.of(
                new MentionCode(
                    0,
                    "AZEGOV",
                    "capital as seat of government (Baku, capital of Azerbaijan) subject of 'said'",
                    article.doc().tokens().get(1).span())));
    Entity yerevan = article.doc().entities().get(3);
    assertThat(rule.code(article, yerevan)).contains(List.of());
    assertThat(rule.code(article, article.doc().entities().get(1))).isEmpty();
  }

  @Test
  void aCountryIsItsGovernmentWhereItActsAndTheCountryElsewhere() {
    // Armenia said talks with Armenia in Armenia .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Armenia/NNP/1/nsubj said/VBD/-1/root talks/NNS/1/obj with/IN/4/case"
                    + " Armenia/NNP/2/nmod in/IN/6/case Armenia/NNP/2/nmod ././1/punct")
            .mention(0, 1, "GPE", Mention.Kind.NAME, 0)
            .mention(4, 5, "GPE", Mention.Kind.NAME, 0)
            .mention(6, 7, "GPE", Mention.Kind.NAME, 0)
            .doc();
    ActorArticle article = article(doc);
    Optional<List<MentionCode>> codes =
        new CountryAsGovernment(PARTICIPATIONS).code(article, doc.entities().get(0));
    assertThat(codes)
        .contains(
            List.of(
                new MentionCode(
                    0,
                    "ARMGOV",
                    "country as agent: its government, subject of 'said'",
                    doc.tokens().get(1).span()),
                new MentionCode(1, "ARM", "country name", doc.mentions().get(1).span())));
  }

  @Test
  void otherPlacesAreNoActorsAndOthersAreLeftToTheNextRule() {
    ActorArticle article = article(statesAndPlaces());
    assertThat(new OtherPlaces().code(article, article.doc().entities().get(2)))
        .contains(List.of());
    Entity person = new Entity(9, "Lopez", "PERSON", List.of());
    assertThat(new OtherPlaces().code(article, person)).isEmpty();
  }

  @Test
  void aKnownGroupByNameTakesItsCode() {
    // the UN Security Council met .
    Doc doc =
        HandParsed.text()
            .sentence(
                "the/DT/3/det UN/NNP/3/compound Security/NNP/3/compound Council/NNP/4/nsubj"
                    + " met/VBD/-1/root ././4/punct")
            .mention(0, 4, "ORGANIZATION", Mention.Kind.NAME, 0)
            .doc();
    ActorArticle article = article(doc);
    assertThat(new KnownGroupByName(LEXICON).code(article, doc.entities().get(0)))
        .contains(
            List.of(
                new MentionCode(
                    0,
                    "IGOUNO",
                    "known group or organisation by name",
                    doc.mentions().get(0).span())));
  }

  @Test
  void oneActorPerEntityAndCodeWithTheFirstMentionsRule() {
    Entity armenia = new Entity(4, "Armenia", "GPE", List.of(0, 1, 2));
    org.herodotus.doc.Span a = new org.herodotus.doc.Span(0, 1);
    org.herodotus.doc.Span b = new org.herodotus.doc.Span(2, 3);
    List<org.herodotus.doc.Actor> actors =
        new ActorsByCode(LEXICON)
            .actors(
                armenia,
                List.of(
                    new MentionCode(2, "ARMGOV", "second", b),
                    new MentionCode(0, "ARM", "country name", a),
                    new MentionCode(1, "ARMGOV", "first", a)));
    assertThat(actors).extracting(org.herodotus.doc.Actor::code).containsExactly("ARMGOV", "ARM");
    org.herodotus.doc.Actor government = actors.get(0);
    assertThat(government.entity()).isEqualTo(4);
    assertThat(government.mentions()).containsExactly(1, 2);
    assertThat(government.rule()).isEqualTo("second");
    assertThat(government.evidence()).isEqualTo(b);
    assertThat(government.country()).isEqualTo("ARM");
    assertThat(government.types()).containsExactly("GOV");
    assertThat(government.name()).isEqualTo("Armenia");
  }
}

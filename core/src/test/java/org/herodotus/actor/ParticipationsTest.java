package org.herodotus.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.actor.Participation.Role;
import org.herodotus.doc.Doc;
import org.herodotus.entity.HandParsed;
import org.herodotus.entity.Syntax;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipationsTest {

  private static final Participations BUNDLED = new Participations(WordLists.bundled());

  /** How the first token of the sentence takes part in it. */
  private static Participation first(Participations participations, String sentence) {
    HandParsed parsed = HandParsed.text().sentence(sentence);
    Doc doc = parsed.doc();
    return participations.of(new Syntax(doc), parsed.span(0, 1));
  }

  private static Participation firstOf(String sentence) {
    return first(BUNDLED, sentence);
  }

  @Test
  void theSubjectOfAVerbOrPredicateAdjectiveActs() {
    assertThat(firstOf("Baku/NNP/1/nsubj announced/VBD/-1/root ././1/punct"))
        .isEqualTo(new Participation(Role.AGENT, 1, "subject of 'announced'"));
    assertThat(firstOf("Baku/NNP/2/nsubj:pass was/VBD/2/aux:pass told/VBN/-1/root ././2/punct"))
        .isEqualTo(new Participation(Role.AGENT, 2, "subject of passive 'told'"));
    assertThat(firstOf("Baku/NNP/2/nsubj is/VBZ/2/cop ready/JJ/-1/root ././2/punct"))
        .isEqualTo(new Participation(Role.AGENT, 2, "subject of predicate adjective 'ready'"));
    assertThat(firstOf("Baku/NNP/2/nsubj is/VBZ/2/cop capital/NN/-1/root ././2/punct"))
        .isEqualTo(new Participation(Role.OTHER, 2, ""));
  }

  @Test
  void theAgentOfAPassiveActs() {
    // by Baku , the deal was signed .
    HandParsed parsed =
        HandParsed.text()
            .sentence(
                "by/IN/1/case Baku/NNP/6/obl:agent ,/,/6/punct the/DT/4/det deal/NN/6/nsubj:pass"
                    + " was/VBD/6/aux:pass signed/VBN/-1/root ././6/punct");
    Participation p = BUNDLED.of(new Syntax(parsed.doc()), parsed.span(1, 2));
    assertThat(p).isEqualTo(new Participation(Role.AGENT, 6, "agent of passive 'signed'"));
  }

  @Test
  void thePossessorOfAnActionActs() {
    assertThat(
            firstOf(
                "Russia/NNP/2/nmod:poss 's/POS/0/case actions/NNS/3/nsubj/action"
                    + " angered/VBD/-1/root ././3/punct"))
        .isEqualTo(new Participation(Role.AGENT, 2, "possessor of 'actions'"));
    assertThat(
            firstOf(
                "Russia/NNP/2/nmod:poss 's/POS/0/case intervention/NN/3/nsubj"
                    + " angered/VBD/-1/root ././3/punct"))
        .isEqualTo(new Participation(Role.AGENT, 2, "possessor of 'intervention'"));
    assertThat(
            firstOf(
                "Russia/NNP/2/nmod:poss 's/POS/0/case weather/NN/3/nsubj"
                    + " angered/VBD/-1/root ././3/punct"))
        .isEqualTo(new Participation(Role.OTHER, 2, ""));
  }

  @Test
  void afterAPrepositionOfPlaceItIsAPlaceAndOfARelationAPartner() {
    // talks in Baku ; ties with Baku
    HandParsed parsed =
        HandParsed.text()
            .sentence("talks/NNS/-1/root in/IN/2/case Baku/NNP/0/nmod ././0/punct")
            .sentence("ties/NNS/-1/root with/IN/2/case Baku/NNP/0/nmod ././0/punct");
    Syntax syntax = new Syntax(parsed.doc());
    assertThat(BUNDLED.of(syntax, parsed.span(2, 3)))
        .isEqualTo(new Participation(Role.PLACE, 1, "after 'in'"));
    assertThat(BUNDLED.of(syntax, parsed.span(6, 7)))
        .isEqualTo(new Participation(Role.PARTNER, 5, "party to a relation ('with')"));
  }

  @Test
  void aConjunctTakesPartAsTheFirst() {
    // Baku and Yerevan said .
    HandParsed parsed =
        HandParsed.text()
            .sentence(
                "Baku/NNP/3/nsubj and/CC/2/cc Yerevan/NNP/0/conj said/VBD/-1/root ././3/punct");
    assertThat(BUNDLED.of(new Syntax(parsed.doc()), parsed.span(2, 3)))
        .isEqualTo(new Participation(Role.AGENT, 3, "subject of 'said'"));
  }

  @Test
  void aUsersListOfPlacePrepositionsDecidesWhereAStateIsAPlace(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/state-place-prepositions.txt"), "at\nnear\n");
    Participations user = new Participations(WordLists.withUserDirectory(dir));
    HandParsed parsed =
        HandParsed.text().sentence("talks/NNS/-1/root in/IN/2/case Baku/NNP/0/nmod ././0/punct");
    assertThat(user.of(new Syntax(parsed.doc()), parsed.span(2, 3))).isEqualTo(Participation.NONE);
  }
}

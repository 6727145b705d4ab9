package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.entity.Drafts.groups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PronounAntecedents}, with {@link PronounFit} and {@link ActionAgents}. */
class PronounAntecedentsTest {

  private static EntityDraft linked(Doc doc, WordLists words) {
    Pronouns pronouns = new Pronouns(words);
    PronounFit fit = new PronounFit(RoleNouns.bundled());
    return Drafts.run(
        doc,
        new MentionHeads(),
        new RoleDescriptions(RoleNouns.bundled()),
        new PronounMentions(pronouns),
        new PronounAntecedents(pronouns, fit, new ActionAgents(words, fit)));
  }

  @Test
  void aPronounTakesTheSubjectOfTheClauseItSitsIn() {
    // Azerbaijan said it aimed .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Azerbaijan/NNP/1/nsubj said/VBD/-1/root it/PRP/3/nsubj aimed/VBD/1/ccomp"
                    + " ././1/punct")
            .mention(0, 1, "GPE", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Azerbaijan", "it"));
  }

  @Test
  void theSubjectOfThePronounsOwnVerbIsNotItsAntecedent() {
    // Baku praised it .
    Doc doc =
        HandParsed.text()
            .sentence("Baku/NNP/1/nsubj praised/VBD/-1/root it/PRP/1/obj ././1/punct")
            .mention(0, 1, "GPE", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Baku"), List.of("it"));
  }

  @Test
  void heTakesTheSubjectOfAnEarlierSentenceThatIsAPerson() {
    // Lopez met Armenia . He said .
    Doc doc =
        HandParsed.text()
            .sentence("Lopez/NNP/1/nsubj met/VBD/-1/root Armenia/NNP/1/obj ././1/punct")
            .sentence("He/PRP/1/nsubj said/VBD/-1/root ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .mention(2, 3, "GPE", Mention.Kind.NAME, 1)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Lopez", "He"), List.of("Armenia"));
  }

  @Test
  void theyTakesAGroupNamedInThePlural() {
    // Lopez met protesters . They left .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Lopez/NNP/1/nsubj met/VBD/-1/root protesters/NNS/1/obj/protester ././1/punct")
            .sentence("They/PRP/1/nsubj left/VBD/-1/root ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Lopez"), List.of("protesters", "They"));
  }

  /** Azerbaijan launched its offensive . Council convened following its operation . */
  private static Doc operationDatingAnotherClause() {
    return HandParsed.text()
        .sentence(
            "Azerbaijan/NNP/1/nsubj launched/VBD/-1/root its/PRP$/3/nmod:poss"
                + " offensive/NN/1/obj ././1/punct")
        .sentence(
            "Council/NNP/1/nsubj convened/VBD/-1/root following/VBG/4/case its/PRP$/4/nmod:poss"
                + " operation/NN/1/obl ././1/punct")
        .mention(0, 1, "GPE", Mention.Kind.NAME, 0)
        .mention(5, 6, "ORGANIZATION", Mention.Kind.NAME, 1)
        .doc();
  }

  @Test
  void itsOperationDatingAnotherClauseIsDoneByTheEarlierAgentNotThatClausesSubject() {
    assertThat(groups(linked(operationDatingAnotherClause(), WordLists.bundled())))
        .containsExactly(List.of("Azerbaijan", "its", "its"), List.of("Council"));
  }

  @Test
  void aUsersListOfTemporalPrepositionsDecidesWhatDatesAClause(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/temporal-prepositions.txt"), "after\nbefore\n");
    assertThat(groups(linked(operationDatingAnotherClause(), WordLists.withUserDirectory(dir))))
        .containsExactly(List.of("Azerbaijan", "its"), List.of("Council", "its"));
  }
}

package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.junit.jupiter.api.Test;

/** The entity layer's rules on sentences of our own (none from the seed article). */
class EntityRulesTest {

  private static Doc analyze(String text) {
    return Herodotus.pipeline().analyze("rules", text);
  }

  private static List<String> mentionsOf(Doc doc, String name) {
    Entity entity =
        doc.entities().stream()
            .filter(e -> e.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no entity "
                            + name
                            + " in "
                            + doc.entities().stream().map(Entity::name).toList()));
    return entity.mentions().stream().map(doc.mentions()::get).map(Mention::text).toList();
  }

  @Test
  void titlesSurnamesPronounsAndRoleDescriptions() {
    Doc doc =
        analyze(
            "Talks in Vienna\n\n"
                + "Foreign Minister Maria Lopez met rebel leaders in Vienna on Monday.\n\n"
                + "Lopez said she would return next week.\n\n"
                + "The minister added that the rebels had promised to free their prisoners.\n");
    assertThat(mentionsOf(doc, "Maria Lopez"))
        .containsExactly("Foreign Minister Maria Lopez", "Lopez", "she", "The minister");
  }

  @Test
  void itTakesTheStateThatActsNotThePlaceNamedAfterIn() {
    Doc doc =
        analyze(
            "Ceasefire\n\n"
                + "Ukraine said on Tuesday that it would send a delegation to talks in Geneva.\n");
    assertThat(mentionsOf(doc, "Ukraine")).containsExactly("Ukraine", "it");
    assertThat(doc.entities()).extracting(Entity::type).contains("GPE");
  }

  @Test
  void groupsNamedByRoleCollectTheirDescriptionsAndPronouns() {
    Doc doc =
        analyze(
            "Clashes\n\n"
                + "Police clashed with protesters, who had blocked the main road.\n\n"
                + "Officials said the protesters would be allowed to keep their tents.\n");
    assertThat(mentionsOf(doc, "protesters"))
        .containsExactly("protesters", "who", "the protesters", "their");
  }

  @Test
  void aRepeatedNameIsOneEntityAndRoleNounsAfterItAreTheirOwn() {
    Doc doc =
        analyze(
            "Kurdish Peshmerga advance\n\n"
                + "The Kurdish Peshmerga took the village on Sunday, officials said.\n\n"
                + "Kurdish Peshmerga commanders said the village was now safe.\n");
    assertThat(mentionsOf(doc, "Kurdish Peshmerga")).hasSize(3);
    Entity commanders =
        doc.entities().stream()
            .filter(e -> e.name().equals("Kurdish Peshmerga commanders"))
            .findFirst()
            .orElseThrow();
    assertThat(commanders.type()).isEqualTo("GROUP");
  }

  @Test
  void aSpokesmanIsNotThePersonNamedBeforeUnlessCalledOne() {
    Doc principal =
        analyze(
            "Plant visit\n\n"
                + "Governor Ana Torres visited the steel plant on Monday.\n\n"
                + "The spokesman said the visit had been planned for months.\n");
    assertThat(mentionsOf(principal, "Ana Torres")).doesNotContain("The spokesman");
    Doc described =
        analyze(
            "Plant visit\n\n"
                + "Union spokesman Dan Weller visited the steel plant on Monday.\n\n"
                + "The spokesman said the visit had been planned for months.\n");
    assertThat(mentionsOf(described, "Dan Weller")).contains("The spokesman");
  }

  @Test
  void aSurnameInTheHeadlineJoinsTheFullNameInTheBody() {
    Doc doc =
        analyze(
            "Torres wants the bridge open by May\n\n"
                + "Mayor Ana Torres said on Sunday that the bridge would open in May. Torres"
                + " thanked the workers.\n");
    assertThat(mentionsOf(doc, "Ana Torres")).startsWith("Torres").contains("Mayor Ana Torres");
  }
}

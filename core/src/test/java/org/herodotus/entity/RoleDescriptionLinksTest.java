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

class RoleDescriptionLinksTest {

  private static EntityDraft linked(Doc doc, WordLists words) {
    return Drafts.run(
        doc,
        new MentionHeads(),
        new RoleDescriptions(RoleNouns.bundled()),
        new RoleDescriptionLinks(RoleNouns.bundled(), words));
  }

  @Test
  void theSameRoleNounWithFewerModifiersIsTheSameGroup() {
    // Russian peacekeepers arrived . peacekeepers left .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Russian/JJ/1/amod peacekeepers/NNS/2/nsubj/peacekeeper arrived/VBD/-1/root"
                    + " ././2/punct")
            .sentence("peacekeepers/NNS/1/nsubj/peacekeeper left/VBD/-1/root ././1/punct")
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Russian peacekeepers", "peacekeepers"));
  }

  @Test
  void aRoleNounAsModifierOfALaterOneLinksThem() {
    // separatists fled . separatist forces left .
    Doc doc =
        HandParsed.text()
            .sentence("separatists/NNS/1/nsubj/separatist fled/VBD/-1/root ././1/punct")
            .sentence("separatist/JJ/1/amod forces/NNS/2/nsubj/force left/VBD/-1/root ././2/punct")
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("separatists", "separatist forces"));
  }

  @Test
  void aDefiniteDescriptionOfAPersonIsThePersonNamedShortlyBefore() {
    // Hikmet Hajiyev spoke . The official said .
    Doc doc =
        HandParsed.text()
            .sentence("Hikmet/NNP/1/compound Hajiyev/NNP/2/nsubj spoke/VBD/-1/root ././2/punct")
            .sentence("The/DT/1/det official/NN/2/nsubj said/VBD/-1/root ././2/punct")
            .mention(0, 2, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Hikmet Hajiyev", "The official"));
  }

  @Test
  void anIndefiniteDescriptionIsSomeoneNew() {
    // Hikmet Hajiyev spoke . An official said .
    Doc doc =
        HandParsed.text()
            .sentence("Hikmet/NNP/1/compound Hajiyev/NNP/2/nsubj spoke/VBD/-1/root ././2/punct")
            .sentence("An/DT/1/det official/NN/2/nsubj said/VBD/-1/root ././2/punct")
            .mention(0, 2, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(doc, WordLists.bundled())))
        .containsExactly(List.of("Hikmet Hajiyev"), List.of("An official"));
  }

  private static Doc torresAndTheSpokesman() {
    // Ana Torres spoke . The spokesman said .
    return HandParsed.text()
        .sentence("Ana/NNP/1/compound Torres/NNP/2/nsubj spoke/VBD/-1/root ././2/punct")
        .sentence("The/DT/1/det spokesman/NN/2/nsubj said/VBD/-1/root ././2/punct")
        .mention(0, 2, "PERSON", Mention.Kind.NAME, 0)
        .doc();
  }

  @Test
  void aSpokesmanIsNotThePersonNamedBeforeUnlessCalledOne() {
    assertThat(groups(linked(torresAndTheSpokesman(), WordLists.bundled())))
        .containsExactly(List.of("Ana Torres"), List.of("The spokesman"));
    // Union spokesman Dan Weller visited . The spokesman said .
    Doc described =
        HandParsed.text()
            .sentence(
                "Union/NNP/1/compound spokesman/NN/3/compound Dan/NNP/3/compound"
                    + " Weller/NNP/4/nsubj visited/VBD/-1/root ././4/punct")
            .sentence("The/DT/1/det spokesman/NN/2/nsubj said/VBD/-1/root ././2/punct")
            .mention(2, 4, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    assertThat(groups(linked(described, WordLists.bundled())))
        .containsExactly(List.of("Dan Weller", "The spokesman"));
  }

  @Test
  void aUsersListOfProxyRoleNounsChangesWhoASpokesmanIs(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/proxy-role-nouns.txt"), "# none\naide\n");
    assertThat(groups(linked(torresAndTheSpokesman(), WordLists.withUserDirectory(dir))))
        .containsExactly(List.of("Ana Torres", "The spokesman"));
  }
}

package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CanonicalNames}, {@link EntityLayer} and {@link Names}. */
class OutputStepsTest {

  private static final Names NAMES = new Names(WordLists.bundled());

  private static Doc build(EntityDraft draft) {
    return new EntityLayer(new CanonicalNames(Countries.bundled(), RoleNouns.bundled(), NAMES))
        .build(draft);
  }

  @Test
  void anEntityIsNamedByTheFullestFormOfItsMostFrequentName() {
    // Hajiyev met Hikmet Hajiyev and Hajiyev .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Hajiyev/NNP/1/nsubj met/VBD/-1/root Hikmet/NNP/3/compound Hajiyev/NNP/1/obj"
                    + " and/CC/5/cc Hajiyev/NNP/3/conj ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .mention(2, 4, "PERSON", Mention.Kind.NAME, 0)
            .mention(5, 6, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    Doc out = build(Drafts.run(doc, new MentionHeads()));
    assertThat(out.entities())
        .containsExactly(new Entity(0, "Hikmet Hajiyev", "PERSON", List.of(0, 1, 2)));
  }

  @Test
  void anEntityWithoutANameIsNamedByItsLongestDescriptionAndTypedByItsRoleNoun() {
    // the peacekeepers met Russian peacekeepers and an official and officials .
    Doc doc =
        HandParsed.text()
            .sentence(
                "the/DT/1/det peacekeepers/NNS/2/nsubj/peacekeeper met/VBD/-1/root"
                    + " Russian/JJ/4/amod peacekeepers/NNS/2/obj/peacekeeper and/CC/7/cc"
                    + " an/DT/7/det official/NN/4/conj and/CC/9/cc officials/NNS/4/conj/official"
                    + " ././2/punct")
            .mention(0, 2, "", Mention.Kind.NOMINAL, 0)
            .mention(3, 5, "", Mention.Kind.NOMINAL, 0)
            .mention(6, 8, "", Mention.Kind.NOMINAL, 1)
            .mention(9, 10, "", Mention.Kind.NOMINAL, 2)
            .doc();
    Doc out = build(Drafts.run(doc, new MentionHeads()));
    assertThat(out.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Russian peacekeepers", "GROUP"),
            org.assertj.core.groups.Tuple.tuple("official", "PERSON"),
            org.assertj.core.groups.Tuple.tuple("officials", "GROUP"));
    assertThat(out.mentions()).extracting(Mention::type).containsOnly("GROUP", "PERSON");
  }

  @Test
  void groupsWithNeitherNameNorRoleAreLeftOutAndEntitiesFollowTheirFirstMentions() {
    // it met Armenia .
    Doc doc =
        HandParsed.text()
            .sentence("it/PRP/1/nsubj met/VBD/-1/root Armenia/NNP/1/obj ././1/punct")
            .mention(2, 3, "LOCATION", Mention.Kind.NAME, 0)
            .mention(0, 1, "", Mention.Kind.PRONOUN, 1)
            .doc();
    Doc out = build(Drafts.run(doc, new MentionHeads()));
    assertThat(out.entities()).containsExactly(new Entity(0, "Armenia", "LOCATION", List.of(0)));
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Armenia");
  }

  @Test
  void aCountryNamedAsAGpeOnceIsAGpe() {
    // Armenia and Armenia .
    Doc doc =
        HandParsed.text()
            .sentence("Armenia/NNP/-1/root and/CC/2/cc Armenia/NNP/0/conj ././0/punct")
            .mention(0, 1, "LOCATION", Mention.Kind.NAME, 0)
            .mention(2, 3, "GPE", Mention.Kind.NAME, 0)
            .doc();
    Doc out = build(Drafts.run(doc, new MentionHeads()));
    assertThat(out.entities()).extracting(Entity::type).containsExactly("GPE");
  }

  @Test
  void namesLoseTheirDeterminerAndPossessive() {
    assertThat(NAMES.clean(" the Kremlin's ")).isEqualTo("Kremlin");
    assertThat(NAMES.clean("Reuters'")).isEqualTo("Reuters");
    assertThat(NAMES.clean("Theresa May")).isEqualTo("Theresa May");
    assertThat(NAMES.withoutDeterminer("These officials")).isEqualTo("officials");
    assertThat(Names.containsWords("Hikmet Hajiyev", "hajiyev")).isTrue();
    assertThat(Names.containsWords("Hikmet Hajiyevs", "Hajiyev")).isFalse();
    assertThat(Names.containsWords("Nagorno-Karabakh", "Karabakh")).isTrue();
    assertThat(Names.typeFamily("LOCATION")).isEqualTo("PLACE");
    assertThat(Names.typeFamily("MISC")).isEqualTo("NORP");
    assertThat(Names.typeFamily("PERSON")).isEqualTo("PERSON");
  }

  @Test
  void aUsersListOfNameDeterminersChangesNames(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/name-determiners.txt"), "the\nla\n");
    Names names = new Names(WordLists.withUserDirectory(dir));
    assertThat(names.clean("La Moneda")).isEqualTo("Moneda");
    assertThat(names.clean("a Kremlin")).isEqualTo("a Kremlin");
  }
}

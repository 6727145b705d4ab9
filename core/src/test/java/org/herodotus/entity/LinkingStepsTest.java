package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.entity.Drafts.groups;
import static org.herodotus.entity.Drafts.run;

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

/**
 * The steps that join mentions into entities: {@link RelativePronouns}, {@link SameNames}, {@link
 * SurnamesBeforeFullNames}, {@link RoleDescriptionLinks}, {@link NamePropagation}.
 */
class LinkingStepsTest {

  private static final Names NAMES = new Names(WordLists.bundled());

  private static Doc separatistsWho() {
    // a deal with separatists , who agreed .
    return HandParsed.text()
        .sentence(
            "a/DT/1/det deal/NN/-1/root with/IN/3/case separatists/NNS/1/nmod/separatist"
                + " ,/,/3/punct who/WP/6/nsubj agreed/VBD/3/acl:relcl ././1/punct")
        .doc();
  }

  @Test
  void aRelativePronounIsAnotherMentionOfItsAntecedent() {
    EntityDraft draft =
        run(
            separatistsWho(),
            new RoleDescriptions(RoleNouns.bundled()),
            new RelativePronouns(WordLists.bundled()));
    assertThat(groups(draft)).containsExactly(List.of("separatists", "who"));
    assertThat(Drafts.mention(draft, "who").kind).isEqualTo(Mention.Kind.PRONOUN);
  }

  @Test
  void aUsersListOfRelativePronounsDecidesWhichJoin(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/relative-pronouns.txt"), "which\nthat\n");
    EntityDraft draft =
        run(
            separatistsWho(),
            new RoleDescriptions(RoleNouns.bundled()),
            new RelativePronouns(WordLists.withUserDirectory(dir)));
    assertThat(groups(draft)).containsExactly(List.of("separatists"));
  }

  @Test
  void theSameNameTwiceAndASurnameAfterTheFullNameAreOneEntity() {
    // Hikmet Hajiyev met Hajiyev and Hikmet Hajiyev .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Hikmet/NNP/1/compound Hajiyev/NNP/2/nsubj met/VBD/-1/root Hajiyev/NNP/2/obj"
                    + " and/CC/6/cc Hikmet/NNP/6/compound Hajiyev/NNP/3/conj ././2/punct")
            .mention(0, 2, "PERSON", Mention.Kind.NAME, 0)
            .mention(3, 4, "PERSON", Mention.Kind.NAME, 1)
            .mention(5, 7, "PERSON", Mention.Kind.NAME, 2)
            .doc();
    EntityDraft draft = run(doc, new SameNames(NAMES));
    assertThat(groups(draft))
        .containsExactly(List.of("Hikmet Hajiyev", "Hajiyev", "Hikmet Hajiyev"));
  }

  @Test
  void aGroupNamedByItsLastWordAfterItsFullNameIsOneEntity() {
    // Karabakh Armenians fled ; Armenians left .
    Doc doc =
        HandParsed.text()
            .sentence("Karabakh/NNP/1/compound Armenians/NNPS/2/nsubj fled/VBD/-1/root ././2/punct")
            .sentence("Armenians/NNPS/1/nsubj left/VBD/-1/root ././1/punct")
            .mention(0, 2, "NORP", Mention.Kind.NAME, 0)
            .mention(4, 5, "MISC", Mention.Kind.NAME, 1)
            .doc();
    EntityDraft draft = run(doc, new SameNames(NAMES));
    assertThat(groups(draft)).containsExactly(List.of("Karabakh Armenians", "Armenians"));
  }

  @Test
  void aSurnameBeforeTheOnlyFullNameWithItJoinsIt() {
    // Berg : ready . Minister Karl Berg said .
    Doc doc =
        HandParsed.text()
            .sentence("Berg/NNP/-1/root :/:/0/punct ready/JJ/0/appos ././0/punct")
            .sentence(
                "Minister/NNP/2/compound Karl/NNP/2/compound Berg/NNP/3/nsubj said/VBD/-1/root"
                    + " ././3/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .mention(5, 7, "PERSON", Mention.Kind.NAME, 1)
            .doc();
    EntityDraft draft = run(doc, new SameNames(NAMES));
    assertThat(groups(draft)).hasSize(2);
    new SurnamesBeforeFullNames(NAMES).apply(draft);
    assertThat(groups(draft)).containsExactly(List.of("Berg", "Karl Berg"));
  }

  @Test
  void aSurnameOfTwoFullNamesJoinsNeither() {
    // Berg met Karl Berg and Anna Berg .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Berg/NNP/1/nsubj met/VBD/-1/root Karl/NNP/3/compound Berg/NNP/1/obj and/CC/6/cc"
                    + " Anna/NNP/6/compound Berg/NNP/3/conj ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .mention(2, 4, "PERSON", Mention.Kind.NAME, 1)
            .mention(5, 7, "PERSON", Mention.Kind.NAME, 2)
            .doc();
    EntityDraft draft = run(doc, new SurnamesBeforeFullNames(NAMES));
    assertThat(groups(draft)).hasSize(3);
  }

  @Test
  void aNameTaggedOnceIsTheSameNameWhereTheEngineMissedIt() {
    // Karabakh Armenians fled . Karabakh Armenians left .
    Doc doc =
        HandParsed.text()
            .sentence("Karabakh/NNP/1/compound Armenians/NNPS/2/nsubj fled/VBD/-1/root ././2/punct")
            .sentence("Karabakh/NNP/1/compound Armenians/NNPS/2/nsubj left/VBD/-1/root ././2/punct")
            .mention(4, 6, "NORP", Mention.Kind.NAME, 0)
            .doc();
    EntityDraft draft = run(doc, new NamePropagation(NAMES));
    assertThat(groups(draft)).containsExactly(List.of("Karabakh Armenians", "Karabakh Armenians"));
    assertThat(Drafts.texts(draft)).hasSize(2);
    DraftMention copy = draft.mentions().get(0);
    assertThat(copy.type).isEqualTo("NORP");
    assertThat(copy.head).isEqualTo(1);
  }
}

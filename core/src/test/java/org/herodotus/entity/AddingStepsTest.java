package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.entity.Drafts.mention;
import static org.herodotus.entity.Drafts.run;
import static org.herodotus.entity.Drafts.texts;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;

/**
 * The steps that add mentions: {@link Titles}, {@link RoleDescriptions}, {@link PhotoCredits},
 * {@link PronounMentions}.
 */
class AddingStepsTest {

  @Test
  void aTitleBeforeAPersonsNameJoinsTheMentionWithoutItsDeterminer() {
    // the presidential advisor Hikmet Hajiyev said .
    Doc doc =
        HandParsed.text()
            .sentence(
                "the/DT/4/det presidential/JJ/4/amod advisor/NN/4/compound"
                    + " Hikmet/NNP/4/compound Hajiyev/NNP/5/nsubj said/VBD/-1/root ././5/punct")
            .mention(3, 5, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    EntityDraft draft = run(doc, new MentionHeads(), new Titles(RoleNouns.bundled()));
    assertThat(texts(draft)).containsExactly("presidential advisor Hikmet Hajiyev");
  }

  @Test
  void modifiersWithoutARoleNounAreNoTitle() {
    // young Hikmet Hajiyev said .
    Doc doc =
        HandParsed.text()
            .sentence(
                "young/JJ/2/amod Hikmet/NNP/2/compound Hajiyev/NNP/3/nsubj said/VBD/-1/root"
                    + " ././3/punct")
            .mention(1, 3, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    EntityDraft draft = run(doc, new MentionHeads(), new Titles(RoleNouns.bundled()));
    assertThat(texts(draft)).containsExactly("Hikmet Hajiyev");
  }

  @Test
  void aRoleNounWithItsModifiersIsADescriptionButNotAsModifierOfAnotherNoun() {
    // the Russian peacekeepers left the police station .
    Doc doc =
        HandParsed.text()
            .sentence(
                "the/DT/2/det Russian/JJ/2/amod peacekeepers/NNS/3/nsubj/peacekeeper"
                    + " left/VBD/-1/root the/DT/6/det police/NN/6/compound station/NN/3/obj"
                    + " ././3/punct")
            .doc();
    EntityDraft draft = run(doc, new RoleDescriptions(RoleNouns.bundled()));
    assertThat(texts(draft)).containsExactly("the Russian peacekeepers");
    DraftMention peacekeepers = draft.mentions().get(0);
    assertThat(peacekeepers.kind).isEqualTo(Mention.Kind.NOMINAL);
    assertThat(peacekeepers.head).isEqualTo(2);
  }

  @Test
  void aPhotoCreditIsAnOrganization() {
    // Photo : Reuters
    Doc doc =
        HandParsed.text()
            .sentence("Photo/NN/-1/root :/:/0/punct Reuters/NNP/0/appos")
            .credit(2, 3)
            .doc();
    EntityDraft draft = run(doc, new PhotoCredits());
    DraftMention credit = mention(draft, "Reuters");
    assertThat(credit.type).isEqualTo("ORGANIZATION");
    assertThat(credit.kind).isEqualTo(Mention.Kind.NAME);
    assertThat(credit.head).isEqualTo(-1);
  }

  @Test
  void thirdPersonPronounsNoMentionCoversBecomeMentionsOfTheirOwn() {
    // She said they met him and I agreed .
    Doc doc =
        HandParsed.text()
            .sentence(
                "She/PRP/1/nsubj said/VBD/-1/root they/PRP/3/nsubj met/VBD/1/ccomp"
                    + " him/PRP/3/obj and/CC/7/cc I/PRP/7/nsubj agreed/VBD/1/conj ././1/punct")
            .mention(4, 5, "", Mention.Kind.PRONOUN, 0)
            .doc();
    EntityDraft draft = run(doc, new PronounMentions(new Pronouns(WordLists.bundled())));
    assertThat(texts(draft)).containsExactly("him", "She", "they");
    assertThat(draft.mentions()).extracting(m -> m.group).containsExactly(0, 1, 2);
  }
}

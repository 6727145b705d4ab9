package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.entity.Drafts.mention;
import static org.herodotus.entity.Drafts.run;
import static org.herodotus.entity.Drafts.texts;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;

/**
 * The steps that clean the engine's mentions: {@link TimeOverlaps}, {@link PronounKinds}, {@link
 * SpanTrimming}, {@link NestedNames}, {@link ModifierAdjectives}, {@link NameTypes}, {@link
 * MentionHeads}.
 */
class CleaningStepsTest {

  private static final Names NAMES = new Names(WordLists.bundled());

  @Test
  void aMentionInsideATimeIsPartOfTheTimeUnlessItIsAName() {
    // Lopez left on Thursday .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Lopez/NNP/1/nsubj left/VBD/-1/root on/IN/3/case Thursday/NNP/1/obl ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .mention(3, 4, "", Mention.Kind.NOMINAL, 1)
            .mention(2, 4, "PERSON", Mention.Kind.NAME, 2)
            .time(2, 4)
            .doc();
    assertThat(texts(run(doc, new TimeOverlaps()))).containsExactly("Lopez", "on Thursday");
  }

  @Test
  void aOneTokenMentionTaggedAsPronounIsAPronounWithoutTypeOrName() {
    // he left .
    Doc doc =
        HandParsed.text()
            .sentence("he/PRP/1/nsubj left/VBD/-1/root ././1/punct")
            .mention(0, 1, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    DraftMention he = run(doc, new PronounKinds()).mentions().get(0);
    assertThat(he.kind).isEqualTo(Mention.Kind.PRONOUN);
    assertThat(he.type).isEmpty();
    assertThat(he.name).isNull();
  }

  @Test
  void spansLoseALeadingConjunctionAndATrailingTimeWithItsPreposition() {
    // Troops and Armenia reached the city of Yevlakh on Thursday .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Troops/NNS/3/nsubj and/CC/2/cc Armenia/NNP/0/conj reached/VBD/-1/root"
                    + " the/DT/5/det city/NN/3/obj of/IN/7/case Yevlakh/NNP/5/nmod"
                    + " on/IN/9/case Thursday/NNP/5/nmod ././3/punct")
            .mention(1, 3, "GPE", Mention.Kind.NAME, 0)
            .mention(4, 10, "", Mention.Kind.NOMINAL, 1)
            .time(9, 10)
            .doc();
    EntityDraft draft = run(doc, new SpanTrimming());
    assertThat(texts(draft)).containsExactly("Armenia", "the city of Yevlakh");
    assertThat(doc.slice(draft.mentions().get(0).name)).isEqualTo("Armenia");
  }

  @Test
  void aNameInsideALongerMentionOfTheSameEntityIsFoldedIntoIt() {
    // advisor Hikmet Hajiyev said .
    Doc doc =
        HandParsed.text()
            .sentence(
                "advisor/NN/2/compound Hikmet/NNP/2/compound Hajiyev/NNP/3/nsubj said/VBD/-1/root"
                    + " ././3/punct")
            .mention(0, 3, "", Mention.Kind.NOMINAL, 0)
            .mention(1, 3, "PERSON", Mention.Kind.NAME, 0)
            .mention(1, 3, "PERSON", Mention.Kind.NAME, 0)
            .doc();
    EntityDraft draft = run(doc, new NestedNames());
    assertThat(texts(draft)).containsExactly("advisor Hikmet Hajiyev");
    DraftMention outer = draft.mentions().get(0);
    assertThat(outer.kind).isEqualTo(Mention.Kind.NAME);
    assertThat(outer.type).isEqualTo("PERSON");
    assertThat(doc.slice(outer.name)).isEqualTo("Hikmet Hajiyev");
  }

  @Test
  void ofTwoMentionsOfTheSameSpanTheNameStays() {
    // Baku said .
    Doc doc =
        HandParsed.text()
            .sentence("Baku/NNP/1/nsubj said/VBD/-1/root ././1/punct")
            .mention(0, 1, "", Mention.Kind.NOMINAL, 0)
            .mention(0, 1, "GPE", Mention.Kind.NAME, 1)
            .doc();
    EntityDraft draft = run(doc, new NestedNames());
    assertThat(draft.mentions()).hasSize(1);
    assertThat(draft.mentions().get(0).group).isEqualTo(1);
  }

  @Test
  void aNationalityAdjectiveAloneInItsGroupIsNoEntity() {
    // Russian peacekeepers arrived with Armenians .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Russian/JJ/1/amod peacekeepers/NNS/2/nsubj arrived/VBD/-1/root with/IN/4/case"
                    + " Armenians/NNPS/2/obl ././2/punct")
            .mention(0, 1, "NORP", Mention.Kind.NAME, 0)
            .mention(4, 5, "NORP", Mention.Kind.NAME, 1)
            .doc();
    assertThat(texts(run(doc, new ModifierAdjectives()))).containsExactly("Armenians");
  }

  @Test
  void aCountryNameIsAGpeAndAPluralMiscNameAGroupOfPeople() {
    // Armenia and Karabakh Armenians agreed .
    Doc doc =
        HandParsed.text()
            .sentence(
                "Armenia/NNP/4/nsubj and/CC/3/cc Karabakh/NNP/3/compound Armenians/NNPS/0/conj"
                    + " agreed/VBD/-1/root ././4/punct")
            .mention(0, 1, "LOCATION", Mention.Kind.NAME, 0)
            .mention(2, 4, "MISC", Mention.Kind.NAME, 1)
            .doc();
    EntityDraft draft = run(doc, new NameTypes(Countries.bundled(), NAMES));
    assertThat(mention(draft, "Armenia").type).isEqualTo("GPE");
    assertThat(mention(draft, "Karabakh Armenians").type).isEqualTo("NORP");
  }

  @Test
  void eachMentionGetsItsHeadToken() {
    // the foreign minister said .
    Doc doc =
        HandParsed.text()
            .sentence(
                "the/DT/2/det foreign/JJ/2/amod minister/NN/3/nsubj said/VBD/-1/root ././3/punct")
            .mention(0, 3, "", Mention.Kind.NOMINAL, 0)
            .doc();
    assertThat(run(doc, new MentionHeads()).mentions().get(0).head).isEqualTo(2);
  }
}

package org.herodotus.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.entity.HandParsed;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.WordLists;
import org.herodotus.place.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DescriptionReader}, {@link DescriptionCoding} and {@link ImpliedState}. */
class DescriptionCodingTest {

  private static final ActorLexicon LEXICON = ActorLexicon.bundled();

  private static Description read(HandParsed parsed, int first, int end, String type) {
    Doc doc = parsed.mention(first, end, type, Mention.Kind.NOMINAL, 0).doc();
    ActorArticle article = ActorArticle.of(doc, LEXICON, Gazetteer.bundled());
    return new DescriptionReader(LEXICON, WordLists.bundled())
        .read(article, doc.mentions().get(0), false);
  }

  private static List<Actor> coded(Doc doc, WordLists words) {
    return new ActorCoder(LEXICON, Gazetteer.bundled(), words).apply(doc).actors();
  }

  @Test
  void aNationalityAndARoleNounGiveCountryAndType() {
    Description d =
        read(
            HandParsed.text()
                .sentence(
                    "Russian/JJ/1/amod peacekeepers/NNS/2/nsubj/peacekeeper arrived/VBD/-1/root"
                        + " ././2/punct"),
            0,
            2,
            "GROUP");
    assertThat(d.country).isEqualTo("RUS");
    assertThat(d.headType).isEqualTo("MIL");
    assertThat(d.types()).isEqualTo("MIL");
    assertThat(d.group).isEmpty();
  }

  @Test
  void aNonStateArmedModifierWinsOverTheHeadAndAnyModifierOverGovernment() {
    Description forces =
        read(
            HandParsed.text()
                .sentence(
                    "separatist/JJ/1/amod forces/NNS/2/nsubj/force left/VBD/-1/root ././2/punct"),
            0,
            2,
            "GROUP");
    assertThat(forces.headType).isEqualTo("MIL");
    assertThat(forces.modifierType).isEqualTo("REB");
    assertThat(forces.types()).isEqualTo("REB");
    Description officials =
        read(
            HandParsed.text()
                .sentence(
                    "military/JJ/1/amod officials/NNS/2/nsubj/official said/VBD/-1/root"
                        + " ././2/punct"),
            0,
            2,
            "GROUP");
    assertThat(officials.types()).isEqualTo("MIL");
  }

  @Test
  void aPluralNationalityWithoutARoleIsThatCountrysCivilians() {
    // Armenians fled .
    Doc doc =
        HandParsed.text()
            .sentence("Armenians/NNPS/1/nsubj fled/VBD/-1/root ././1/punct")
            .mention(0, 1, "NORP", Mention.Kind.NAME, 0)
            .doc();
    List<Actor> actors = coded(doc, WordLists.bundled());
    assertThat(actors).extracting(Actor::code).containsExactly("ARMCVL");
    assertThat(actors.get(0).rule()).isEqualTo("people of a nationality, as civilians");
  }

  @Test
  void aRoleWithoutACountryAndNoStateRoleIsCodedByItsType() {
    // separatist forces left .
    Doc doc =
        HandParsed.text()
            .sentence("separatist/JJ/1/amod forces/NNS/2/nsubj/force left/VBD/-1/root ././2/punct")
            .mention(0, 2, "GROUP", Mention.Kind.NOMINAL, 0)
            .doc();
    List<Actor> actors = coded(doc, WordLists.bundled());
    assertThat(actors).extracting(Actor::code).containsExactly("REB");
    assertThat(actors.get(0).rule()).isEqualTo("role without a country");
  }

  /** police arrested dozens . Armenia said . Armenia agreed . */
  private static Doc policeInAnArticleAboutArmenia() {
    return HandParsed.text()
        .sentence("police/NN/1/nsubj arrested/VBD/-1/root dozens/NNS/1/obj ././1/punct")
        .sentence("Armenia/NNP/1/nsubj said/VBD/-1/root ././1/punct")
        .sentence("Armenia/NNP/1/nsubj agreed/VBD/-1/root ././1/punct")
        .mention(0, 1, "GROUP", Mention.Kind.NOMINAL, 0)
        .mention(4, 5, "GPE", Mention.Kind.NAME, 1)
        .mention(7, 8, "GPE", Mention.Kind.NAME, 1)
        .doc();
  }

  @Test
  void aStateRoleWithoutACountryTakesTheArticlesMainState() {
    List<Actor> actors = coded(policeInAnArticleAboutArmenia(), WordLists.bundled());
    assertThat(actors).extracting(Actor::code).containsExactly("ARMCOP", "ARMGOV");
    assertThat(actors.get(0).rule())
        .isEqualTo(
            "state role without a stated country: country of the article's most mentioned state"
                + " (Armenia, 2 of 2 state mentions)");
  }

  @Test
  void aUsersListOfStateTypesDecidesWhichRolesTakeAnImpliedCountry(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/state-types.txt"), "GOV\nMIL\n");
    List<Actor> actors = coded(policeInAnArticleAboutArmenia(), WordLists.withUserDirectory(dir));
    assertThat(actors).extracting(Actor::code).containsExactly("COP", "ARMGOV");
    assertThat(actors.get(0).rule()).isEqualTo("role without a country");
  }

  @Test
  void aStateRoleWithNoStateInTheArticleHasNone() {
    // police arrested dozens .
    Doc doc =
        HandParsed.text()
            .sentence("police/NN/1/nsubj arrested/VBD/-1/root dozens/NNS/1/obj ././1/punct")
            .mention(0, 1, "GROUP", Mention.Kind.NOMINAL, 0)
            .doc();
    List<Actor> actors = coded(doc, WordLists.bundled());
    assertThat(actors).extracting(Actor::code).containsExactly("COP");
    assertThat(actors.get(0).rule()).isEqualTo("state role without a stated country, none implied");
  }

  @Test
  void aRoleForAnOrganisationTheLexiconsDoNotKnowTakesNoCountry() {
    // a spokesman for the State Department said . Armenia agreed .
    Doc doc =
        HandParsed.text()
            .sentence(
                "a/DT/1/det spokesman/NN/6/nsubj for/IN/5/case the/DT/5/det State/NNP/5/compound"
                    + " Department/NNP/1/nmod said/VBD/-1/root ././6/punct")
            .sentence("Armenia/NNP/1/nsubj agreed/VBD/-1/root ././1/punct")
            .mention(0, 2, "PERSON", Mention.Kind.NOMINAL, 0)
            .mention(8, 9, "GPE", Mention.Kind.NAME, 1)
            .doc();
    List<Actor> actors = coded(doc, WordLists.bundled());
    assertThat(actors).extracting(Actor::code).containsExactly("GOV", "ARMGOV");
    assertThat(actors.get(0).rule())
        .isEqualTo("role for an organisation the lexicons do not know, so no country");
  }
}

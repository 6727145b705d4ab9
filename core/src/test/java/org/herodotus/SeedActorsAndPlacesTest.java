package org.herodotus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's actors (shared/seed/EXPECTED.md §2) and places (§3) on the full pipeline's
 * output.
 */
class SeedActorsAndPlacesTest {

  private static Doc doc;

  @BeforeAll
  static void analyze() {
    doc = AnalyzedSeed.doc();
  }

  // ---- §2 actors ----

  @Test
  void azerbaijanIsTheGovernmentWhereItActsAndTheCountryElsewhere() {
    Entity azerbaijan = entityNamed("Azerbaijan");
    assertThat(codesOf(azerbaijan)).isSubsetOf("AZEGOV", "AZE").contains("AZEGOV");
    // "Azerbaijan said Wednesday", the headline's "Azerbaijan says"
    assertThat(codeAt("Azerbaijan said Wednesday", "Azerbaijan")).contains("AZEGOV");
    assertThat(codeAt("Azerbaijan says aims", "Azerbaijan")).contains("AZEGOV");
    assertThat(codeAt("Hajiyev said Azerbaijan would provide", "Azerbaijan")).contains("AZEGOV");
    assertThat(codeAt("it supported normalising", "it")).contains("AZEGOV");
  }

  @Test
  void bakuIsTheGovernmentOfAzerbaijanWhereItActs() {
    assertThat(codeAt("Baku earlier announced", "Baku")).contains("AZEGOV");
    assertThat(codeAt("He said Baku was", "Baku")).contains("AZEGOV");
    assertThat(codeAt("all of Baku's actions", "Baku")).contains("AZEGOV");
    assertThat(codeAt("which Baku seemed", "Baku")).contains("AZEGOV");
    Actor baku = actorsOf(entityNamed("Baku")).get(0);
    assertThat(baku.rule()).contains("capital as seat of government");
  }

  @Test
  void yerevanInTheStandfirstIsTheGovernmentOfArmenia() {
    assertThat(codeAt("mend ties with Yerevan", "Yerevan")).contains("ARMGOV");
  }

  @Test
  void armeniaAndRussia() {
    assertThat(codesOf(entityNamed("Armenia"))).isNotEmpty().isSubsetOf("ARM", "ARMGOV");
    assertThat(codesOf(entityNamed("Russia"))).isNotEmpty().isSubsetOf("RUS", "RUSGOV");
  }

  @Test
  void descriptionsOfGroups() {
    assertThat(codesOf(entityNamed("Russian peacekeepers"))).containsExactly("RUSMIL");
    assertThat(codesOf(entityNamed("ethnic Armenian separatists"))).containsExactly("ARMREB");
    assertThat(codesOf(entityNamed("Karabakh Armenians"))).containsAnyOf("ARM", "ARMCVL");
    assertThat(codesOf(entityNamed("Karabakh Armenians"))).hasSize(1);
  }

  @Test
  void theUnSecurityCouncilIsTheUnitedNations() {
    Actor un = actorsOf(entityNamed("UN Security Council")).get(0);
    assertThat(un.code()).isEqualTo("IGOUNO");
    assertThat(un.types()).containsExactly("IGO");
    assertThat(un.knownGroup()).contains("UNO");
  }

  @Test
  void hajiyevIsTheAzerbaijaniGovernmentWithTheRuleSayingWhy() {
    Entity hajiyev = entityNamed("Hikmet Hajiyev");
    List<Actor> actors = actorsOf(hajiyev);
    assertThat(actors).extracting(Actor::code).containsExactly("AZEGOV");
    assertThat(actors.get(0).mentions()).containsExactlyElementsOf(hajiyev.mentions());
    assertThat(actors.get(0).rule()).contains("most mentioned state").contains("Azerbaijan");
    assertThat(doc.slice(actors.get(0).evidence())).contains("advisor");
  }

  @Test
  void theAzerbaijaniSideIsTheGovernmentOfAzerbaijan() {
    assertThat(codeAt("by the Azerbaijani side", "the Azerbaijani side")).contains("AZEGOV");
  }

  @Test
  void gettyIsNoActor() {
    assertThat(codesOf(entityNamed("Getty"))).isEmpty();
  }

  @Test
  void everyActorIsWellFormed() {
    for (Actor actor : doc.actors()) {
      assertThat(actor.code()).matches("([A-Z]{3}|[a-z]{3})+");
      assertThat(actor.code())
          .isEqualTo(
              actor.country() + String.join("", actor.types()) + actor.knownGroup().orElse(""));
      assertThat(doc.entities().get(actor.entity()).mentions()).containsAll(actor.mentions());
      assertThat(actor.evidence().end()).isLessThanOrEqualTo(doc.text().length());
    }
  }

  // ---- §3 places ----

  @Test
  void karabakhIsTheRegionInAzerbaijan() {
    for (String name : List.of("Nagorno-Karabakh", "Karabakh")) {
      List<Place> places = placesNamed(name);
      assertThat(places).as(name).isNotEmpty();
      for (Place p : places) {
        assertThat(p.country()).isEqualTo("AZ");
        assertThat(p.lat()).isCloseTo(39.8, org.assertj.core.data.Offset.offset(0.3));
        assertThat(p.lon()).isCloseTo(46.75, org.assertj.core.data.Offset.offset(0.3));
        assertThat(p.metonym()).isFalse();
      }
    }
  }

  @Test
  void yevlakhIsTheCityInAzerbaijan() {
    Place p = placesNamed("Yevlakh").get(0);
    assertThat(p.country()).isEqualTo("AZ");
    assertThat(p.featureClass()).isEqualTo("P");
    assertThat(p.lat()).isCloseTo(40.62, org.assertj.core.data.Offset.offset(0.1));
    assertThat(p.lon()).isCloseTo(47.15, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void bakuAndYerevanAreCapitalsMarkedAsMetonymsWhereTheyAct() {
    List<Place> baku = placesNamed("Baku");
    assertThat(baku).isNotEmpty();
    for (Place p : baku) {
      assertThat(p.country()).isEqualTo("AZ");
      assertThat(p.featureCode()).isEqualTo("PPLC");
      assertThat(p.lat()).isCloseTo(40.38, org.assertj.core.data.Offset.offset(0.1));
      assertThat(p.lon()).isCloseTo(49.89, org.assertj.core.data.Offset.offset(0.1));
      assertThat(p.metonym()).as(p.text() + " at " + p.span()).isTrue();
    }
    Place yerevan = placesNamed("Yerevan").get(0);
    assertThat(yerevan.country()).isEqualTo("AM");
    assertThat(yerevan.lat()).isCloseTo(40.18, org.assertj.core.data.Offset.offset(0.1));
    assertThat(yerevan.lon()).isCloseTo(44.51, org.assertj.core.data.Offset.offset(0.1));
    assertThat(yerevan.metonym()).isTrue();
  }

  @Test
  void countries() {
    assertThat(countriesOf("Azerbaijan")).containsExactly("country:AZ");
    assertThat(countriesOf("Armenia")).containsExactly("country:AM");
    assertThat(countriesOf("Russia")).containsExactly("country:RU");
  }

  @Test
  void theFocusIsNagornoKarabakh() {
    Set<String> focus =
        doc.places().stream().filter(Place::focus).map(Place::id).collect(Collectors.toSet());
    assertThat(focus).containsExactly("region:nagorno-karabakh");
  }

  @Test
  void placesSliceTheTextTheyClaim() {
    for (Place p : doc.places()) {
      assertThat(doc.slice(p.span())).isEqualTo(p.text());
      if (p.adjective()) {
        assertThat(p.mention()).isEqualTo(-1);
      } else {
        assertThat(doc.mentions().get(p.mention()).span()).isEqualTo(p.span());
      }
      assertThat(p.reason()).isNotBlank();
    }
  }

  @Test
  void nationalityAdjectivesAreAdjectivalToponymsNeverTheFocus() {
    List<Place> russian = placesNamed("Russian");
    assertThat(russian).hasSize(1);
    assertThat(russian.get(0).kind()).isEqualTo(Place.ADJECTIVE);
    assertThat(russian.get(0).id()).isEqualTo("country:RU");
    assertThat(countriesOf("Azerbaijani")).containsExactly("country:AZ");
    assertThat(doc.places()).filteredOn(Place::adjective).noneMatch(Place::focus);
    assertThat(doc.places()).filteredOn(Place::adjective).noneMatch(Place::metonym);
  }

  // ---- helpers ----

  private static Entity entityNamed(String name) {
    Optional<Entity> found = doc.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    assertThat(found)
        .as("entity named %s among %s", name, doc.entities().stream().map(Entity::name).toList())
        .isPresent();
    return found.get();
  }

  private static List<Actor> actorsOf(Entity entity) {
    return doc.actors().stream().filter(a -> a.entity() == entity.id()).toList();
  }

  private static List<String> codesOf(Entity entity) {
    return actorsOf(entity).stream().map(Actor::code).toList();
  }

  /** The code of the mention {@code text} inside the first occurrence of {@code context}. */
  private static Optional<String> codeAt(String context, String text) {
    int at = doc.text().indexOf(context);
    assertThat(at).as("context '%s'", context).isNotNegative();
    int start = at + context.indexOf(text);
    int end = start + text.length();
    int mention = -1;
    for (int i = 0; i < doc.mentions().size(); i++) {
      Mention m = doc.mentions().get(i);
      if (m.span().start() == start && m.span().end() == end) {
        mention = i;
      }
    }
    assertThat(mention).as("mention '%s' in '%s'", text, context).isNotNegative();
    int found = mention;
    return doc.actors().stream()
        .filter(a -> a.mentions().contains(found))
        .map(Actor::code)
        .findFirst();
  }

  private static List<Place> placesNamed(String text) {
    return doc.places().stream().filter(p -> p.text().equals(text)).toList();
  }

  private static List<String> countriesOf(String text) {
    return placesNamed(text).stream().map(Place::id).distinct().toList();
  }
}

package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventPlace;
import org.herodotus.write.GdeltEvents;
import org.herodotus.write.PloverJson;
import org.junit.jupiter.api.Test;

/** Event places from the place layer ({@link EventPlaces}), on sentences of our own. */
class EventPlacesTest {

  private static Doc analyze(String text) {
    return Herodotus.pipeline().analyze("event-places", text);
  }

  private static Event find(Doc doc, String root) {
    return doc.events().stream()
        .filter(e -> e.rootCode().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " in\n" + EventPrinter.all(doc)));
  }

  @Test
  void aPlaceTheTriggerGovernsIsWhereItHappened() {
    Doc doc = analyze("Azerbaijani troops shelled positions near Stepanakert on Tuesday.");
    Event shelling = find(doc, "19");
    assertThat(shelling.location()).isPresent();
    EventPlace p = shelling.location().get();
    assertThat(p.text()).isEqualTo("Stepanakert");
    assertThat(p.country()).isEqualTo("AZ");
    assertThat(p.from()).isEqualTo("trigger");
    assertThat(p.rule()).contains("near", "shelled");
    assertThat(shelling.place()).contains(p.name());
    assertThat(doc.slice(p.span())).isEqualTo("Stepanakert");
    assertThat(doc.places().get(p.place()).span()).isEqualTo(p.span());
  }

  @Test
  void aCapitalThatActsIsNotAPlace() {
    Doc doc = analyze("Baku announced a ceasefire.");
    assertThat(doc.events()).isNotEmpty();
    assertThat(doc.places()).allMatch(p -> p.metonym());
    assertThat(doc.events()).allMatch(e -> e.location().isEmpty() && e.place().isEmpty());
    // but a capital where something happens is
    Doc talks = analyze("Armenia and Azerbaijan held talks in Baku on Monday.");
    Event held = find(talks, "04");
    assertThat(held.location().map(EventPlace::text)).contains("Baku");
    assertThat(held.location().map(EventPlace::from)).contains("trigger");
  }

  @Test
  void aDestinationIsWhereTroopsWereDeployed() {
    Doc doc = analyze("Russia deployed peacekeepers to Nagorno-Karabakh in 2020.");
    Event deployed = find(doc, "07");
    assertThat(deployed.location().map(EventPlace::id)).contains("region:nagorno-karabakh");
  }

  @Test
  void aStatementIsNotLocatedByWhatItIsAbout() {
    Doc doc = analyze("Armenia said Azerbaijani forces had attacked villages in Karabakh.");
    Event said = find(doc, "01");
    assertThat(said.location()).isEmpty();
    Event attack = find(doc, "18");
    assertThat(attack.location().map(EventPlace::text)).contains("Karabakh");
  }

  @Test
  void anEventInASentenceWithoutPlaceIsAtTheArticlesFocusMarkedAsSuch() {
    Doc doc =
        analyze(
            "Thousands of protesters gathered in Yerevan on Monday. Armenian police arrested"
                + " dozens of protesters.");
    Event arrest =
        doc.events().stream()
            .filter(e -> e.evidence().trigger().start() > doc.text().indexOf("arrested") - 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError(EventPrinter.all(doc)));
    assertThat(arrest.location().map(EventPlace::text)).contains("Yerevan");
    assertThat(arrest.location().map(EventPlace::from)).contains("focus");
  }

  @Test
  void gdeltAndPloverCarryThePlace() {
    Doc doc = analyze("Azerbaijani troops shelled positions near Stepanakert on Tuesday.");
    int i = doc.events().indexOf(find(doc, "19"));
    String[] f = GdeltEvents.eventRows(doc).get(i).split("\t", -1);
    int action = GdeltEvents.EVENT_COLUMNS.indexOf("ActionGeo_Type");
    assertThat(f[action]).isEqualTo("4");
    assertThat(f[action + 1]).startsWith("Xankandi, ").endsWith(", Azerbaijan");
    assertThat(f[action + 2]).isEqualTo("AJ");
    assertThat(f[action + 3]).matches("AJ[0-9A-Z]{2}");
    assertThat(f[action + 5]).isEqualTo("39.8177");
    assertThat(f[action + 6]).isEqualTo("46.7528");
    assertThat(f[action + 7]).isEqualTo("146970");
    String plover = PloverJson.lines(doc).get(0);
    assertThat(plover).contains("\"location\":{\"text\":\"Stepanakert\"", "\"geonameId\":146970");
  }

  @Test
  void gdeltActorGeographyIsTheCapitalThatActs() {
    Doc doc = analyze("Baku accused Yerevan of shelling.");
    List<String> rows = GdeltEvents.eventRows(doc);
    assertThat(rows).as(EventPrinter.all(doc)).isNotEmpty();
    String[] f = rows.get(0).split("\t", -1);
    int actor1 = GdeltEvents.EVENT_COLUMNS.indexOf("Actor1Geo_Type");
    int actor2 = GdeltEvents.EVENT_COLUMNS.indexOf("Actor2Geo_Type");
    int action = GdeltEvents.EVENT_COLUMNS.indexOf("ActionGeo_Type");
    assertThat(f[actor1]).isEqualTo("4");
    assertThat(f[actor1 + 1]).startsWith("Baku");
    assertThat(f[actor1 + 2]).isEqualTo("AJ");
    assertThat(f[actor1 + 3]).isEqualTo("AJ09");
    assertThat(f[actor1 + 7]).isEqualTo("587084");
    assertThat(f[actor2 + 2]).isEqualTo("AM");
    // an accusation made in Baku about Yerevan happened nowhere the text says
    assertThat(f[action]).isEqualTo("0");
    assertThat(f[action + 1]).isEmpty();
  }
}

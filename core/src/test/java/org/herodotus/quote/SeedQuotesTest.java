package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.AnalyzedSeed;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EXPECTED §5 on the seed article: every quote, its kind, cue and speaker. */
class SeedQuotesTest {

  private static Doc doc;

  @BeforeAll
  static void analyze() {
    doc = AnalyzedSeed.doc();
    for (Quote q : doc.quotes()) {
      System.out.println(
          q.kind()
              + "\t"
              + doc.slice(q.span()).replace('\n', ' ')
              + "\t"
              + q.cue().map(doc::slice).orElse("-")
              + "\t"
              + q.speaker()
                  .map(
                      s ->
                          s.name()
                              + " via '"
                              + doc.slice(s.mention())
                              + "' "
                              + s.role()
                              + " "
                              + s.affiliation())
                  .orElse("null: " + q.unattributedReason().orElse("?"))
              + "\t"
              + q.rule()
              + "\t"
              + q.echoOf());
    }
  }

  private static Quote marked(String inner) {
    List<Quote> found =
        doc.quotes().stream()
            .filter(q -> q.kind() != Quote.Kind.INDIRECT && doc.slice(q.content()).equals(inner))
            .toList();
    assertThat(found).as("quote '%s'", inner).hasSize(1);
    return found.get(0);
  }

  private static Quote indirect(String contentStart) {
    List<Quote> found =
        doc.quotes().stream()
            .filter(
                q ->
                    q.kind() == Quote.Kind.INDIRECT
                        && doc.slice(q.content()).contains(contentStart))
            .toList();
    assertThat(found).as("indirect quote with '%s'", contentStart).isNotEmpty();
    return found.get(0);
  }

  private static void assertQuote(
      String inner, Quote.Kind kind, String speaker, Optional<String> cue) {
    Quote q = marked(inner);
    assertThat(q.kind()).as("kind of '%s'", inner).isEqualTo(kind);
    assertThat(q.speaker().map(Speaker::name)).as("speaker of '%s'", inner).contains(speaker);
    if (cue.isPresent()) {
      assertThat(q.cue().map(doc::slice)).as("cue of '%s'", inner).isEqualTo(cue);
    }
  }

  @Test
  void directAndPartialQuotes() {
    String hajiyev = "Hikmet Hajiyev";
    assertQuote("peaceful reintegration", Quote.Kind.PARTIAL, "Azerbaijan", Optional.of("says"));
    assertQuote("reintegrate", Quote.Kind.PARTIAL, "Azerbaijan", Optional.of("said"));
    assertQuote(
        "Azerbaijan's agenda is about peaceful reintegration of Karabakh Armenians, and Azerbaijan"
            + " also supports the normalisation process between Armenia and Azerbaijan,",
        Quote.Kind.DIRECT,
        hajiyev,
        Optional.of("said"));
    assertQuote("ready", Quote.Kind.PARTIAL, hajiyev, Optional.of("said"));
    assertQuote("smooth reintegration.", Quote.Kind.PARTIAL, hajiyev, Optional.of("adding"));
    assertQuote("safe passage", Quote.Kind.PARTIAL, hajiyev, Optional.of("said"));
    assertQuote(
        "Safe passage to appropriate assembly points will also be provided by the Azerbaijani"
            + " side,",
        Quote.Kind.DIRECT,
        hajiyev,
        Optional.of("said"));
    assertQuote(
        "misinformation",
        Quote.Kind.PARTIAL,
        hajiyev,
        Optional.of("slammed criticism of the offensive as"));
    assertQuote(
        "There is no need for such a meeting,", Quote.Kind.DIRECT, hajiyev, Optional.of("said"));
    assertQuote("detrimental", Quote.Kind.PARTIAL, hajiyev, Optional.of("adding"));
  }

  @Test
  void theNarratorsAssemblyPointsEchoHajiyev() {
    Quote echo = marked("assembly points");
    assertThat(echo.kind()).isEqualTo(Quote.Kind.ECHO);
    assertThat(echo.speaker().map(Speaker::name)).contains("Hikmet Hajiyev");
    Quote original = doc.quotes().get(echo.echoOf().orElseThrow());
    assertThat(doc.slice(original.content())).startsWith("Safe passage to appropriate");
  }

  @Test
  void nothingIsGivenToGetty() {
    assertThat(doc.quotes())
        .allSatisfy(
            q -> assertThat(q.speaker().map(Speaker::name)).isNotEqualTo(Optional.of("Getty")));
  }

  @Test
  void hajiyevsRoleAndAffiliation() {
    Speaker s = marked("There is no need for such a meeting,").speaker().orElseThrow();
    assertThat(doc.slice(s.mention())).isEqualTo("he");
    assertThat(s.role()).contains("presidential foreign policy advisor");
    assertThat(s.affiliation()).contains("Azerbaijan");
  }

  @Test
  void reportedSpeech() {
    assertThat(indirect("it wants to reintegrate").speaker().map(Speaker::name))
        .contains("Azerbaijan");
    assertThat(indirect("it aimed to peacefully").speaker().map(Speaker::name))
        .contains("Azerbaijan");
    assertThat(indirect("that it supported normalising").speaker().map(Speaker::name))
        .contains("Azerbaijan");
    assertThat(indirect("an end to its one-day offensive").speaker().map(Speaker::name))
        .contains("Baku");
    assertThat(indirect("Baku was \"ready\" for talks").speaker().map(Speaker::name))
        .contains("Hikmet Hajiyev");
    assertThat(indirect("Azerbaijan would provide").speaker().map(Speaker::name))
        .contains("Hikmet Hajiyev");
    Quote official = indirect("all of Baku's actions were coordinated");
    assertThat(official.speaker().map(Speaker::name)).contains("Hikmet Hajiyev");
    assertThat(doc.slice(official.speaker().orElseThrow().mention())).isEqualTo("The official");
    assertThat(
            indirect("there was no need for the UN Security Council").speaker().map(Speaker::name))
        .contains("Hikmet Hajiyev");
  }

  @Test
  void spansSliceTheText() {
    for (Quote q : doc.quotes()) {
      assertThat(q.span().contains(q.content())).as("%s", q).isTrue();
      assertThat(q.span().end()).isLessThanOrEqualTo(doc.text().length());
    }
  }

  @Test
  void statementsAreAssembledFromTheQuotes() {
    List<org.herodotus.doc.Attribution> statements = doc.attributions();
    assertThat(statements).isNotEmpty();
    for (org.herodotus.doc.Attribution a : statements) {
      assertThat(a.quotes()).isNotEmpty();
      for (int q : a.quotes()) {
        assertThat(doc.quotes().get(q).kind()).isNotEqualTo(Quote.Kind.ECHO);
      }
    }
    // The direct quote of body 3 is a statement of its own, with its marks and Hajiyev as speaker.
    Quote agenda =
        marked(
            "Azerbaijan's agenda is about peaceful reintegration of Karabakh Armenians, and Azerbaijan"
                + " also supports the normalisation process between Armenia and Azerbaijan,");
    org.herodotus.doc.Attribution statement =
        statements.stream()
            .filter(a -> a.quotes().contains(doc.quotes().indexOf(agenda)))
            .findFirst()
            .orElseThrow();
    assertThat(statement.direct()).isTrue();
    assertThat(statement.content()).isEqualTo(agenda.span());
    assertThat(statement.speaker().map(Speaker::name)).contains("Hikmet Hajiyev");
    // "ready" sits in the reported clause "Baku was “ready” for talks ...": no statement of its
    // own.
    Quote ready = marked("ready");
    assertThat(statements).noneMatch(a -> a.quotes().equals(List.of(doc.quotes().indexOf(ready))));
  }
}

package org.herodotus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding example end to end: what a careful analyst takes from the seed article
 * (shared/seed/EXPECTED.md §1, §2 and §4), asserted field by field on the full pipeline's output.
 */
class SeedGoldenTest {

  private static Doc doc;

  @BeforeAll
  static void analyze() {
    doc = AnalyzedSeed.doc();
  }

  // ---- §1 structure and metadata ----

  @Test
  void metadata() {
    var m = doc.metadata();
    assertThat(m.headline())
        .contains("Azerbaijan says aims for 'peaceful reintegration' of Karabakh Armenians");
    assertThat(m.standfirst())
        .contains(
            "Azerbaijan has said it wants to reintegrate ethnic Armenians in Nagorno-Karabakh and"
                + " mend ties with Yerevan, following the latest ceasefire deal which Baku seemed to"
                + " come out of victorious.");
    assertThat(m.readingMinutes()).contains(1);
    assertThat(m.published()).contains("2023-09-20");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.captions()).hasSize(1);
    assertThat(m.captions().get(0).text())
        .isEqualTo(
            "The offensive was seen as a major victory for Azerbaijan, which won a 2020 war with"
                + " Armenia and has since sought to repopulate Karabakh");
    assertThat(m.captions().get(0).credit()).contains("Getty");
  }

  @Test
  void thirteenBodyParagraphsTheFifthMarkedAsTheCaptionAgain() {
    List<Paragraph> paragraphs = doc.paragraphs();
    int firstBody = indexOfFirst(paragraphs, Paragraph.Kind.BODY);
    List<Paragraph> body = paragraphs.subList(firstBody, paragraphs.size());
    assertThat(body).hasSize(13);
    assertThat(doc.slice(body.get(0).span())).startsWith("Azerbaijan said Wednesday");
    assertThat(doc.slice(body.get(12).span())).endsWith("between the two sides.");
    Paragraph fifth = body.get(4);
    assertThat(fifth.kind()).isEqualTo(Paragraph.Kind.CAPTION);
    assertThat(fifth.duplicateOf()).isPresent();
    assertThat(paragraphs.get(fifth.duplicateOf().get()).kind()).isEqualTo(Paragraph.Kind.CAPTION);
    assertThat(body)
        .filteredOn(p -> p != fifth)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Paragraph.Kind.BODY));
    assertThat(paragraphs).noneMatch(p -> doc.slice(p.span()).isBlank());
  }

  @Test
  void sentencesNeverRunAcrossParagraphs() {
    // headline, standfirst, caption, 13 body paragraphs of one sentence each
    assertThat(doc.sentences()).hasSize(16);
    for (var s : doc.sentences()) {
      int p = doc.paragraphAt(s.span().start());
      assertThat(p).isNotNegative();
      assertThat(doc.paragraphs().get(p).span().contains(s.span())).isTrue();
    }
    assertThat(doc.sentences())
        .noneMatch(
            s ->
                doc.slice(s.span()).contains("min read")
                    || doc.slice(s.span()).contains("[Getty]"));
  }

  // ---- §2 entities ----

  @Test
  void hajiyevChainHoldsAllEightMentions() {
    Entity hajiyev = entityNamed("Hikmet Hajiyev");
    assertThat(hajiyev.type()).isEqualTo("PERSON");
    assertThat(mentionTexts(hajiyev))
        .containsExactly(
            "presidential foreign policy advisor Hikmet Hajiyev",
            "He",
            "Hajiyev",
            "he",
            "He",
            "The official",
            "Hajiyev",
            "he");
    // body paragraphs 3, 4, 7, 8, 9, 10, 12, 13 (counting from 0 in the body)
    List<Integer> paragraphsOfMentions =
        hajiyev.mentions().stream()
            .map(i -> bodyIndex(doc.mentions().get(i).span().start()))
            .toList();
    assertThat(paragraphsOfMentions).containsExactly(2, 3, 6, 7, 8, 9, 11, 12);
  }

  @Test
  void countriesAreGpes() {
    assertThat(entityNamed("Azerbaijan").type()).isEqualTo("GPE");
    assertThat(entityNamed("Armenia").type()).isEqualTo("GPE");
    assertThat(entityNamed("Russia").type()).isEqualTo("GPE");
    assertThat(mentionTexts(entityNamed("Azerbaijan")))
        .filteredOn("Azerbaijan"::equals)
        .hasSizeGreaterThanOrEqualTo(10);
    // "Azerbaijan has said it wants", "Azerbaijan said Wednesday it aimed ... and that it
    // supported": each "it" is Azerbaijan
    assertThat(mentionTexts(entityNamed("Azerbaijan"))).filteredOn("it"::equals).hasSize(3);
    // "Baku earlier announced an end to its one-day offensive": Baku's (the government's)
    assertThat(mentionTexts(entityNamed("Baku"))).contains("its");
  }

  @Test
  void separatistsAreOneGroupWithTheirDescriptionsAndRelativePronoun() {
    Entity separatists = entityNamed("ethnic Armenian separatists");
    assertThat(mentionTexts(separatists))
        .contains(
            "ethnic Armenian separatists",
            "who",
            "the separatists",
            "separatist forces",
            "the fighters");
  }

  @Test
  void peacekeepersAndArmeniansAndTheCouncil() {
    assertThat(mentionTexts(entityNamed("Russian peacekeepers")))
        .containsExactly("Russian peacekeepers", "peacekeepers");
    Entity armenians = entityNamed("Karabakh Armenians");
    assertThat(mentionTexts(armenians)).contains("Karabakh Armenians", "Armenians");
    assertThat(armenians.mentions()).hasSizeGreaterThanOrEqualTo(4);
    Entity council = entityNamed("UN Security Council");
    assertThat(council.type()).isEqualTo("ORGANIZATION");
  }

  @Test
  void gettyIsThePhotoCreditOrganizationNotAPerson() {
    Entity getty = entityNamed("Getty");
    assertThat(getty.type()).isEqualTo("ORGANIZATION");
    assertThat(doc.entities())
        .noneMatch(e -> e.type().equals("PERSON") && e.name().equals("Getty"));
  }

  @Test
  void nationalityAdjectivesAreNotEntities() {
    assertThat(doc.entities())
        .extracting(Entity::name)
        .doesNotContain("Russian", "Armenian", "Azerbaijani");
  }

  // ---- §4 time ----

  @Test
  void timesNormalizedAgainstThePublicationDate() {
    assertThat(time("20 September, 2023").value()).isEqualTo("2023-09-20");
    assertThat(time("Wednesday").value()).isEqualTo("2023-09-20");
    assertThat(time("Thursday").value()).isEqualTo("2023-09-21");
    assertThat(time("one-day").type()).isEqualTo("DURATION");
    assertThat(time("one-day").value()).isEqualTo("P1D");
    assertThat(doc.times())
        .filteredOn(t -> t.text().equals("2020"))
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.value()).isEqualTo("2020"));
    assertThat(doc.times()).allSatisfy(t -> assertThat(t.anchored()).isTrue());
    // "1 min read" is page furniture, not a time in the story
    assertThat(doc.times()).noneMatch(t -> t.text().contains("min"));
  }

  // ---- helpers ----

  private static Entity entityNamed(String name) {
    Optional<Entity> found = doc.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    assertThat(found).as("entity named %s among %s", name, names()).isPresent();
    return found.get();
  }

  private static List<String> names() {
    return doc.entities().stream().map(Entity::name).toList();
  }

  private static List<String> mentionTexts(Entity entity) {
    return entity.mentions().stream().map(i -> doc.mentions().get(i)).map(Mention::text).toList();
  }

  private static TimeExpression time(String text) {
    return doc.times().stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no time expression '" + text + "' in " + doc.times()));
  }

  private static int indexOfFirst(List<Paragraph> paragraphs, Paragraph.Kind kind) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static int bodyIndex(int offset) {
    int firstBody = indexOfFirst(doc.paragraphs(), Paragraph.Kind.BODY);
    return doc.paragraphAt(offset) - firstBody;
  }
}

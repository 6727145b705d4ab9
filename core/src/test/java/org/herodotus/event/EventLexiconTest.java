package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook, the PLOVER mapping and the event lexicon, without the language models. */
class EventLexiconTest {

  @Test
  void codebookHasEveryGdeltCodeWithQuadClassAndGoldstein() {
    CameoCodebook book = CameoCodebook.bundled();
    assertThat(book.codes()).hasSize(311);
    CameoCodebook.Code c = book.get("0874").orElseThrow();
    assertThat(c.base()).isEqualTo("087");
    assertThat(c.root()).isEqualTo("08");
    assertThat(c.quadClass()).isEqualTo(2);
    assertThat(c.goldstein()).isEqualTo(10.0);
    assertThat(book.get("057").orElseThrow().goldstein()).isEqualTo(8.0);
    assertThat(book.get("1823").orElseThrow().goldstein()).isEqualTo(-10.0);
    assertThat(book.get("1213").orElseThrow().code()).isEqualTo("121");
  }

  @Test
  void ploverMappingFallsBackToTheParentCode() {
    PloverMapping plover = PloverMapping.bundled();
    assertThat(plover.of("1823").orElseThrow().event()).isEqualTo("ASSAULT");
    assertThat(plover.of("036").orElseThrow().event()).isEqualTo("AGREE");
    assertThat(plover.of("010")).isEmpty();
  }

  @Test
  void lexiconCoversEveryRootAndBaseCode() {
    EventLexicon lexicon = EventLexicon.bundled();
    assertThat(lexicon.size()).isGreaterThanOrEqualTo(2000);
    Set<String> codes =
        lexicon.patterns().stream().map(EventPattern::code).collect(Collectors.toSet());
    Set<String> roots = codes.stream().map(c -> c.substring(0, 2)).collect(Collectors.toSet());
    assertThat(roots).hasSize(20);
    Set<String> bases =
        codes.stream().map(c -> c.length() > 3 ? c.substring(0, 3) : c).collect(Collectors.toSet());
    long gdeltBases = CameoCodebook.bundled().codes().stream().filter(c -> c.level() == 2).count();
    assertThat(bases.stream().filter(b -> b.length() == 3))
        .hasSizeGreaterThanOrEqualTo((int) (gdeltBases * 0.9));
    for (EventPattern p : lexicon.patterns()) {
      assertThat(CameoCodebook.bundled().get(p.code())).as(p.source()).isPresent();
    }
  }

  @Test
  void patternsParseAndPrintBack() {
    EventPattern p = EventPattern.parse("0873", "V lay ~down +arm|weapon", "test:1");
    assertThat(p.particle()).contains("down");
    assertThat(p.objects()).containsExactlyInAnyOrder("arm", "weapon");
    assertThat(p.text()).isEqualTo("V lay ~down +arm|weapon");
    assertThat(EventPattern.parse("087", "N end @to:offensive|war", "t").prepositionNouns())
        .contains("offensive");
    assertThatThrownBy(() -> EventPattern.parse("0873", "lay down", "test:2"))
        .hasMessageContaining("test:2");
  }

  @Test
  void userFilesAddReplaceAndRemovePatterns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# mine\n0874\tV lay ~down +arm\n0311\tV frobnicate\n-\tV say\n");
    EventLexicon lexicon = EventLexicon.bundled().withFile(file);
    assertThat(lexicon.verb("lay").stream().filter(p -> p.text().equals("V lay ~down +arm")))
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("0874"));
    assertThat(lexicon.verb("frobnicate"))
        .singleElement()
        .extracting(EventPattern::source)
        .isEqualTo("mine.tsv:3");
    assertThat(lexicon.verb("say")).noneMatch(p -> p.text().equals("V say"));
    assertThat(EventLexicon.bundled().verb("say")).anyMatch(p -> p.text().equals("V say"));
  }

  @Test
  void petrarchVerbDictionariesLoad(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verbs.txt");
    Files.writeString(
        file,
        "--- RESTORE  [064]  ---\nRESTORE\n- * DIPLOMATIC TIES [051]\n- * TO POWER [0831]\n"
            + "--- ACCORD  [---] ---\nACCORD\n- IN *  [072]\n");
    EventLexicon lexicon = EventLexicon.empty().withPetrarchVerbs(file);
    assertThat(lexicon.verb("restore"))
        .extracting(EventPattern::text)
        .contains("V restore", "V restore +tie", "V restore @to:power");
    assertThat(lexicon.verb("accord")).isEmpty();
  }

  @Test
  void petrarchPrepositionsAndParticlesAreWordListsAUserCanReplace(@TempDir Path dir)
      throws Exception {
    String verbs = "--- GIVE  [070] ---\nGIVE\n- * UP [0871]\n- * IN TO DEMANDS [0874]\n";
    Files.writeString(dir.resolve("test.verbs"), verbs);
    assertThat(EventLexicon.empty().withUserDirectory(dir).verb("give"))
        .extracting(EventPattern::text)
        .containsExactly("V give", "V give ~up", "V give @in:demand");
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/petrarch-particles.txt"), "down\n");
    Files.writeString(dir.resolve("words/petrarch-prepositions.txt"), "to\n");
    assertThat(EventLexicon.empty().withUserDirectory(dir).verb("give"))
        .extracting(EventPattern::text)
        .containsExactly("V give", "V give +up", "V give +demand");
  }

  @Test
  void petrarchPatternsAreReadInFull(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verbs.txt");
    Files.writeString(
        file,
        "&TIES\n+MILITARY\n+ECONOMIC\n+TRADE_AND_AID\n\n"
            + "--- CLASH  [223] ---\nCLASH { CLASHED }\n"
            + "- UNEXPECTEDLY * OVER_EFFORTS  [906]  # comment\n"
            + "- + WAS_ * TO_ ^ FROM $  [174K]\n"
            + "- * &TIES RELATIONS [904]\n"
            + "- % * [030:030]\n");
    EventLexicon lexicon = EventLexicon.empty().withPetrarchVerbs(file);
    List<PetrarchVerbPattern> clash = lexicon.petrarchVerb("clash");
    assertThat(clash)
        .extracting(PetrarchVerbPattern::code)
        .containsExactly("223", "906", "174K", "904", "030");
    assertThat(lexicon.petrarchVerb("clashed")).hasSize(4); // the listed form, block default aside
    PetrarchVerbPattern over = clash.get(1);
    assertThat(over.before())
        .singleElement()
        .satisfies(e -> assertThat(e.phrases()).containsExactly(List.of("unexpectedly")));
    assertThat(over.after())
        .extracting(PetrarchVerbPattern.Element::joinedNext)
        .containsExactly(true, false);
    assertThat(over.length()).isEqualTo(3);
    PetrarchVerbPattern marked = clash.get(2);
    assertThat(marked.before())
        .extracting(PetrarchVerbPattern.Element::kind)
        .containsExactly(PetrarchVerbPattern.Kind.TARGET, PetrarchVerbPattern.Kind.WORD);
    assertThat(marked.verbJoinedLeft()).isTrue();
    assertThat(marked.after())
        .extracting(PetrarchVerbPattern.Element::kind)
        .containsExactly(
            PetrarchVerbPattern.Kind.WORD,
            PetrarchVerbPattern.Kind.SKIP,
            PetrarchVerbPattern.Kind.WORD,
            PetrarchVerbPattern.Kind.SOURCE);
    assertThat(clash.get(3).after().get(0).phrases())
        .containsExactly(List.of("military"), List.of("economic"), List.of("trade", "and", "aid"));
    assertThat(clash.get(4).placesActors()).isTrue();
  }

  @Test
  void petrarchAgentsComposeWithActors(@TempDir Path dir) throws Exception {
    Path actors = dir.resolve("actors.txt");
    Files.writeString(
        actors,
        "GONDOR [GON]\n+MINAS_TIRITH\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n"
            + "\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nTHE_KU [USAEDU]\n"
            + "KUWAIT [KUW]\n");
    Path agents = dir.resolve("agents.txt");
    Files.writeString(
        agents,
        "!PERSON! = MAN, WOMAN\nPOLICE {} [ ~COP]\nMSF {} [NGO~]\nOFFICIAL [~GOV]\n"
            + "CONGRESS!PERSON! [~LEG]\nGOVERNMENT [~GOV]\n");
    PetrarchActorCodes codes = PetrarchActorCodes.load(actors, Optional.of(agents));
    assertThat(codes.lookup("Minas Tirith police")).contains("GONCOP");
    assertThat(codes.lookup("MSF Gondor")).contains("NGOGON");
    assertThat(codes.lookup("a senior official")).contains("---GOV");
    assertThat(codes.lookup("Gondor congresswoman")).contains("GONLEG");
    assertThat(codes.lookup("the Kuwait government")).contains("KUWGOV");
    assertThat(codes.on("19970101").lookup("Smeagol")).contains("HOBGOV");
    assertThat(codes.on("20080101").lookup("Smeagol")).contains("HOBREB");
    assertThat(codes.on("19900101").lookup("Smeagol")).contains("HOB");
  }

  @Test
  void intentAndNegationFollowTheCodebook() {
    assertThat(Transforms.intent("046")).isEqualTo("036");
    assertThat(Transforms.intent("073")).isEqualTo("0333");
    assertThat(Transforms.intent("0873")).isEqualTo("0873");
    assertThat(Transforms.intent("190")).isEqualTo("138");
    assertThat(Transforms.negated("040")).contains("125");
    assertThat(Transforms.negated("057")).contains("127");
    assertThat(Transforms.negated("190")).isEmpty();
  }
}

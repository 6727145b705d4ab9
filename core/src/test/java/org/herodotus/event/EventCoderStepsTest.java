package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole chain of the {@link EventCoder} on hand-parsed sentences, and its word lists. */
class EventCoderStepsTest {

  /** Germany said Egypt did not meet Sudan . */
  private static HandParsed germanySaid() {
    return HandParsed.sentence(
            "Germany/NNP/1/nsubj",
            "said/say/VBD/-1/root",
            "Egypt/NNP/5/nsubj",
            "did/do/VBD/5/aux",
            "not/RB/5/advmod",
            "meet/VB/1/ccomp",
            "Sudan/NNP/5/obj",
            "././1/punct")
        .mention("Germany", "LOCATION")
        .mention("Egypt", "LOCATION")
        .mention("Sudan", "LOCATION")
        .code("Germany", "DEUGOV")
        .code("Egypt", "EGYGOV")
        .code("Sudan", "SDN");
  }

  private static List<String> coded(Doc doc) {
    return doc.events().stream()
        .map(
            e ->
                e.source().flatMap(EventActor::code).orElse("-")
                    + " "
                    + e.code()
                    + " "
                    + e.target().flatMap(EventActor::code).orElse("-")
                    + " "
                    + e.flags()
                    + " "
                    + e.evidence().rules()
                    + " "
                    + e.claimedBy().map(String::valueOf).orElse("-"))
        .toList();
  }

  private static Doc code(HandParsed parsed, WordLists words) {
    EventCoder coder =
        new EventCoder(EventLexicon.bundled(), parsed.codes(), PlaceOf.NONE, true, 0, words);
    return coder.apply(parsed.doc());
  }

  @Test
  void theStepsTogether() {
    Doc doc = code(germanySaid(), WordLists.bundled());
    assertThat(coded(doc))
        .containsExactly(
            "DEUGOV 010 - [] [] -",
            "EGYGOV 125 SDN [CLAIMED, NEGATED] [reported by 'said', negated: not (040 → 125)] 0");
    assertThat(doc.events()).allMatch(e -> e.dateFrom().equals("none"));
    assertThat(doc.notes()).isEmpty();
  }

  @Test
  void aUsersWordListsChangeWhatIsCoded(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/negators.txt"), "# not 'not'\nnever\n");
    Files.writeString(dir.resolve("words/assertion-verbs.txt"), "claim\n");
    Doc doc = code(germanySaid(), WordLists.withUserDirectory(dir));
    assertThat(coded(doc)).contains("EGYGOV 040 SDN [] [] -");
    assertThat(doc.events()).noneMatch(e -> e.has(Event.Flag.NEGATED));
  }
}

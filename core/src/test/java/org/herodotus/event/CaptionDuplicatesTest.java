package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Note;
import org.herodotus.doc.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Step 11, {@link CaptionDuplicates}: page furniture is not read, a repeated caption counts once.
 */
class CaptionDuplicatesTest {

  private static HandParsed threeParagraphs() {
    return HandParsed.sentence("Troops/NNS/1/nsubj", "shelled/shell/VBD/-1/root")
        .then("Updated/VBN/-1/root")
        .then("Troops/NNS/1/nsubj", "shelled/shell/VBD/-1/root")
        .paragraph(0, Paragraph.Kind.CAPTION, Optional.empty())
        .paragraph(1, Paragraph.Kind.META, Optional.empty())
        .paragraph(2, Paragraph.Kind.CAPTION, Optional.of(0));
  }

  @Test
  void pageFurnitureIsNotRead() {
    Doc doc = threeParagraphs().doc();
    assertThat(CaptionDuplicates.read(doc, 0)).isTrue();
    assertThat(CaptionDuplicates.read(doc, 1)).isFalse();
    assertThat(CaptionDuplicates.read(doc, 2)).isTrue();
  }

  @Test
  void theDraftsOfARepeatedCaptionAreDropped() {
    HandParsed parsed = threeParagraphs();
    EventParse parse = parsed.parse();
    DroppedEvents dropped = new DroppedEvents(parse);
    EventDraft first = draft(1, "195", "V shell");
    EventDraft again = EventDraft.of(2, 4, StepFixtures.pattern("195", "V shell"));
    CaptionDuplicates captions = new CaptionDuplicates();
    assertThat(captions.keep(parse.doc(), 0, List.of(first), dropped)).containsExactly(first);
    assertThat(captions.keep(parse.doc(), 2, List.of(again), dropped)).isEmpty();
    assertThat(dropped.notes())
        .containsExactly(
            new Note(
                "events",
                "dropped 195 'shelled' at 30-37 (V shell): caption duplicate of paragraph 0"));
  }
}

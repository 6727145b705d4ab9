package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

class NlpTextTest {

  @Test
  void keepsOffsetsBlanksFurnitureAndCreditsAndJoinsWrappedLines() {
    String text =
        "Headline here\n1 min read\nA caption [Getty]\n\nBody line one\nwrapped on. End\n";
    Span headline = new Span(0, 13);
    Span meta = new Span(14, 24);
    Span caption = new Span(25, 42);
    Span body = new Span(44, 73);
    Metadata metadata =
        new Metadata(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(1),
            Optional.empty(),
            "en",
            List.of(
                new Caption(
                    "A caption",
                    Optional.of("Getty"),
                    new Span(25, 34),
                    Optional.of(new Span(36, 41)))),
            List.of());
    Doc doc =
        Doc.of(
            "t",
            text,
            metadata,
            List.of(
                Paragraph.of(headline, Paragraph.Kind.HEADLINE),
                Paragraph.of(meta, Paragraph.Kind.META),
                Paragraph.of(caption, Paragraph.Kind.CAPTION),
                Paragraph.of(body, Paragraph.Kind.BODY)));

    String nlp = NlpText.of(doc);

    assertThat(nlp).hasSameSizeAs(text);
    assertThat(nlp.substring(0, 14)).isEqualTo("Headline here\n");
    assertThat(nlp.substring(14, 24)).isBlank();
    assertThat(nlp.substring(25, 34)).isEqualTo("A caption");
    assertThat(nlp.substring(34, 42)).isBlank().doesNotContain("Getty");
    assertThat(nlp.substring(44, 73)).isEqualTo("Body line one wrapped on. End");
    assertThat(nlp.charAt(73)).isEqualTo('\n');
  }

  @Test
  void splitsOverlongRunsOfWordsAtASpace() {
    String text = "word ".repeat(300).strip();
    Doc doc =
        Doc.of(
            "long",
            text,
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));

    NlpText.Prepared prepared = NlpText.prepare(doc, 120);

    assertThat(prepared.text()).hasSameSizeAs(text);
    assertThat(prepared.forcedBreaks()).containsExactly(120 * 5 - 1, 240 * 5 - 1);
    for (String piece : prepared.text().split("\n")) {
      assertThat(piece.strip().split(" ")).hasSizeLessThanOrEqualTo(120);
    }
  }

  @Test
  void sentenceEndsResetTheCount() {
    String text = ("one two three. ").repeat(100).strip();
    Doc doc =
        Doc.of(
            "short",
            text,
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    assertThat(NlpText.prepare(doc, 5).forcedBreaks()).isEmpty();
  }

  @Test
  void twoApostrophesBecomeACurlyMarkOfTheSameLength() {
    String text = "''It's tinkering,'' said Cole. It's the ''Buffett rule''.";
    Doc doc =
        Doc.of(
            "nyt",
            text,
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    assertThat(NlpText.of(doc))
        .isEqualTo("\u201C It's tinkering,\u201D  said Cole. It's the \u201C Buffett rule\u201D .");
  }
}

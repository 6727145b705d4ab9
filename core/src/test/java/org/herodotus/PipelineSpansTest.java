package org.herodotus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.doc.Token;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the full pipeline's output: every span lies in the text and slices exactly what the
 * annotation claims, and every index points where it should. Checked on the seed, on the seed with
 * CRLF line ends, and on random text made of pieces that break offset arithmetic (no-break spaces,
 * curly quotes, emoji, CR/CRLF).
 */
public class PipelineSpansTest {

  /** The pieces random texts are made of; also checked by the language check's test. */
  public static final String[] PIECES = {
    "Azerbaijan",
    "said",
    "on",
    "Wednesday",
    "that",
    "Hikmet",
    "Hajiyev",
    "met",
    "Russian",
    "peacekeepers",
    "in",
    "Baku.",
    "\u201CWe are ready,\u201D",
    "he",
    "said.",
    "\uD83D\uDE00",
    "\uD83C\uDDE6\uD83C\uDDFF",
    "\u00A0",
    "caf\u00E9",
    "\u2018talks\u2019",
    "the",
    "separatists,",
    "who",
    "agreed.",
    "In 2020",
    "one-day",
    "offensive",
    "\u2014",
    "Yerevan",
    "(AFP)"
  };

  @Test
  void seedSpansSliceWhatTheyClaim() {
    checkInvariants(AnalyzedSeed.doc());
  }

  @Test
  void crlfSeedHasTheSameAnnotationsAtShiftedOffsets() {
    String crlf = AnalyzedSeed.text().replace("\n", "\r\n");
    Doc doc = Herodotus.pipeline().analyze("seed-crlf", crlf);
    checkInvariants(doc);
    Doc lf = AnalyzedSeed.doc();
    assertThat(doc.sentences()).hasSameSizeAs(lf.sentences());
    assertThat(doc.entities())
        .extracting(Entity::name)
        .isEqualTo(lf.entities().stream().map(Entity::name).toList());
    assertThat(doc.times())
        .extracting(TimeExpression::value)
        .isEqualTo(lf.times().stream().map(TimeExpression::value).toList());
  }

  @Test
  void randomTextWithAwkwardCharacters() {
    Random random = new Random(20230920);
    for (int n = 0; n < 5; n++) {
      StringBuilder text = new StringBuilder("Talks due in Yevlakh\n\n");
      int paragraphs = 1 + random.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        int words = 5 + random.nextInt(40);
        for (int w = 0; w < words; w++) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
          text.append(random.nextInt(10) == 0 ? "\u00A0" : " ");
        }
        text.append(random.nextBoolean() ? "\r\n\r\n" : "\n\n");
      }
      Doc doc = Herodotus.pipeline().analyze("random-" + n, text.toString());
      checkInvariants(doc);
    }
  }

  static void checkInvariants(Doc doc) {
    String text = doc.text();
    doc.paragraphs().forEach(p -> inText(text, p.span()));
    for (Sentence s : doc.sentences()) {
      inText(text, s.span());
      assertThat(s.firstToken()).isLessThanOrEqualTo(s.endToken());
      assertThat(s.endToken()).isLessThanOrEqualTo(doc.tokens().size());
    }
    for (Token t : doc.tokens()) {
      inText(text, t.span());
      assertThat(t.text()).isEqualTo(doc.slice(t.span()));
      assertThat(doc.sentences().get(t.sentence()).span().contains(t.span())).isTrue();
      assertThat(Character.isLowSurrogate(text.charAt(t.span().start()))).isFalse();
    }
    for (Dependency d : doc.dependencies()) {
      assertThat(d.dependent()).isBetween(0, doc.tokens().size() - 1);
      assertThat(d.head()).isBetween(-1, doc.tokens().size() - 1);
    }
    for (int i = 0; i < doc.mentions().size(); i++) {
      Mention m = doc.mentions().get(i);
      inText(text, m.span());
      assertThat(m.text()).isEqualTo(doc.slice(m.span()));
      Entity e = doc.entities().get(m.entity());
      assertThat(e.mentions()).contains(i);
    }
    for (int i = 0; i < doc.entities().size(); i++) {
      Entity e = doc.entities().get(i);
      assertThat(e.id()).isEqualTo(i);
      assertThat(e.mentions())
          .isNotEmpty()
          .allSatisfy(m -> assertThat(doc.mentions().get(m).entity()).isEqualTo(e.id()));
    }
    for (TimeExpression t : doc.times()) {
      inText(text, t.span());
      assertThat(t.text()).isEqualTo(doc.slice(t.span()));
    }
    doc.metadata()
        .captions()
        .forEach(
            c -> {
              inText(text, c.span());
              assertThat(doc.slice(c.span())).isEqualTo(c.text());
            });
  }

  private static void inText(String text, Span span) {
    assertThat(span.start()).isBetween(0, text.length());
    assertThat(span.end()).isBetween(span.start(), text.length());
  }
}

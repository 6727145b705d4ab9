package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Paragraph.Kind;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Invariants of the reader over random scraped-looking text, built from pieces that have caused
 * trouble in readers: no-break spaces, curly quotes, emoji (surrogate pairs), CR/CRLF/LF, blank
 * lines, bracketed credits, date and reading-time lines. Each repetition uses its own fixed seed,
 * printed on failure.
 */
class ScrapedTextReaderPropertyTest {

  private static final long BASE_SEED = 0x48_65_72_6FL;

  private static final String[] WORDS = {
    "Azerbaijan",
    "said",
    "the",
    "talks",
    "Baku",
    "ceasefire",
    "of",
    "and",
    "Karabakh",
    "it",
    "\u201Cready\u201D",
    "\u2018smooth\u2019",
    "\"safe",
    "passage\"",
    "2023",
    "Yerevan,",
    "war.",
    "peace?",
    "\uD83D\uDE00",
    "\uD83C\uDDE6\uD83C\uDDFF",
    "na\u00EFve",
    "\u2014",
    "(in",
    "Baku)",
    "caf\u00E9",
    "\u00A0",
    "a\u00A0b",
    "[1]",
    "\u200B",
    "x\u202Fy",
  };
  private static final String[] CREDITS = {
    " [Getty]",
    " [Reuters]",
    " [AFP via Getty Images]",
    " (Photo: Reuters)",
    " (AFP)",
    "\u00A0[EPA]",
    " [ Getty ]",
    " (Photo by Jane Doe/AFP)",
  };
  private static final String[] SPECIAL_LINES = {
    "1 min read",
    "12 minute read",
    "20 September, 2023",
    "Sep 20, 2023",
    "Wednesday 20 September 2023 10:41 BST",
    "Published: 2023-09-20T10:41:00Z",
    "By Jane Doe",
    "\u00A0",
    " \t ",
    "\u2003\u00A0",
    "",
  };
  private static final String[] BREAKS = {"\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028"};

  static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    int lines = 1 + random.nextInt(14);
    for (int l = 0; l < lines; l++) {
      int choice = random.nextInt(10);
      if (choice < 2) {
        out.append(SPECIAL_LINES[random.nextInt(SPECIAL_LINES.length)]);
      } else {
        if (random.nextInt(5) == 0) {
          out.append(random.nextBoolean() ? " " : "\u00A0");
        }
        int words = 1 + random.nextInt(random.nextInt(5) == 0 ? 40 : 12);
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            out.append(random.nextInt(8) == 0 ? "\u00A0" : " ");
          }
          out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(3) == 0) {
          out.append('.');
        }
        if (random.nextInt(4) == 0) {
          out.append(CREDITS[random.nextInt(CREDITS.length)]);
        }
        if (random.nextInt(5) == 0) {
          out.append(random.nextBoolean() ? " \t" : "\u00A0");
        }
      }
      if (l < lines - 1 || random.nextBoolean()) {
        out.append(BREAKS[random.nextInt(BREAKS.length)]);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static void assertInText(Span span, String text) {
    assertThat(span.start()).isBetween(0, text.length());
    assertThat(span.end()).isBetween(span.start(), text.length());
    if (span.start() < text.length()) {
      assertThat(Character.isLowSurrogate(text.charAt(span.start())))
          .as("span %s starts inside a surrogate pair", span)
          .isFalse();
    }
    if (span.end() > 0) {
      assertThat(Character.isHighSurrogate(text.charAt(span.end() - 1)))
          .as("span %s ends inside a surrogate pair", span)
          .isFalse();
    }
  }

  static void assertInvariants(Doc doc, String text) {
    assertThat(doc.text()).isEqualTo(text);
    List<Paragraph> paragraphs = doc.paragraphs();
    int previousEnd = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      Span span = p.span();
      assertInText(span, text);
      assertThat(span.isEmpty()).isFalse();
      assertThat(span.start())
          .as("paragraph %d in order, not overlapping", i)
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = span.end();
      assertThat(isSpace(text.charAt(span.start())))
          .as("paragraph %d starts with a space", i)
          .isFalse();
      assertThat(isSpace(text.charAt(span.end() - 1)))
          .as("paragraph %d ends with a space", i)
          .isFalse();
      if (p.duplicateOf().isPresent()) {
        int of = p.duplicateOf().get();
        assertThat(of).isBetween(0, i - 1);
        assertThat(paragraphs.get(of).kind()).isEqualTo(Kind.CAPTION);
        assertThat(p.kind()).isEqualTo(Kind.CAPTION);
      }
    }
    // no text is lost: every non-blank character is inside a paragraph
    int next = 0;
    for (Paragraph p : paragraphs) {
      assertThat(Whitespace.isBlank(text, next, p.span().start())).isTrue();
      next = p.span().end();
    }
    assertThat(Whitespace.isBlank(text, next, text.length())).isTrue();

    for (Caption c : doc.metadata().captions()) {
      assertInText(c.span(), text);
      assertThat(doc.slice(c.span())).isEqualTo(c.text());
      assertThat(paragraphs).anyMatch(p -> p.kind() == Kind.CAPTION && p.span().contains(c.span()));
      Span credit = c.creditSpan().orElseThrow();
      assertInText(credit, text);
      assertThat(doc.slice(credit)).isEqualTo(c.credit().orElseThrow());
      assertThat(credit.start()).isGreaterThanOrEqualTo(c.span().end());
    }
    doc.metadata()
        .publishedSpan()
        .ifPresent(
            s -> {
              assertInText(s, text);
              assertThat(PublicationDates.parse(doc.slice(s)))
                  .isEqualTo(doc.metadata().published());
            });
    doc.metadata()
        .headline()
        .ifPresent(
            h ->
                assertThat(paragraphs)
                    .anyMatch(p -> p.kind() == Kind.HEADLINE && doc.slice(p.span()).equals(h)));
    doc.metadata()
        .standfirst()
        .ifPresent(
            h ->
                assertThat(paragraphs)
                    .anyMatch(p -> p.kind() == Kind.STANDFIRST && doc.slice(p.span()).equals(h)));
  }

  @RepeatedTest(400)
  void spansLieInTheTextAndSliceWhatTheyClaim(RepetitionInfo info) {
    long seed = BASE_SEED + info.getCurrentRepetition();
    String text = randomText(new Random(seed));
    try {
      assertInvariants(ScrapedTextReader.read("random", text), text);
    } catch (AssertionError e) {
      throw new AssertionError(
          "seed " + seed + ", text " + escaped(text) + ": " + e.getMessage(), e);
    }
  }

  @RepeatedTest(100)
  void theArticleReaderKeepsTheTextItDecodes(RepetitionInfo info) {
    long seed = BASE_SEED * 31 + info.getCurrentRepetition();
    String text = randomText(new Random(seed));
    List<ReadResult> results =
        new ArticleReader(ReaderOptions.defaults())
            .read("random.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(results).as("seed %d", seed).hasSize(1);
    ReadResult r = results.get(0);
    if (Whitespace.isBlank(text)) {
      assertThat(r.error().orElseThrow().problem()).isEqualTo("holds only whitespace");
    } else {
      Doc doc = r.doc().orElseThrow();
      assertInvariants(doc, text);
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append('"').toString();
  }
}

package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Paragraph.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrapedTextReaderTest {

  private static List<Kind> kinds(Doc doc) {
    return doc.paragraphs().stream().map(Paragraph::kind).toList();
  }

  private static List<String> texts(Doc doc) {
    return doc.paragraphs().stream().map(p -> doc.slice(p.span())).toList();
  }

  @Test
  void titleBlankLineBody() {
    Doc doc =
        ScrapedTextReader.read(
            "bbc", "Karabakh: Azerbaijan ends offensive\n\nFirst paragraph.\n\nSecond one.\n");
    assertThat(kinds(doc)).containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY);
    assertThat(doc.metadata().headline()).contains("Karabakh: Azerbaijan ends offensive");
    assertThat(doc.metadata().standfirst()).isEmpty();
    assertThat(doc.metadata().published()).isEmpty();
  }

  @Test
  void oneParagraphIsBodyOnly() {
    Doc doc = ScrapedTextReader.read("one", "  A short line without a full stop  \n");
    assertThat(kinds(doc)).containsExactly(Kind.BODY);
    assertThat(texts(doc)).containsExactly("A short line without a full stop");
    assertThat(doc.metadata().headline()).isEmpty();
  }

  @Test
  void firstLineEndingInAFullStopIsNotAHeadline() {
    Doc doc = ScrapedTextReader.read("x", "This is a sentence.\n\nAnother sentence.");
    assertThat(kinds(doc)).containsExactly(Kind.BODY, Kind.BODY);
  }

  @Test
  void longFirstLineIsNotAHeadline() {
    String longLine = "word ".repeat(50).strip();
    Doc doc = ScrapedTextReader.read("x", longLine + "\n\nBody.");
    assertThat(kinds(doc)).containsExactly(Kind.BODY, Kind.BODY);
  }

  @Test
  void crlfAndCrLineEndings() {
    for (String nl : new String[] {"\r\n", "\r"}) {
      String text =
          "Headline here"
              + nl
              + "The standfirst line."
              + nl
              + "3 min read"
              + nl
              + nl
              + "Body one."
              + nl
              + "\u00A0"
              + nl
              + nl
              + "Body two."
              + nl;
      Doc doc = ScrapedTextReader.read("x", text);
      assertThat(kinds(doc))
          .containsExactly(Kind.HEADLINE, Kind.STANDFIRST, Kind.META, Kind.BODY, Kind.BODY);
      assertThat(texts(doc))
          .containsExactly(
              "Headline here", "The standfirst line.", "3 min read", "Body one.", "Body two.");
      assertThat(doc.metadata().readingMinutes()).contains(3);
    }
  }

  @Test
  void bylineAndDateLine() {
    String text =
        "Ceasefire holds\nBy Jane Doe and John Smith, Reuters\nPublished: Wed, 20 Sep 2023 10:41:00"
            + " +0100\n\nBody one.\n\nBody two.";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc))
        .containsExactly(Kind.HEADLINE, Kind.META, Kind.META, Kind.BODY, Kind.BODY);
    assertThat(doc.metadata().published()).contains("2023-09-20T10:41:00+01:00");
    assertThat(doc.slice(doc.metadata().publishedSpan().orElseThrow()))
        .isEqualTo("Wed, 20 Sep 2023 10:41:00 +0100");
  }

  @Test
  void publishedIsPreferredToUpdated() {
    String text = "Title\nUpdated 21 September 2023\nPublished 20 September 2023\n\nBody.";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(doc.metadata().published()).contains("2023-09-20");
  }

  @Test
  void proseMentioningADateInTheBodyIsBody() {
    String text =
        "Title\n\n20 September 2023 was the day the offensive ended.\n\n20 September 2023";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc)).containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY);
    assertThat(doc.metadata().published()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Soldiers at a checkpoint [Reuters] | Soldiers at a checkpoint | Reuters",
        "Soldiers at a checkpoint [AFP via Getty Images] | Soldiers at a checkpoint | AFP via Getty"
            + " Images",
        "Soldiers at a checkpoint (Photo: Reuters) | Soldiers at a checkpoint | Reuters",
        "Soldiers at a checkpoint (Photo by Jane Doe/AFP) | Soldiers at a checkpoint | Jane Doe/AFP",
        "Soldiers at a checkpoint (AFP) | Soldiers at a checkpoint | AFP",
        "Soldiers at a checkpoint. [ Getty ] | Soldiers at a checkpoint. | Getty",
      })
  void captionsWithBracketedCredits(String line, String caption, String credit) {
    Doc doc = ScrapedTextReader.read("x", "Title\n" + line + "\n\nBody one.\n\nBody two.");
    assertThat(kinds(doc)).containsExactly(Kind.HEADLINE, Kind.CAPTION, Kind.BODY, Kind.BODY);
    Caption c = doc.metadata().captions().get(0);
    assertThat(c.text()).isEqualTo(caption);
    assertThat(doc.slice(c.span())).isEqualTo(caption);
    assertThat(c.credit()).contains(credit);
    assertThat(doc.slice(c.creditSpan().orElseThrow())).isEqualTo(credit);
  }

  @Test
  void bracketsThatAreNotCredits() {
    String text =
        "Title\n\nHe said the talks would go on (in Baku)\n\nThe minister [sic]\n\n"
            + "Prices rose [1]\n\nThe deal was agreed (eventually)";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc))
        .containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY, Kind.BODY, Kind.BODY);
    assertThat(doc.metadata().captions()).isEmpty();
  }

  @Test
  void captionInTheBodyAndItsRepeat() {
    String text =
        "Title\n\nBody one.\n\nTroops near Stepanakert [Getty]\n\nBody two.\n\n"
            + "  troops near   STEPANAKERT.  \n\nBody three.";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc))
        .containsExactly(
            Kind.HEADLINE, Kind.BODY, Kind.CAPTION, Kind.BODY, Kind.CAPTION, Kind.BODY);
    assertThat(doc.paragraphs().get(2).duplicateOf()).isEmpty();
    assertThat(doc.paragraphs().get(4).duplicateOf()).isEqualTo(Optional.of(2));
    assertThat(doc.metadata().captions()).hasSize(1);
  }

  @Test
  void hardWrappedParagraphsAreOneParagraph() {
    String text =
        "Title of the piece\n\n"
            + "Azerbaijan said Wednesday it aimed to peacefully reintegrate\n"
            + "Armenians living in the separatist region of Nagorno-Karabakh,\n"
            + "and that it supported normalising ties.\n\n"
            + "Baku earlier announced an end to its offensive.\n";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc)).containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY);
    assertThat(texts(doc).get(1)).startsWith("Azerbaijan said").endsWith("normalising ties.");
  }

  @Test
  void linesWithoutBlankLinesBetweenAreParagraphsEach() {
    String text = "Title\nFirst body paragraph.\nSecond body paragraph.\nThird.";
    Doc doc = ScrapedTextReader.read("x", text);
    assertThat(kinds(doc)).containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY, Kind.BODY);
  }

  @Test
  void readingTimeVariants() {
    for (String line :
        new String[] {
          "4 min read", "4 mins read", "4-minute read", "4 minute read", "Reading time: 4 minutes"
        }) {
      Doc doc = ScrapedTextReader.read("x", "Title\n" + line + "\n\nBody.\n\nMore.");
      assertThat(doc.metadata().readingMinutes()).as(line).contains(4);
      assertThat(doc.paragraphs().get(1).kind()).isEqualTo(Kind.META);
    }
  }

  @Test
  void emptyTextHasNoParagraphs() {
    Doc doc = ScrapedTextReader.read("x", "\u00A0\n \n");
    assertThat(doc.paragraphs()).isEmpty();
    assertThat(doc.metadata().headline()).isEmpty();
  }
}

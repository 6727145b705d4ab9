package org.herodotus.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Attribution;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.EventEvidence;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Note;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Place;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.herodotus.doc.TimeExpression;
import org.herodotus.doc.Token;
import org.junit.jupiter.api.Test;

class DocJsonTest {

  private static Doc sample() {
    String text = "Hajiyev said Wednesday.\n\nPhoto [Getty]";
    Metadata metadata =
        new Metadata(
            Optional.of("Headline"),
            Optional.empty(),
            Optional.of("2023-09-20"),
            Optional.empty(),
            Optional.of(1),
            Optional.empty(),
            "en",
            List.of(
                new Caption(
                    "Photo",
                    Optional.of("Getty"),
                    new Span(25, 30),
                    Optional.of(new Span(32, 37)))),
            List.of("Ayla Hajiyeva", "John Smith"));
    return new Doc(
        "seed",
        text,
        metadata,
        List.of(
            Paragraph.of(new Span(0, 23), Paragraph.Kind.BODY),
            new Paragraph(new Span(25, 38), Paragraph.Kind.CAPTION, Optional.of(0))),
        List.of(new Sentence(new Span(0, 23), 0, 4)),
        List.of(
            new Token(new Span(0, 7), "Hajiyev", "NNP", "Hajiyev", "PERSON", 0),
            new Token(new Span(8, 12), "said", "VBD", "say", "O", 0),
            new Token(new Span(13, 22), "Wednesday", "NNP", "Wednesday", "DATE", 0),
            new Token(new Span(22, 23), ".", ".", ".", "O", 0)),
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root")),
        List.of(new Mention(new Span(0, 7), "Hajiyev", "PERSON", Mention.Kind.NAME, 0)),
        List.of(new Entity(0, "Hajiyev", "PERSON", List.of(0))),
        List.of(new TimeExpression(new Span(13, 22), "Wednesday", "DATE", "2023-09-20", true)),
        List.of(new Note("test", "a note")),
        List.of(
            new Quote(
                new Span(13, 22),
                new Span(13, 22),
                Quote.Kind.INDIRECT,
                Optional.of(new Span(8, 12)),
                Optional.of(
                    new Speaker(
                        new Span(0, 7), 0, "Hajiyev", Optional.of("advisor"), Optional.empty())),
                Optional.empty(),
                Optional.empty(),
                "test"),
            new Quote(
                new Span(0, 7),
                new Span(1, 6),
                Quote.Kind.ECHO,
                Optional.empty(),
                Optional.empty(),
                Optional.of("no speaker in the text"),
                Optional.of(0),
                "test")),
        List.of(
            new Actor(
                0,
                List.of(0),
                "AZEGOV",
                "Hajiyev",
                "AZE",
                List.of("GOV"),
                Optional.empty(),
                "government role",
                new Span(0, 7))),
        List.of(
            new Place(
                0,
                new Span(0, 7),
                "Hajiyev",
                "geonames:1",
                "Hajiyev",
                "P",
                "PPL",
                "AZ",
                "",
                40.5,
                47.25,
                1000,
                "only candidate",
                false,
                true,
                Place.NAME)),
        List.of(
            new Event(
                "010",
                "010",
                "01",
                1,
                0.0,
                Optional.empty(),
                Optional.of(
                    new EventActor(
                        new Span(0, 7),
                        "Hajiyev",
                        Optional.of(0),
                        Optional.of(0),
                        "Hajiyev",
                        Optional.empty(),
                        "nsubj")),
                Optional.empty(),
                Optional.of("2023-09-20"),
                "time",
                Optional.empty(),
                List.of(Event.Flag.CLAIMED),
                Optional.empty(),
                new EventEvidence(
                    0,
                    new Span(0, 23),
                    new Span(8, 12),
                    "V say",
                    "010",
                    "event-lexicon.tsv:4",
                    List.of("statement"),
                    Optional.of(new Span(13, 22))))),
        List.of(
            new Attribution(
                new Span(13, 22),
                Optional.of(new Span(8, 12)),
                false,
                Optional.of(
                    new Speaker(
                        new Span(0, 7), 0, "Hajiyev", Optional.of("advisor"), Optional.empty())),
                List.of(0))));
  }

  @Test
  void roundTripIsLosslessWithAllLayers() {
    Doc doc = sample();
    String json = DocJson.write(doc, EnumSet.allOf(DocJson.OptionalLayer.class));
    assertThat(DocJson.read(json)).isEqualTo(doc);
  }

  @Test
  void writesTheContractFieldNamesAndLeavesOutTokensUnlessAsked() throws Exception {
    String json = DocJson.write(sample(), EnumSet.noneOf(DocJson.OptionalLayer.class));
    var tree = DocJson.mapper().readTree(json);
    assertThat(tree.has("tokens")).isFalse();
    assertThat(tree.has("dependencies")).isFalse();
    assertThat(tree.path("metadata").path("headline").asText()).isEqualTo("Headline");
    assertThat(tree.path("metadata").path("standfirst").isNull()).isTrue();
    assertThat(tree.path("metadata").path("captions").get(0).path("credit").asText())
        .isEqualTo("Getty");
    assertThat(tree.path("paragraphs").get(1).path("kind").asText()).isEqualTo("caption");
    assertThat(tree.path("mentions").get(0).path("span").path("start").asInt()).isZero();
    assertThat(tree.path("entities").get(0).path("mentions").get(0).asInt()).isZero();
    assertThat(tree.path("times").get(0).path("value").asText()).isEqualTo("2023-09-20");
    assertThat(tree.path("metadata").path("authors").get(1).asText()).isEqualTo("John Smith");
    assertThat(tree.path("quotes").get(0).path("kind").asText()).isEqualTo("indirect");
    assertThat(tree.path("quotes").get(0).path("speaker").path("name").asText())
        .isEqualTo("Hajiyev");
    assertThat(tree.path("quotes").get(1).path("speaker").isNull()).isTrue();
    assertThat(tree.path("quotes").get(1).path("unattributedReason").asText())
        .isEqualTo("no speaker in the text");
    assertThat(tree.path("actors").get(0).path("code").asText()).isEqualTo("AZEGOV");
    assertThat(tree.path("actors").get(0).path("knownGroup").isNull()).isTrue();
    assertThat(tree.path("places").get(0).path("id").asText()).isEqualTo("geonames:1");
    assertThat(tree.path("places").get(0).path("metonym").asBoolean()).isFalse();

    Doc back = DocJson.read(json);
    assertThat(back.tokens()).isEmpty();
    assertThat(back.mentions()).isEqualTo(sample().mentions());
  }

  @Test
  void documentWrittenBeforeAuthorsExistedReadsWithNoAuthors() throws Exception {
    var tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            DocJson.mapper()
                .readTree(DocJson.write(sample(), EnumSet.allOf(DocJson.OptionalLayer.class)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("metadata")).remove("authors");
    Doc back = DocJson.read(DocJson.mapper().writeValueAsString(tree));
    assertThat(back.metadata().authors()).isEmpty();
    assertThat(back.metadata().headline()).contains("Headline");
  }

  @Test
  void documentWrittenBeforePlaceKindsExistedReadsWithNamePlaces() throws Exception {
    var tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            DocJson.mapper()
                .readTree(DocJson.write(sample(), EnumSet.allOf(DocJson.OptionalLayer.class)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("places").get(0)).remove("kind");
    Doc back = DocJson.read(DocJson.mapper().writeValueAsString(tree));
    assertThat(back.places().get(0).kind()).isEqualTo(Place.NAME);
    assertThat(back.places().get(0).adjective()).isFalse();
  }
}

package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Place;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;
import org.junit.jupiter.api.Test;

/** Adjectival toponyms in the place layer, on hand-tagged sentences (no NLP engine). */
class PlaceTaggerAdjectiveTest {

  /**
   * One sentence of "word/POS/NER" tokens; {@code names} are [from, to) token ranges of GPE names.
   */
  private static Doc tagged(String sentence, int[]... names) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      String[] f = w.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0].replace('_', ' '));
      tokens.add(new Token(new Span(start, text.length()), f[0], f[1], f[0], f[2], 0));
    }
    Doc doc =
        Doc.of(
            "t",
            text.toString(),
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    doc =
        doc.withSyntax(
            List.of(new Sentence(new Span(0, text.length()), 0, tokens.size())), tokens, List.of());
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (int[] n : names) {
      Span span = new Span(tokens.get(n[0]).span().start(), tokens.get(n[1] - 1).span().end());
      String type = n.length > 2 && n[2] == 1 ? "ORGANIZATION" : "GPE";
      mentions.add(new Mention(span, doc.slice(span), type, Mention.Kind.NAME, entities.size()));
      entities.add(
          new Entity(entities.size(), doc.slice(span), type, List.of(mentions.size() - 1)));
    }
    return new PlaceTagger().apply(doc.withEntities(mentions, entities));
  }

  @Test
  void aNationalityAdjectiveIsAnAdjectivalToponymOfItsCountry() {
    Doc doc =
        tagged(
            "The/DT/O Russian/JJ/NATIONALITY peacekeepers/NNS/O left/VBD/O Yevlakh/NNP/LOCATION ./././O",
            new int[] {4, 5});
    assertThat(doc.places()).extracting(Place::text).containsExactly("Russian", "Yevlakh");
    Place russian = doc.places().get(0);
    assertThat(russian.kind()).isEqualTo(Place.ADJECTIVE);
    assertThat(russian.adjective()).isTrue();
    assertThat(russian.mention()).isEqualTo(-1);
    assertThat(russian.id()).isEqualTo("country:RU");
    assertThat(russian.reason()).isEqualTo("adjective of Russia");
    assertThat(russian.focus()).isFalse();
    assertThat(russian.metonym()).isFalse();
    Place yevlakh = doc.places().get(1);
    assertThat(yevlakh.kind()).isEqualTo(Place.NAME);
    assertThat(yevlakh.country()).isEqualTo("AZ");
    assertThat(yevlakh.focus()).isTrue();
  }

  @Test
  void regionsAndLongerAdjectives() {
    Doc doc =
        tagged(
            "European/JJ/MISC and/CC/O Central/NNP/MISC American/JJ/MISC leaders/NNS/O met/VBD/O");
    assertThat(doc.places())
        .extracting(Place::text)
        .containsExactly("European", "Central American");
    assertThat(doc.places()).extracting(Place::id).first().isEqualTo("region:europe");
    assertThat(doc.places()).noneMatch(Place::focus);
  }

  @Test
  void pluralPeopleAndWordsInsideOtherNamesAreNot() {
    Doc doc =
        tagged(
            "Russians/NNPS/NATIONALITY said/VBD/O the/DT/O Russian/NNP/ORGANIZATION"
                + " Foreign/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION was/VBD/O Catholic/JJ/O"
                + " and/CC/O Western/JJ/MISC",
            new int[] {3, 6, 1});
    assertThat(doc.places()).isEmpty();
  }
}

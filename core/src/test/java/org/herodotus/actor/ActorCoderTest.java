package org.herodotus.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Place;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact rules on hand-parsed sentences (no NLP engine). */
class ActorCoderTest {

  /** A one-sentence document from words, tags, heads (-1 root) and relations. */
  private static Doc parsed(String[] words, String[] tags, int[] heads, String[] relations) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && !words[i].equals(".") && !words[i].equals("'s")) {
        text.append(' ');
      }
      int start = text.length();
      text.append(words[i]);
      tokens.add(
          new Token(new Span(start, text.length()), words[i], tags[i], lemma(words[i]), "O", 0));
      deps.add(new Dependency(heads[i], i, relations[i]));
    }
    Doc doc =
        Doc.of(
            "t",
            text.toString(),
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    return doc.withSyntax(
        List.of(new Sentence(new Span(0, text.length()), 0, words.length)), tokens, deps);
  }

  private static String lemma(String word) {
    return switch (word) {
      case "announced" -> "announce";
      case "talks" -> "talk";
      case "peacekeepers" -> "peacekeeper";
      case "actions" -> "action";
      case "minister" -> "minister";
      case "troops" -> "troop";
      case "arrested" -> "arrest";
      default -> word;
    };
  }

  private static Doc withMentions(Doc doc, int[][] mentionTokens, String[] types, int[] entity) {
    List<Mention> mentions = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < mentionTokens.length; i++) {
      Span span =
          new Span(
              doc.tokens().get(mentionTokens[i][0]).span().start(),
              doc.tokens().get(mentionTokens[i][1] - 1).span().end());
      Mention.Kind kind = types[i].equals("GROUP") ? Mention.Kind.NOMINAL : Mention.Kind.NAME;
      mentions.add(new Mention(span, doc.slice(span), types[i], kind, entity[i]));
      while (members.size() <= entity[i]) {
        members.add(new ArrayList<>());
      }
      members.get(entity[i]).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < members.size(); e++) {
      Mention first = mentions.get(members.get(e).get(0));
      entities.add(new Entity(e, first.text(), first.type(), members.get(e)));
    }
    return doc.withEntities(mentions, entities);
  }

  @Test
  void aCapitalIsTheGovernmentWhereItActsAndAPlaceWhereThingsHappen() {
    // Baku announced talks in Baku .
    Doc doc =
        parsed(
            new String[] {"Baku", "announced", "talks", "in", "Baku", "."},
            new String[] {"NNP", "VBD", "NNS", "IN", "NNP", "."},
            new int[] {1, -1, 1, 4, 2, 1},
            new String[] {"nsubj", "root", "obj", "case", "nmod", "punct"});
    doc =
        withMentions(
            doc,
            new int[][] {{0, 1}, {4, 5}},
            new String[] {"LOCATION", "LOCATION"},
            new int[] {0, 0});
    doc = new PlaceTagger().apply(new ActorCoder().apply(doc));
    assertThat(doc.actors()).hasSize(1);
    Actor actor = doc.actors().get(0);
    assertThat(actor.code()).isEqualTo("AZEGOV");
    assertThat(actor.mentions()).containsExactly(0);
    assertThat(actor.rule()).startsWith("capital as seat of government");
    assertThat(doc.slice(actor.evidence())).isEqualTo("announced");
    assertThat(doc.places()).extracting(Place::metonym).containsExactly(true, false);
    assertThat(doc.places()).extracting(Place::focus).containsExactly(false, true);
    assertThat(doc.places()).extracting(Place::country).containsExactly("AZ", "AZ");
  }

  @Test
  void aCountryIsTheGovernmentAsPossessorOfAnActionAndTheCountryElsewhere() {
    // Russia 's actions angered Armenia .
    Doc doc =
        parsed(
            new String[] {"Russia", "'s", "actions", "angered", "Armenia", "."},
            new String[] {"NNP", "POS", "NNS", "VBD", "NNP", "."},
            new int[] {2, 0, 3, -1, 3, 3},
            new String[] {"nmod:poss", "case", "nsubj", "root", "obj", "punct"});
    doc =
        withMentions(
            doc, new int[][] {{0, 1}, {4, 5}}, new String[] {"GPE", "GPE"}, new int[] {0, 1});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("RUSGOV", "ARM");
    assertThat(doc.actors().get(0).rule()).contains("possessor of 'actions'");
  }

  @Test
  void nationalityAndRoleInADescription() {
    // Russian peacekeepers arrived .
    Doc doc =
        parsed(
            new String[] {"Russian", "peacekeepers", "arrived", "."},
            new String[] {"JJ", "NNS", "VBD", "."},
            new int[] {1, 2, -1, 2},
            new String[] {"amod", "nsubj", "root", "punct"});
    doc = withMentions(doc, new int[][] {{0, 2}}, new String[] {"GROUP"}, new int[] {0});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("RUSMIL");
    assertThat(doc.actors().get(0).country()).isEqualTo("RUS");
    assertThat(doc.actors().get(0).types()).containsExactly("MIL");
  }

  @Test
  void aPersonTakesTheRoleAndCountryOfTheApposition() {
    // Ararat Mirzoyan , the foreign minister of Armenia , said .
    Doc doc =
        parsed(
            new String[] {
              "Ararat",
              "Mirzoyan",
              ",",
              "the",
              "foreign",
              "minister",
              "of",
              "Armenia",
              ",",
              "said",
              "."
            },
            new String[] {"NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "NNP", ",", "VBD", "."},
            new int[] {1, 9, 1, 5, 5, 1, 7, 5, 1, -1, 9},
            new String[] {
              "compound",
              "nsubj",
              "punct",
              "det",
              "amod",
              "appos",
              "case",
              "nmod",
              "punct",
              "root",
              "punct"
            });
    doc =
        withMentions(
            doc, new int[][] {{0, 2}, {7, 8}}, new String[] {"PERSON", "GPE"}, new int[] {0, 1});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("ARMGOV", "ARM");
    assertThat(doc.actors().get(0).rule()).isEqualTo("role and country stated with the name");
    assertThat(doc.slice(doc.actors().get(0).evidence())).isEqualTo("minister of Armenia");
  }

  @Test
  void anActorDictionaryEntryWinsOverTheRules(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("peacekeepers.actors"), "RUSSIAN_PEACEKEEPERS [RUSPKO] # a user's entry\n");
    Doc doc =
        parsed(
            new String[] {"Russian", "peacekeepers", "arrived", "."},
            new String[] {"JJ", "NNS", "VBD", "."},
            new int[] {1, 2, -1, 2},
            new String[] {"amod", "nsubj", "root", "punct"});
    doc = withMentions(doc, new int[][] {{0, 2}}, new String[] {"GROUP"}, new int[] {0});
    doc = new ActorCoder(ActorLexicon.withUserDirectory(dir), Gazetteer.bundled()).apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("RUSPKO");
    assertThat(doc.actors().get(0).rule()).isEqualTo("actor dictionary entry RUSSIAN_PEACEKEEPERS");
  }

  @Test
  void aNationalityOfTwoWords() {
    // South Korean troops arrived .
    Doc doc =
        parsed(
            new String[] {"South", "Korean", "troops", "arrived", "."},
            new String[] {"JJ", "JJ", "NNS", "VBD", "."},
            new int[] {1, 2, 3, -1, 3},
            new String[] {"amod", "amod", "nsubj", "root", "punct"});
    doc = withMentions(doc, new int[][] {{0, 3}}, new String[] {"GROUP"}, new int[] {0});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("KORMIL");
  }

  @Test
  void aCapitalizedTitleBeforeANameGivesTheRole() {
    // Russian Foreign Minister Sergei Lavrov said .
    Doc doc =
        parsed(
            new String[] {"Russian", "Foreign", "Minister", "Sergei", "Lavrov", "said", "."},
            new String[] {"JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "."},
            new int[] {4, 2, 4, 4, 5, -1, 5},
            new String[] {"amod", "compound", "compound", "compound", "nsubj", "root", "punct"});
    doc = withMentions(doc, new int[][] {{3, 5}}, new String[] {"PERSON"}, new int[] {0});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("RUSGOV");
    assertThat(doc.slice(doc.actors().get(0).evidence())).isEqualTo("Russian Foreign Minister");
  }

  @Test
  void aStateRoleWithoutCountryTakesTheOnlyCountryItsSentenceNames() {
    // police arrested dozens in Kyiv .
    Doc doc =
        parsed(
            new String[] {"police", "arrested", "dozens", "in", "Kyiv", "."},
            new String[] {"NN", "VBD", "NNS", "IN", "NNP", "."},
            new int[] {1, -1, 1, 4, 1, 1},
            new String[] {"nsubj", "root", "obj", "case", "obl", "punct"});
    doc =
        withMentions(
            doc,
            new int[][] {{0, 1}, {4, 5}},
            new String[] {"GROUP", "LOCATION"},
            new int[] {0, 1});
    doc = new ActorCoder().apply(doc);
    assertThat(doc.actors()).extracting(Actor::code).containsExactly("UKRCOP");
    assertThat(doc.actors().get(0).rule())
        .contains("the only country its sentence names (Ukraine)");
  }
}

package org.herodotus.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.entity.Syntax;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.ActorLexicon.RoleType;
import org.herodotus.lexicon.WordLists;

/**
 * Reads the words of a mention, and for a name the title and apposition around it and a phrase of
 * whose role it is ({@code role-of-prepositions}: "the foreign minister of Armenia"), into a {@link
 * Description}: nationality words and country names (of several words first: "South Korean"), known
 * groups, role nouns (capitalized titles too, outside a name: "Foreign Minister Sergei Lavrov") and
 * role adjectives, and an affiliation the lexicons do not know ({@code affiliation-prepositions}:
 * "a spokesman for the State Department"). Read by {@link DescriptionCoding}.
 */
final class DescriptionReader {

  /** How many compounds up a proper noun looks for the preposition of an affiliation. */
  private static final int AFFILIATION_DEPTH = 3;

  private final ActorLexicon lexicon;
  private final Set<String> roleOfPrepositions;
  private final Set<String> affiliationPrepositions;
  private final Set<String> nonStateArmedTypes;

  DescriptionReader(ActorLexicon lexicon, WordLists words) {
    this.lexicon = lexicon;
    this.roleOfPrepositions = words.get("role-of-prepositions");
    this.affiliationPrepositions = words.get("affiliation-prepositions");
    this.nonStateArmedTypes = words.get("non-state-armed-types");
  }

  /** What the mention's description says; {@code person} when the entity is a person. */
  Description read(ActorArticle article, Mention mention, boolean person) {
    Syntax syntax = article.syntax();
    Description d = new Description(syntax, nonStateArmedTypes);
    int[] range = syntax.tokenRange(mention.span());
    int head = syntax.headOf(mention.span());
    List<Integer> words = new ArrayList<>();
    for (int t = range[0]; t < range[1]; t++) {
      words.add(t);
    }
    if (head >= 0) {
      for (int dep : syntax.dependents(head)) {
        if (dep >= range[0] && dep < range[1]) {
          continue;
        }
        String rel = syntax.relation(dep);
        boolean title =
            mention.kind() == Mention.Kind.NAME
                && (rel.equals("appos") || rel.equals("compound") || rel.equals("amod"));
        String prep = CaseMarkers.of(syntax, dep);
        boolean ofWhom = rel.startsWith("nmod") && roleOfPrepositions.contains(prep);
        if (title || ofWhom) {
          collectSubtree(syntax, dep, words);
        }
      }
    }
    Collections.sort(words);
    Set<Integer> consumed = countriesOfSeveralWords(article, words, d);
    for (int t : words) {
      if (consumed.contains(t)) {
        continue;
      }
      if (person && "PERSON".equals(syntax.token(t).ner()) && t != head) {
        continue;
      }
      readWord(syntax, mention, person, t, head, range, words, d);
    }
    return d;
  }

  /** Nationalities and countries of several words: "South Korean", "United States". */
  private Set<Integer> countriesOfSeveralWords(
      ActorArticle article, List<Integer> words, Description d) {
    Syntax syntax = article.syntax();
    Set<Integer> consumed = new HashSet<>();
    for (int n = 3; n >= 2; n--) {
      for (int i = 0; i + n <= words.size(); i++) {
        int a = words.get(i);
        int b = words.get(i + n - 1);
        if (b - a != n - 1 || consumed.contains(a) || consumed.contains(b)) {
          continue;
        }
        String phrase =
            article
                .doc()
                .text()
                .substring(syntax.token(a).span().start(), syntax.token(b).span().end());
        Optional<String> country = lexicon.demonym(phrase).or(() -> lexicon.country(phrase));
        if (country.isPresent()) {
          if (d.country.isEmpty()) {
            d.country = country.get();
          }
          d.see(a);
          d.see(b);
          for (int t = a; t <= b; t++) {
            consumed.add(t);
          }
        }
      }
    }
    return consumed;
  }

  private void readWord(
      Syntax syntax,
      Mention mention,
      boolean person,
      int t,
      int head,
      int[] range,
      List<Integer> words,
      Description d) {
    String lemma = syntax.lemma(t);
    String text = syntax.token(t).text();
    String pos = syntax.pos(t);
    Optional<String> demonym = lexicon.demonym(text);
    Optional<String> country = pos.startsWith("NNP") ? lexicon.country(text) : Optional.empty();
    if (demonym.isPresent() && (t != head || !person)) {
      if (d.country.isEmpty()) {
        d.country = demonym.get();
      }
      d.see(t);
      return;
    }
    if (country.isPresent()) {
      if (d.country.isEmpty()) {
        d.country = country.get();
      }
      d.see(t);
      return;
    }
    Optional<String> group = lexicon.knownGroup(text);
    if (group.isPresent() && pos.startsWith("NNP")) {
      d.group = group.get();
      d.see(t);
      return;
    }
    boolean outsideName = mention.kind() != Mention.Kind.NAME || t < range[0] || t >= range[1];
    if (pos.startsWith("NN") && (!pos.startsWith("NNP") || outsideName)) {
      // Capitalized titles count outside a name: "Foreign Minister Sergei Lavrov".
      Optional<RoleType> role = lexicon.roleNoun(pos.startsWith("NNP") ? text : lemma);
      if (role.isEmpty() && pos.equals("NNPS")) {
        role = lexicon.roleNoun(lemma);
      }
      if (role.isPresent()) {
        if (t == head || d.headType.isEmpty() && isHeadLike(syntax, t, words)) {
          d.headType = role.get().type();
          d.needsCountry = role.get().needsCountry();
        } else if (d.modifierType.isEmpty()) {
          d.modifierType = role.get().type();
        }
        d.see(t);
        return;
      }
    }
    if (pos.startsWith("NNP") && outsideName && isAffiliation(syntax, t)) {
      // "a spokesman for the State Department": an affiliation the lexicons do not know.
      d.unknownAffiliation = true;
    }
    if (pos.startsWith("JJ") || pos.startsWith("NN")) {
      Optional<String> adjective = lexicon.roleAdjective(lemma);
      if (adjective.isPresent()) {
        if (d.modifierType.isEmpty()) {
          d.modifierType = adjective.get();
        }
        d.see(t);
      }
    }
  }

  /**
   * A proper noun in a "for/of/at X" phrase, or the head of one ("State" in "State Department").
   */
  private boolean isAffiliation(Syntax syntax, int t) {
    int h = t;
    for (int i = 0; i < AFFILIATION_DEPTH && h >= 0; i++) {
      String prep = CaseMarkers.of(syntax, h);
      if (syntax.relation(h).startsWith("nmod") && affiliationPrepositions.contains(prep)) {
        return true;
      }
      if (!syntax.relation(h).equals("compound")) {
        return false;
      }
      h = syntax.head(h);
    }
    return false;
  }

  /** A role noun that heads its own phrase (a title before a name, an apposition's head). */
  private static boolean isHeadLike(Syntax syntax, int t, List<Integer> words) {
    String rel = syntax.relation(t);
    return !rel.equals("amod")
        && !(rel.equals("compound")
            && words.contains(syntax.head(t))
            && syntax.pos(syntax.head(t)).startsWith("NN")
            && !syntax.pos(syntax.head(t)).startsWith("NNP"));
  }

  private static void collectSubtree(Syntax syntax, int token, List<Integer> into) {
    if (into.contains(token)) {
      return;
    }
    into.add(token);
    for (int d : syntax.dependents(token)) {
      String rel = syntax.relation(d);
      if (!rel.equals("acl:relcl") && !rel.startsWith("punct")) {
        collectSubtree(syntax, d, into);
      }
    }
  }
}

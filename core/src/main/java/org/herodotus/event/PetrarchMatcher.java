package org.herodotus.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Sentence;

/**
 * Matches one PETRARCH verb pattern at one verb over the sentence's words, with backtracking: words
 * and synsets by text or lemma, {@code ^} skips a noun phrase, {@code $ + %} take the actor of the
 * next noun phrase that has a code ({@code %} a coordinated one).
 */
final class PetrarchMatcher {

  private final DependencyGraph g;
  private final NounPhrases phrases;
  private final ArgumentActors actors;
  private final PetrarchVerbPattern p;
  private final int verb;
  private final int first;
  private final int end;
  private int source = -1;
  private int target = -1;
  private int compound = -1;

  PetrarchMatcher(EventParse parse, PetrarchVerbPattern p, int verb, Sentence sentence) {
    this.g = parse.graph();
    this.phrases = parse.phrases();
    this.actors = parse.actors();
    this.p = p;
    this.verb = verb;
    this.first = sentence.firstToken();
    this.end = sentence.endToken();
  }

  /** The match, if the pattern matches. */
  Optional<PetrarchMatch> match() {
    if (!after(0, verb + 1, p.verbJoinedRight())) {
      return Optional.empty();
    }
    if (!before(p.before().size() - 1, verb - 1, p.verbJoinedLeft())) {
      return Optional.empty();
    }
    return Optional.of(new PetrarchMatch(p, source, target, compound));
  }

  private void mark(PetrarchVerbPattern.Kind kind, int token) {
    switch (kind) {
      case SOURCE -> source = token;
      case TARGET -> target = token;
      case COMPOUND -> compound = token;
      default -> {}
    }
  }

  /** Words a token answers to in a PETRARCH pattern: its text and its lemma, lower case. */
  private boolean wordIs(int token, String word) {
    String text = g.token(token).text().toLowerCase(Locale.ROOT);
    return text.equals(word) || g.lemma(token).equals(word);
  }

  private boolean phraseAt(List<String> words, int at) {
    if (at < first || at + words.size() > end) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!wordIs(at + k, words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean compoundActor(int head) {
    return !g.children(head, "conj").isEmpty()
        || g.mentionAt(head) >= 0 && actors.coordinated(g.mentionAt(head));
  }

  /** Elements after the verb, from {@code i}, the sentence from token {@code at}. */
  private boolean after(int i, int at, boolean joined) {
    if (i == p.after().size()) {
      return true;
    }
    PetrarchVerbPattern.Element e = p.after().get(i);
    switch (e.kind()) {
      case WORD, SYNSET -> {
        for (int x = at; x < end; x++) {
          for (List<String> phrase : e.phrases()) {
            if (phraseAt(phrase, x) && after(i + 1, x + phrase.size(), e.joinedNext())) {
              return true;
            }
          }
          if (joined) {
            return false;
          }
        }
        return false;
      }
      case SKIP -> {
        for (int x = at; x < end; x++) {
          if (g.isNoun(x) || g.pos(x).equals("PRP")) {
            int[] extent = phrases.extent(phrases.head(x));
            return after(i + 1, Math.max(x, extent[1]) + 1, e.joinedNext());
          }
        }
        return false;
      }
      default -> {
        for (int x = at; x < end; x++) {
          Optional<EventArg> a = actors.actorPhrase(x);
          if (a.isPresent()) {
            int h = phrases.head(x);
            if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND && !compoundActor(h)) {
              return false;
            }
            mark(e.kind(), h);
            int[] extent = phrases.extent(h);
            if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND) {
              for (int c : g.children(h, "conj")) {
                extent[1] = Math.max(extent[1], phrases.extent(c)[1]);
              }
            }
            return after(i + 1, Math.max(x, extent[1]) + 1, e.joinedNext());
          }
        }
        return false;
      }
    }
  }

  /** Elements before the verb, from {@code i} down, the sentence from token {@code at} left. */
  private boolean before(int i, int at, boolean joined) {
    if (i < 0) {
      return true;
    }
    PetrarchVerbPattern.Element e = p.before().get(i);
    switch (e.kind()) {
      case WORD, SYNSET -> {
        for (int x = at; x >= first; x--) {
          for (List<String> phrase : e.phrases()) {
            int start = x - phrase.size() + 1;
            if (phraseAt(phrase, start)
                && before(i - 1, start - 1, i > 0 && p.before().get(i - 1).joinedNext())) {
              return true;
            }
          }
          if (joined) {
            return false;
          }
        }
        return false;
      }
      case SKIP -> {
        for (int x = at; x >= first; x--) {
          if (g.isNoun(x) || g.pos(x).equals("PRP")) {
            int[] extent = phrases.extent(phrases.head(x));
            return before(
                i - 1, Math.min(x, extent[0]) - 1, i > 0 && p.before().get(i - 1).joinedNext());
          }
        }
        return false;
      }
      default -> {
        for (int x = at; x >= first; x--) {
          Optional<EventArg> a = actors.actorPhrase(x);
          if (a.isPresent()) {
            int h = phrases.head(x);
            int[] extent = phrases.extent(h);
            if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND) {
              int top = h;
              while (g.relation(top).equals("conj") && g.head(top) >= 0) {
                top = g.head(top);
              }
              if (!compoundActor(top)) {
                return false;
              }
              h = top;
              extent = phrases.extent(h);
            }
            mark(e.kind(), h);
            return before(
                i - 1, Math.min(x, extent[0]) - 1, i > 0 && p.before().get(i - 1).joinedNext());
          }
        }
        return false;
      }
    }
  }
}

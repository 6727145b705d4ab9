package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Sentence;

/**
 * Step 1 of the {@link EventCoder}: the triggers of a sentence. Each verb and noun the {@link
 * EventLexicon} knows is a trigger, with its most specific matching pattern (particle, object noun,
 * preposition and its noun); a verb with full PETRARCH patterns is matched by those alone ({@link
 * PetrarchMatching}). A noun a verb pattern used ("hold <em>talks</em>") is no trigger of its own,
 * except after verbs that end, reject or reduce it ("ended its <em>offensive</em>"), nor is a noun
 * compounded with another trigger.
 */
final class TriggerMatching {

  /** Roots of verbs whose object is an event of its own: yield, reject, reduce relations. */
  private static final Set<String> ENDING_ROOTS = Set.of("08", "12", "16");

  private final EventLexicon lexicon;
  private final PetrarchMatching petrarch;

  TriggerMatching(EventLexicon lexicon) {
    this.lexicon = lexicon;
    this.petrarch = new PetrarchMatching(lexicon);
  }

  /** The triggers of sentence {@code s}. */
  SentenceTriggers find(EventParse parse, int s) {
    DependencyGraph g = parse.graph();
    Sentence sentence = parse.doc().sentences().get(s);
    List<SentenceTriggers.Match> matches = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    Set<Integer> ended = new HashSet<>();
    Map<Integer, String> verbCodes = new HashMap<>();
    Map<Integer, PetrarchMatch> full = new HashMap<>();
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      if (g.isVerb(t) && lexicon.hasPetrarchVerbs()) {
        List<PetrarchVerbPattern> patterns = petrarch.patterns(parse, t);
        if (!patterns.isEmpty()) {
          Optional<PetrarchMatch> pm = petrarch.best(parse, t, patterns, sentence);
          if (pm.isPresent()) {
            PetrarchVerbPattern pp = pm.get().pattern();
            EventPattern shown =
                new EventPattern(
                    pp.code(),
                    false,
                    g.lemma(t),
                    Optional.empty(),
                    Set.of(),
                    Optional.empty(),
                    Set.of(),
                    pp.source());
            matches.add(new SentenceTriggers.Match(t, shown, Set.of()));
            full.put(t, pm.get());
            verbCodes.put(t, pp.code());
          }
          continue;
        }
      }
      if (g.isVerb(t)) {
        Optional<SentenceTriggers.Match> m = best(g, t, lexicon.verb(g.lemma(t)), false);
        if (m.isPresent()) {
          matches.add(m.get());
          if (!ENDING_ROOTS.contains(m.get().pattern().code().substring(0, 2))) {
            consumed.addAll(m.get().consumed());
          } else {
            // "ended its offensive": the offensive is an event of its own
            ended.addAll(m.get().consumed());
          }
          verbCodes.put(t, m.get().pattern().code());
        }
      }
    }
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      if (g.isNoun(t) && !consumed.contains(t)) {
        List<EventPattern> candidates = new ArrayList<>();
        for (String key : g.keys(t)) {
          candidates.addAll(lexicon.noun(key));
        }
        best(g, t, candidates, true).ifPresent(matches::add);
      }
    }
    Set<Integer> triggers = new HashSet<>();
    for (SentenceTriggers.Match m : matches) {
      triggers.add(m.trigger());
    }
    matches.removeIf(
        m ->
            m.pattern().noun()
                && g.relation(m.trigger()).equals("compound")
                && triggers.contains(g.head(m.trigger())));
    return new SentenceTriggers(s, matches, verbCodes, ended, full);
  }

  /** The most specific pattern that matches at {@code t} (the later of equals). */
  private Optional<SentenceTriggers.Match> best(
      DependencyGraph g, int t, List<EventPattern> patterns, boolean noun) {
    SentenceTriggers.Match best = null;
    for (EventPattern p : patterns) {
      Optional<Set<Integer>> consumed = matches(g, t, p, noun);
      if (consumed.isPresent()
          && (best == null || p.specificity() >= best.pattern().specificity())) {
        best = new SentenceTriggers.Match(t, p, consumed.get());
      }
    }
    return Optional.ofNullable(best);
  }

  /** The tokens a pattern uses besides the trigger, if it matches. */
  private Optional<Set<Integer>> matches(DependencyGraph g, int t, EventPattern p, boolean noun) {
    Set<Integer> used = new HashSet<>();
    if (p.particle().isPresent()) {
      String particle = p.particle().get();
      boolean found = false;
      for (int d : g.dependents(t)) {
        if (g.lemma(d).equals(particle) && !g.relation(d).startsWith("nsubj")) {
          found = true;
          used.add(d);
        }
      }
      if (!found && t + 1 < g.size() && g.lemma(t + 1).equals(particle)) {
        found = true;
      }
      if (!found) {
        return Optional.empty();
      }
    }
    if (!p.objects().isEmpty()) {
      Optional<Integer> object =
          g.objects(t).stream().filter(o -> any(g, o, p.objects())).findFirst();
      if (object.isEmpty()) {
        return Optional.empty();
      }
      used.add(object.get());
    }
    if (p.preposition().isPresent()) {
      String prep = p.preposition().get();
      boolean found = false;
      for (int d : g.dependents(t)) {
        String rel = g.relation(d);
        if (!(rel.startsWith("obl")
            || rel.startsWith("nmod")
            || rel.equals("xcomp")
            || rel.equals("advcl")
            || rel.equals("ccomp")
            || rel.equals("acl"))) {
          continue;
        }
        if (g.caseOf(d).filter(prep::equals).isEmpty()) {
          continue;
        }
        if (p.prepositionNouns().isEmpty() || any(g, d, p.prepositionNouns())) {
          found = true;
          if (!noun) {
            used.add(d);
          }
          break;
        }
      }
      if (!found) {
        return Optional.empty();
      }
    }
    return Optional.of(used);
  }

  /** True when a token answers to one of the lemmas ({@link DependencyGraph#keys}). */
  private static boolean any(DependencyGraph g, int token, Set<String> lemmas) {
    for (String key : g.keys(token)) {
      if (lemmas.contains(key)) {
        return true;
      }
    }
    return false;
  }
}

package org.herodotus.event;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;

/**
 * Step 2 of the {@link EventCoder}: a draft for each trigger, with its source and target read from
 * the parse. A verb's source is its subject (or controller, {@link Subjects}); in the passive, the
 * "by" agent, else the passive subject. Its target is its object, unless the pattern names the
 * object (then the object is the event's theme); else an oblique with a target preposition ("talks
 * <em>with</em> Baku"), its own or its object's. A noun's source is its possessor, or the subject
 * of the verb it completes where that verb lends it ({@link #supports}), or of the intent word it
 * depends on ("ready for talks").
 */
final class Arguments {

  /** Roots of verbs whose object is what they talk about: statements, demands, rejections. */
  private static final Set<String> NOT_LENDING_ROOTS = Set.of("01", "10", "11", "12", "16");

  /** Roots of appeals, intent and aid, whose target may come with "for". */
  private static final Set<String> FOR_ROOTS = Set.of("02", "03", "07");

  private final Subjects subjects;
  private final Set<String> intent;
  private final Set<String> light;
  private final Set<String> targetPrepositions;
  private final Set<String> nominalTargetPrepositions;

  Arguments(WordLists words) {
    this.subjects = new Subjects(words);
    this.intent = words.get("intent-words");
    this.light = words.get("light-verbs");
    this.targetPrepositions = words.get("target-prepositions");
    this.nominalTargetPrepositions = words.get("nominal-target-prepositions");
  }

  /** The draft of a trigger, with the source and target the parse gives. */
  EventDraft draft(EventParse parse, SentenceTriggers sentence, SentenceTriggers.Match m) {
    DependencyGraph g = parse.graph();
    ArgumentActors actors = parse.actors();
    EventDraft d = EventDraft.of(sentence.sentence(), m.trigger(), m.pattern());
    boolean noun = m.pattern().noun();
    int t = m.trigger();
    boolean themeObject = !m.pattern().objects().isEmpty();
    if (!noun && g.isPassive(t)) {
      d = d.withFlag(Event.Flag.PASSIVE);
      Optional<Integer> agent = Optional.empty();
      for (int o : g.children(t, "obl", "obl:agent")) {
        if (g.caseOf(o).filter("by"::equals).isPresent()) {
          agent = Optional.of(o);
        }
      }
      Optional<Integer> subject = g.child(t, "nsubj:pass");
      if (agent.isPresent()) {
        d = d.withSource(actors.arg(agent.get(), "agent"));
        d = d.withRule("passive: source is the 'by' agent");
        if (!themeObject) {
          d = d.withTarget(subject.flatMap(x -> actors.arg(x, "nsubj:pass")));
        }
      } else if (subject.isPresent()) {
        d = d.withSource(actors.arg(subject.get(), "nsubj:pass"));
        d = d.withRule("passive without agent: source is the subject");
      }
    } else if (!noun) {
      d = d.withSource(subjects.of(parse, t));
      if (!themeObject) {
        for (int o : g.children(t, "obj", "iobj")) {
          if (d.target().isEmpty()) {
            d = d.withTarget(actors.arg(o, g.relation(o)));
          }
        }
        if (d.target().isEmpty() && g.relation(t).equals("compound")) {
          d = d.withTarget(actors.arg(g.head(t), "obj"));
        }
      }
    } else {
      d = d.withSource(nounSource(parse, sentence, t, 0, false));
    }
    if (d.target().isEmpty()) {
      d = d.withTarget(obliqueTarget(parse, t, d.code(), noun, m.pattern()));
    }
    if (d.target().isEmpty() && !noun && !d.code().startsWith("01")) {
      for (int o : g.objects(t)) {
        if (d.target().isEmpty()) {
          d = d.withTarget(obliqueTarget(parse, o, d.code(), true, m.pattern()));
        }
      }
    }
    return d;
  }

  /** The actor of a nominal event: its possessor, or the subject of the verb it completes. */
  private Optional<EventArg> nounSource(
      EventParse parse, SentenceTriggers sentence, int t, int depth, boolean intended) {
    DependencyGraph g = parse.graph();
    ArgumentActors actors = parse.actors();
    Optional<Integer> poss = g.child(t, "nmod:poss");
    if (poss.isPresent()) {
      Optional<EventArg> a = actors.arg(poss.get(), "poss");
      if (a.isPresent()) {
        return a;
      }
    }
    if (depth > 3) {
      return Optional.empty();
    }
    String rel = g.relation(t);
    int h = g.head(t);
    if (rel.equals("root") || rel.equals("ccomp")) {
      // "Azerbaijan's agenda is about reintegration": the copular subject
      return g.child(t, "nsubj").flatMap(x -> actors.arg(x, "nsubj"));
    }
    if (h < 0 || rel.startsWith("nsubj") || sentence.ended().contains(t)) {
      return Optional.empty();
    }
    if ((rel.startsWith("obl") || rel.startsWith("nmod")) && subjects.temporal(g, t)) {
      return Optional.empty();
    }
    if (rel.equals("obj") || rel.startsWith("obl") || rel.equals("xcomp")) {
      if (g.isVerb(h) && !intended && !supports(g, sentence, h)) {
        return Optional.empty();
      }
      if (g.isVerb(h)) {
        return subjects.of(parse, h).map(a -> a.withRole("controller"));
      }
      // "ready for talks": the adjective's subject
      return g.child(h, "nsubj").flatMap(x -> actors.arg(x, "controller"));
    }
    if (rel.startsWith("nmod") || rel.equals("compound")) {
      if (g.isNoun(h)) {
        return nounSource(parse, sentence, h, depth + 1, intended || intent.contains(g.lemma(h)));
      }
    }
    return Optional.empty();
  }

  /**
   * True when a verb lends its subject to the noun event it governs: a light verb ("hold talks",
   * "reach a deal"), an intent verb, or a material event verb; not a verb of saying, demanding,
   * criticizing or rejecting, whose object is what is talked about.
   */
  private boolean supports(DependencyGraph g, SentenceTriggers sentence, int verb) {
    String lemma = g.lemma(verb);
    if (light.contains(lemma) || intent.contains(lemma)) {
      return true;
    }
    String code = sentence.verbCodes().get(verb);
    if (code == null) {
      return false;
    }
    return !NOT_LENDING_ROOTS.contains(code.substring(0, 2));
  }

  /** A target in an oblique or nominal modifier with a target preposition. */
  private Optional<EventArg> obliqueTarget(
      EventParse parse, int t, String code, boolean noun, EventPattern pattern) {
    DependencyGraph g = parse.graph();
    Set<String> preps = new HashSet<>(targetPrepositions);
    if (FOR_ROOTS.contains(code.substring(0, 2))) {
      preps.add("for");
    }
    if (noun) {
      preps.addAll(nominalTargetPrepositions);
    }
    for (int d : g.dependents(t)) {
      String rel = g.relation(d);
      if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || rel.equals("nmod:poss")) {
        continue;
      }
      Optional<String> c = g.caseOf(d);
      if (c.isPresent()
          && pattern.noun()
          && pattern.preposition().filter(c.get()::equals).isPresent()
          && !pattern.prepositionNouns().isEmpty()) {
        continue;
      }
      if (c.isPresent() && preps.contains(c.get()) && !g.relation(d).equals("obl:tmod")) {
        Optional<EventArg> a = parse.actors().arg(d, rel + ":" + c.get());
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }
}

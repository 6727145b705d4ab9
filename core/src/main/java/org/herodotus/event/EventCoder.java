package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.EventEvidence;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Note;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Stage;

/**
 * Codes events from the dependency parse: each verb or noun the {@link EventLexicon} knows becomes
 * a CAMEO event, with its source and target read from the parse (subject, object, obliques with
 * "with", "against", "to", "on", the passive "by" agent, a possessor for nouns), then adjusted for
 * reported speech (claimed), intent and future ("would provide" → 03x), negation ("no need to
 * convene" → 12x), background events (dated before the article's year) and caption duplicates.
 *
 * <p>What it drops on purpose (no source actor, a negated event CAMEO cannot code, a caption
 * duplicate) it records as {@link Note}s of stage {@code events}, so users can see why.
 */
public final class EventCoder implements Stage {

  static final String NAME = "events";

  private final Set<String> speech;
  private final Set<String> intentWords;
  private final Set<String> future;
  private final Set<String> refuse;
  private final Set<String> negators;
  private final Set<String> temporal;
  private final Set<String> lightVerbs;
  private final Set<String> targetPrepositions;
  private final Set<String> nominalTargetPrepositions;
  private final Set<String> agentPlacePrepositions;

  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final PloverMapping plover;
  private final ActorCodes actorCodes;
  private final PlaceOf places;
  private final boolean recode;
  private final int minConfidence;

  public EventCoder() {
    this(EventLexicon.bundled(), new CountryActorCodes(), PlaceOf.NONE);
  }

  public EventCoder(EventLexicon lexicon, ActorCodes actorCodes, PlaceOf places) {
    this(lexicon, actorCodes, places, true);
  }

  /**
   * A coder with its own lexicon, actor codes and places. With {@code recode} false, intent and
   * negation are flagged but do not change the pattern's code (for dictionaries whose patterns
   * already code them, such as PETRARCH's).
   */
  public EventCoder(EventLexicon lexicon, ActorCodes actorCodes, PlaceOf places, boolean recode) {
    this(lexicon, actorCodes, places, recode, 0);
  }

  /**
   * A coder that also drops events whose {@link EventConfidence} is below {@code minConfidence},
   * with a note "below threshold" (0 keeps every event).
   */
  public EventCoder(
      EventLexicon lexicon,
      ActorCodes actorCodes,
      PlaceOf places,
      boolean recode,
      int minConfidence) {
    this(lexicon, actorCodes, places, recode, minConfidence, WordLists.bundled());
  }

  /** A coder whose word lists come from {@code words} (a user's lists in place of the bundled). */
  public EventCoder(
      EventLexicon lexicon,
      ActorCodes actorCodes,
      PlaceOf places,
      boolean recode,
      int minConfidence,
      WordLists words) {
    this.speech = words.get("assertion-verbs");
    this.intentWords = words.get("intent-words");
    this.future = words.get("future-auxiliaries");
    this.refuse = words.get("refusal-verbs");
    this.negators = words.get("negators");
    this.temporal = words.get("temporal-prepositions");
    this.lightVerbs = words.get("light-verbs");
    this.targetPrepositions = words.get("target-prepositions");
    this.nominalTargetPrepositions = words.get("nominal-target-prepositions");
    this.agentPlacePrepositions = words.get("agent-place-prepositions");
    this.minConfidence = minConfidence;
    this.recode = recode;
    this.lexicon = lexicon;
    this.codebook = CameoCodebook.bundled();
    this.plover = PloverMapping.bundled();
    this.actorCodes = actorCodes;
    this.places = places;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    Set<Layer> layers =
        new HashSet<>(
            Set.of(
                Layer.SENTENCES,
                Layer.TOKENS,
                Layer.DEPENDENCIES,
                Layer.MENTIONS,
                Layer.ENTITIES,
                Layer.TIMES));
    if (places != PlaceOf.NONE) {
      layers.add(Layer.ACTORS);
      layers.add(Layer.PLACES);
    }
    return Set.copyOf(layers);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Doc apply(Doc doc) {
    Run run = new Run(doc);
    run.code();
    return doc.withEvents(places.locate(doc, run.events)).withNotes(run.dropped);
  }

  /** A lexicon match at a trigger token. */
  private record Match(int trigger, EventPattern pattern, Set<Integer> consumed) {}

  /** An event under construction. */
  private static final class Draft {
    int sentence;
    int trigger;
    EventPattern pattern;
    String code;
    Optional<Arg> source = Optional.empty();
    Optional<Arg> target = Optional.empty();
    Set<Event.Flag> flags = new LinkedHashSet<>();
    List<String> rules = new ArrayList<>();
    int speechVerb = -1;
    Optional<TimeExpression> time = Optional.empty();
    boolean mutual;
    String petrarchText;

    Draft copy() {
      Draft c = new Draft();
      c.sentence = sentence;
      c.trigger = trigger;
      c.pattern = pattern;
      c.code = code;
      c.source = source;
      c.target = target;
      c.flags = new LinkedHashSet<>(flags);
      c.rules = new ArrayList<>(rules);
      c.speechVerb = speechVerb;
      c.time = time;
      c.mutual = mutual;
      c.petrarchText = petrarchText;
      return c;
    }
  }

  /** An argument token resolved to an actor. */
  private record Arg(int token, EventActor actor) {
    String key() {
      return actor.entity().map(e -> "e" + e).orElse("t" + actor.span());
    }
  }

  /** One document's coding. */
  private final class Run {
    final Doc doc;
    final DependencyGraph g;
    final List<Event> events = new ArrayList<>();
    final List<Note> dropped = new ArrayList<>();
    final Optional<String> published;

    /** Verb triggers of the current sentence and the codes their patterns give. */
    final Map<Integer, String> verbCodes = new HashMap<>();

    /**
     * Objects of verbs that end, refuse or halt them ("end the war"): events of their own, whose
     * actor is not the verb's subject.
     */
    final Set<Integer> ended = new HashSet<>();

    /** Full PETRARCH pattern matches of the current sentence, by trigger. */
    final Map<Integer, PetrarchMatch> petrarchMatches = new HashMap<>();

    Run(Doc doc) {
      this.doc = doc;
      this.g = new DependencyGraph(doc);
      this.published = doc.metadata().publishedDate();
    }

    void code() {
      List<Draft> all = new ArrayList<>();
      for (int s = 0; s < doc.sentences().size(); s++) {
        Sentence sentence = doc.sentences().get(s);
        int p = doc.paragraphAt(sentence.span().start());
        Paragraph paragraph = p >= 0 ? doc.paragraphs().get(p) : null;
        if (paragraph != null && !paragraph.isProse()) {
          continue;
        }
        List<Draft> drafts = sentence(s, sentence);
        if (paragraph != null && paragraph.duplicateOf().isPresent()) {
          for (Draft d : drafts) {
            drop(d, "caption duplicate of paragraph " + paragraph.duplicateOf().get());
          }
          continue;
        }
        all.addAll(drafts);
      }
      Map<Integer, Integer> statementAt = new HashMap<>();
      for (Draft d : all) {
        if (d.code.startsWith("01")) {
          statementAt.put(d.trigger, events.size() + statementAt.size());
        }
      }
      // indexes shift when drafts before a statement are dropped; compute after filtering
      List<Draft> kept = new ArrayList<>();
      for (Draft d : all) {
        if (d.source.isEmpty()) {
          drop(d, "no source actor");
          continue;
        }
        Optional<EventActor> source = d.source.map(Arg::actor);
        Optional<EventActor> target = d.target.map(Arg::actor);
        int confidence = EventConfidence.of(d.flags, source, target);
        if (confidence < minConfidence) {
          drop(
              d,
              "below threshold: confidence "
                  + confidence
                  + " < "
                  + minConfidence
                  + " ("
                  + String.join(", ", EventConfidence.reasons(d.flags, source, target))
                  + ")");
        } else {
          kept.add(d);
        }
      }
      statementAt.clear();
      for (int i = 0; i < kept.size(); i++) {
        if (kept.get(i).code.startsWith("01")) {
          statementAt.put(kept.get(i).trigger, i);
        }
      }
      for (Draft d : kept) {
        events.add(build(d, Optional.ofNullable(statementAt.get(d.speechVerb))));
      }
      datePlannedEventsTwice();
      targetsOfEventsToldAgain();
    }

    /**
     * An event named again by a noun without its target ("following its operation", after "its
     * one-day offensive in Karabakh ... with the separatists") is the event told before: same code,
     * same source, in an earlier sentence. It takes that event's target.
     */
    void targetsOfEventsToldAgain() {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (!e.has(Event.Flag.NOMINAL)
            || e.target().isPresent()
            || e.source().flatMap(EventActor::code).isEmpty()
            || e.rootCode().equals("01")) {
          continue;
        }
        String source = e.source().flatMap(EventActor::code).get();
        for (int j = 0; j < i; j++) {
          Event before = events.get(j);
          Optional<String> otherSource = before.source().flatMap(EventActor::code);
          if (!before.code().equals(e.code())
              || before.evidence().sentence() == e.evidence().sentence()
              || before.target().flatMap(EventActor::code).isEmpty()
              || otherSource.isEmpty()
              || !EventPlaces.same(source, otherSource.get())
              || before.has(Event.Flag.BACKGROUND) != e.has(Event.Flag.BACKGROUND)) {
            continue;
          }
          EventActor t = before.target().get();
          EventActor target =
              new EventActor(
                  t.span(), t.text(), t.mention(), t.entity(), t.name(), t.code(), "context");
          events.set(
              i,
              e.withTarget(
                  Optional.of(target),
                  e.evidence()
                      .withRule(
                          "target of the same event told before at '"
                              + doc.slice(before.evidence().trigger())
                              + "' (sentence "
                              + before.evidence().sentence()
                              + ")")));
          break;
        }
      }
    }

    /**
     * A planned event the article names twice ("agreed to hold talks with Azerbaijan" ... "talks
     * with the separatists due on Thursday") is one event: where only one mention is dated by a
     * time expression, the other takes its date.
     */
    void datePlannedEventsTwice() {
      List<Event> before = List.copyOf(events);
      for (int i = 0; i < before.size(); i++) {
        Event e = before.get(i);
        if (!e.dateFrom().equals("publication") || !e.has(Event.Flag.INTENT)) {
          continue;
        }
        for (Event other : before) {
          if (other == e
              || !other.dateFrom().equals("time")
              || !other.has(Event.Flag.INTENT)
              || !EventPlaces.sameEvent(e, other)) {
            continue;
          }
          List<Event.Flag> flags = new ArrayList<>(e.flags());
          if (other.has(Event.Flag.BACKGROUND) && !flags.contains(Event.Flag.BACKGROUND)) {
            flags.add(Event.Flag.BACKGROUND);
          }
          EventEvidence why =
              e.evidence()
                  .withRule(
                      "date of the same planned event at '"
                          + doc.slice(other.evidence().trigger())
                          + "' (sentence "
                          + other.evidence().sentence()
                          + ")")
                  .withTime(other.evidence().time());
          events.set(i, e.withDate(other.date(), "time", flags, why));
          break;
        }
      }
    }

    List<Draft> sentence(int s, Sentence sentence) {
      List<Match> matches = new ArrayList<>();
      Set<Integer> consumed = new HashSet<>();
      verbCodes.clear();
      ended.clear();
      petrarchMatches.clear();
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        if (g.isVerb(t) && lexicon.hasPetrarchVerbs()) {
          List<PetrarchVerbPattern> full = petrarchPatterns(t);
          if (!full.isEmpty()) {
            Optional<PetrarchMatch> pm = petrarchBest(t, full, sentence);
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
              matches.add(new Match(t, shown, Set.of()));
              petrarchMatches.put(t, pm.get());
              verbCodes.put(t, pp.code());
            }
            continue;
          }
        }
        if (g.isVerb(t)) {
          best(t, lexicon.verb(g.lemma(t)), false)
              .ifPresent(
                  m -> {
                    matches.add(m);
                    if (!Set.of("08", "12", "16").contains(m.pattern().code().substring(0, 2))) {
                      // "ended its offensive": the offensive is an event of its own
                      consumed.addAll(m.consumed());
                    } else {
                      ended.addAll(m.consumed());
                    }
                    verbCodes.put(m.trigger(), m.pattern().code());
                  });
        }
      }
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        if (g.isNoun(t) && !consumed.contains(t)) {
          List<EventPattern> candidates = new ArrayList<>();
          for (String key : g.keys(t)) {
            candidates.addAll(lexicon.noun(key));
          }
          best(t, candidates, true).ifPresent(matches::add);
        }
      }
      Set<Integer> triggers = new HashSet<>();
      for (Match m : matches) {
        triggers.add(m.trigger());
      }
      matches.removeIf(
          m ->
              m.pattern().noun()
                  && g.relation(m.trigger()).equals("compound")
                  && triggers.contains(g.head(m.trigger())));
      List<Draft> drafts = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Match m : matches) {
        Optional<Draft> draft = draft(s, m);
        if (draft.isEmpty()) {
          continue;
        }
        drafts.add(draft.get());
      }
      drafts = expandConjuncts(drafts);
      borrowTargets(drafts);
      List<Draft> unique = new ArrayList<>();
      for (Draft d : drafts) {
        String key =
            d.code
                + "|"
                + d.source.map(Arg::key).orElse("")
                + "|"
                + d.target.map(Arg::key).orElse("");
        if (seen.add(key)) {
          unique.add(d);
        } else {
          drop(d, "same event already coded in this sentence");
        }
      }
      return unique;
    }

    /** The most specific pattern that matches at {@code t}. */
    Optional<Match> best(int t, List<EventPattern> patterns, boolean noun) {
      Match best = null;
      for (EventPattern p : patterns) {
        Optional<Set<Integer>> consumed = matches(t, p, noun);
        if (consumed.isPresent()
            && (best == null || p.specificity() >= best.pattern().specificity())) {
          best = new Match(t, p, consumed.get());
        }
      }
      return Optional.ofNullable(best);
    }

    /** The tokens a pattern uses besides the trigger, if it matches. */
    Optional<Set<Integer>> matches(int t, EventPattern p, boolean noun) {
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
        if (!found && t + 1 < doc.tokens().size() && g.lemma(t + 1).equals(particle)) {
          found = true;
        }
        if (!found) {
          return Optional.empty();
        }
      }
      if (!p.objects().isEmpty()) {
        Optional<Integer> object = objects(t).stream().filter(o -> any(o, p.objects())).findFirst();
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
          if (p.prepositionNouns().isEmpty() || any(d, p.prepositionNouns())) {
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

    boolean any(int token, Set<String> lemmas) {
      for (String key : g.keys(token)) {
        if (lemmas.contains(key)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Direct objects of a verb, with their conjuncts and compound parts, and the noun it modifies.
     */
    List<Integer> objects(int t) {
      List<Integer> objects = new ArrayList<>();
      List<Integer> heads = new ArrayList<>(g.children(t, "obj", "iobj"));
      if (g.isPassive(t)) {
        heads.addAll(g.children(t, "nsubj:pass"));
      }
      String rel = g.relation(t);
      if ((rel.equals("amod") || rel.equals("compound") || rel.equals("acl")) && g.head(t) >= 0) {
        heads.add(g.head(t));
      }
      for (int h : heads) {
        objects.add(h);
        objects.addAll(g.children(h, "conj", "compound"));
        for (int n : g.children(h, "nmod")) {
          if (g.caseOf(n).filter("of"::equals).isPresent()) {
            objects.add(n);
          }
        }
      }
      return objects;
    }

    Optional<Draft> draft(int s, Match m) {
      Draft d = new Draft();
      d.sentence = s;
      d.trigger = m.trigger();
      d.pattern = m.pattern();
      d.code = m.pattern().code();
      boolean noun = m.pattern().noun();
      if (noun) {
        d.flags.add(Event.Flag.NOMINAL);
      }
      int t = m.trigger();
      boolean themeObject = !m.pattern().objects().isEmpty();
      // source and target
      if (!noun && g.isPassive(t)) {
        d.flags.add(Event.Flag.PASSIVE);
        Optional<Integer> agent = Optional.empty();
        for (int o : g.children(t, "obl", "obl:agent")) {
          if (g.caseOf(o).filter("by"::equals).isPresent()) {
            agent = Optional.of(o);
          }
        }
        Optional<Integer> subject = g.child(t, "nsubj:pass");
        if (agent.isPresent()) {
          d.source = arg(agent.get(), "agent");
          d.rules.add("passive: source is the 'by' agent");
          if (!themeObject) {
            d.target = subject.flatMap(x -> arg(x, "nsubj:pass"));
          }
        } else if (subject.isPresent()) {
          d.source = arg(subject.get(), "nsubj:pass");
          d.rules.add("passive without agent: source is the subject");
        }
      } else if (!noun) {
        d.source = subjectOf(t, 0);
        if (!themeObject) {
          for (int o : g.children(t, "obj", "iobj")) {
            if (d.target.isEmpty()) {
              d.target = arg(o, g.relation(o));
            }
          }
          if (d.target.isEmpty() && (g.relation(t).equals("compound"))) {
            d.target = arg(g.head(t), "obj");
          }
        }
      } else {
        d.source = nounSource(t, 0);
      }
      if (d.target.isEmpty()) {
        d.target = obliqueTarget(t, d.code, noun, m.pattern());
      }
      if (d.target.isEmpty() && !noun && !d.code.startsWith("01")) {
        for (int o : objects(t)) {
          if (d.target.isEmpty()) {
            d.target = obliqueTarget(o, d.code, true, m.pattern());
          }
        }
      }
      PetrarchMatch pm = petrarchMatches.get(t);
      if (pm != null) {
        d.petrarchText = "PETRARCH " + pm.pattern().verb() + ": " + pm.pattern().text();
        if (pm.source() >= 0) {
          d.source = actorPhrase(pm.source()).map(x -> withRole(x, "pattern $"));
        }
        if (pm.target() >= 0) {
          d.target = actorPhrase(pm.target()).map(x -> withRole(x, "pattern +"));
        }
        if (pm.compound() >= 0) {
          d.source = actorPhrase(pm.compound()).map(x -> withRole(x, "pattern %"));
          d.target = Optional.empty();
          d.mutual = true;
        }
      }
      if (!recode
          && d.target.isPresent()
          && d.source.isPresent()
          && d.target.get().key().equals(d.source.get().key())) {
        d.target = Optional.empty();
      }
      if (!recode && d.target.isEmpty() && !noun && !d.mutual) {
        d.target = firstActorAfter(t, d.source);
      }
      // reported speech
      int speech = speechVerb(t);
      if (speech >= 0 && speech != t) {
        d.flags.add(Event.Flag.CLAIMED);
        d.speechVerb = speech;
        d.rules.add("reported by '" + g.token(speech).text() + "'");
      }
      // intent and future
      Optional<String> intent = intent(t);
      if (intent.isPresent()) {
        d.flags.add(Event.Flag.INTENT);
        String coded = recode ? Transforms.intent(d.code) : d.code;
        d.rules.add(
            "intent: "
                + intent.get()
                + (coded.equals(d.code) ? "" : " (" + d.code + " → " + coded + ")"));
        d.code = coded;
      }
      // negation
      Optional<Negation> negation = negation(t);
      if (negation.isPresent()) {
        d.flags.add(Event.Flag.NEGATED);
        Optional<String> rejected =
            negation.get().object()
                ? Optional.empty()
                : recode ? Transforms.negated(d.code) : Optional.of(d.code);
        if (rejected.isEmpty()) {
          drop(d, "negated (" + negation.get().word() + ") and CAMEO has no rejection for it");
          return Optional.empty();
        }
        d.rules.add(
            "negated: " + negation.get().word() + " (" + d.code + " → " + rejected.get() + ")");
        d.code = rejected.get();
        if (negation.get().governor() && speech >= 0) {
          Optional<Arg> speaker = subjectOf(speech, 0).map(a -> withRole(a, "speaker"));
          if (speaker.isPresent()) {
            d.target = d.source;
            d.source = speaker;
            d.rules.add("rejected by the speaker; the negated event's actor is the target");
          }
        }
      }
      if (d.source.isPresent()
          && d.target.isPresent()
          && d.source.get().key().equals(d.target.get().key())) {
        d.target = Optional.empty();
      }
      d.time = timeOf(s, t);
      return Optional.of(d);
    }

    // ---- PETRARCH verb patterns, read in full ----

    List<PetrarchVerbPattern> petrarchPatterns(int t) {
      List<PetrarchVerbPattern> all = new ArrayList<>(lexicon.petrarchVerb(g.lemma(t)));
      String text = g.token(t).text().toLowerCase(java.util.Locale.ROOT);
      for (PetrarchVerbPattern p : lexicon.petrarchVerb(text)) {
        if (!all.contains(p)) {
          all.add(p);
        }
      }
      return all;
    }

    /** The longest PETRARCH pattern that matches at verb {@code t} (file order breaks ties). */
    Optional<PetrarchMatch> petrarchBest(
        int t, List<PetrarchVerbPattern> patterns, Sentence sentence) {
      PetrarchMatch best = null;
      for (PetrarchVerbPattern p : patterns) {
        Optional<PetrarchMatch> m = new PetrarchMatcher(p, t, sentence).match();
        if (m.isEmpty()) {
          continue;
        }
        if (best == null
            || p.length() > best.pattern().length()
            || (p.length() == best.pattern().length()
                && (p.placesActors() && !best.pattern().placesActors()
                    || p.placesActors() == best.pattern().placesActors()
                        && best.pattern().before().isEmpty()
                        && best.pattern().after().isEmpty()
                        && !(p.before().isEmpty() && p.after().isEmpty())))) {
          best = m.get();
        }
      }
      return Optional.ofNullable(best);
    }

    /** Words a token answers to in a PETRARCH pattern: its text and its lemma, lower case. */
    boolean wordIs(int token, String word) {
      String text = g.token(token).text().toLowerCase(java.util.Locale.ROOT);
      return text.equals(word) || g.lemma(token).equals(word);
    }

    /** The head of the noun phrase a token belongs to (up compound, amod, det, flat links). */
    int phraseHead(int token) {
      int h = token;
      for (int step = 0; step < 4; step++) {
        String rel = g.relation(h);
        int up = g.head(h);
        if (up >= 0
            && g.isNoun(up)
            && (rel.equals("compound")
                || rel.equals("amod")
                || rel.equals("det")
                || rel.startsWith("flat")
                || rel.equals("nummod")
                || rel.equals("nmod:poss")
                || rel.equals("case") && g.lemma(h).equals("'s"))) {
          h = up;
        } else {
          break;
        }
      }
      return h;
    }

    /** First and last token of a noun phrase: its head with its modifiers, not its clauses. */
    int[] phraseExtent(int head) {
      int[] extent = {head, head};
      extend(head, extent, 0);
      return extent;
    }

    void extend(int token, int[] extent, int depth) {
      if (depth > 6) {
        return;
      }
      for (int d : g.dependents(token)) {
        String rel = g.relation(d);
        if (rel.startsWith("acl")
            || rel.equals("appos")
            || rel.equals("punct")
            || rel.equals("advcl")
            || rel.equals("parataxis")
            || rel.equals("cc") && depth == 0
            || rel.startsWith("nmod")
                && !rel.equals("nmod:poss")
                && !g.caseOf(d).filter("of"::equals).isPresent()) {
          continue;
        }
        extent[0] = Math.min(extent[0], d);
        extent[1] = Math.max(extent[1], d);
        extend(d, extent, depth + 1);
      }
    }

    /** The actor of the noun phrase a token belongs to, if it has a code. */
    Optional<Arg> actorPhrase(int token) {
      if (!(g.isNoun(token) || g.mentionAt(token) >= 0 || g.pos(token).equals("PRP"))) {
        return Optional.empty();
      }
      return arg(phraseHead(token), "pattern").filter(a -> a.actor().code().isPresent());
    }

    /**
     * PETRARCH's target when nothing else gave one: the first actor after the verb in its own
     * phrase (its objects and obliques, not its subject or the clauses it governs).
     */
    Optional<Arg> firstActorAfter(int t, Optional<Arg> source) {
      Set<Integer> inside = new HashSet<>();
      collect(t, inside, 0);
      for (int i = t + 1;
          i < doc.tokens().size() && g.token(i).sentence() == g.token(t).sentence();
          i++) {
        if (!inside.contains(i)) {
          continue;
        }
        Optional<Arg> a = actorPhrase(i);
        if (a.isPresent() && (source.isEmpty() || !a.get().key().equals(source.get().key()))) {
          return a.map(x -> withRole(x, "after the verb"));
        }
      }
      // then the clause it governs: "allowed that Mordor isn't a pleasant place"
      for (int c : g.dependents(t)) {
        if (!g.relation(c).equals("ccomp") || c < t) {
          continue;
        }
        Optional<Integer> subject = g.child(c, "nsubj", "nsubj:pass");
        if (subject.isPresent()) {
          Optional<Arg> a = actorPhrase(subject.get());
          if (a.isPresent() && (source.isEmpty() || !a.get().key().equals(source.get().key()))) {
            return a.map(x -> withRole(x, "subject of the clause after the verb"));
          }
        }
      }
      return Optional.empty();
    }

    void collect(int token, Set<Integer> into, int depth) {
      if (depth > 8) {
        return;
      }
      for (int d : g.dependents(token)) {
        String rel = g.relation(d);
        if (depth == 0
            && (rel.startsWith("nsubj")
                || rel.startsWith("csubj")
                || rel.equals("ccomp")
                || rel.equals("parataxis")
                || rel.equals("advcl")
                || rel.equals("conj")
                || rel.equals("xcomp"))) {
          continue;
        }
        if (rel.startsWith("acl") || rel.equals("ccomp") || rel.equals("parataxis")) {
          continue;
        }
        into.add(d);
        collect(d, into, depth + 1);
      }
    }

    /** A PETRARCH pattern matched at a verb, with the tokens its markers found, or -1. */
    record PetrarchMatch(PetrarchVerbPattern pattern, int source, int target, int compound) {}

    /** Matches one PETRARCH pattern at one verb over the sentence's words, with backtracking. */
    final class PetrarchMatcher {
      final PetrarchVerbPattern p;
      final int verb;
      final int first;
      final int end;
      int source = -1;
      int target = -1;
      int compound = -1;

      PetrarchMatcher(PetrarchVerbPattern p, int verb, Sentence sentence) {
        this.p = p;
        this.verb = verb;
        this.first = sentence.firstToken();
        this.end = sentence.endToken();
      }

      Optional<PetrarchMatch> match() {
        if (!after(0, verb + 1, p.verbJoinedRight())) {
          return Optional.empty();
        }
        if (!before(p.before().size() - 1, verb - 1, p.verbJoinedLeft())) {
          return Optional.empty();
        }
        return Optional.of(new PetrarchMatch(p, source, target, compound));
      }

      void mark(PetrarchVerbPattern.Kind kind, int token) {
        switch (kind) {
          case SOURCE -> source = token;
          case TARGET -> target = token;
          case COMPOUND -> compound = token;
          default -> {}
        }
      }

      boolean phraseAt(List<String> words, int at) {
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

      boolean compoundActor(int head) {
        return !g.children(head, "conj").isEmpty()
            || g.mentionAt(head) >= 0 && coordinated(g.mentionAt(head));
      }

      /** Elements after the verb, from {@code i}, the sentence from token {@code at}. */
      boolean after(int i, int at, boolean joined) {
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
                int[] extent = phraseExtent(phraseHead(x));
                return after(i + 1, Math.max(x, extent[1]) + 1, e.joinedNext());
              }
            }
            return false;
          }
          default -> {
            for (int x = at; x < end; x++) {
              Optional<Arg> a = actorPhrase(x);
              if (a.isPresent()) {
                int h = phraseHead(x);
                if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND && !compoundActor(h)) {
                  return false;
                }
                mark(e.kind(), h);
                int[] extent = phraseExtent(h);
                if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND) {
                  for (int c : g.children(h, "conj")) {
                    extent[1] = Math.max(extent[1], phraseExtent(c)[1]);
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
      boolean before(int i, int at, boolean joined) {
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
                int[] extent = phraseExtent(phraseHead(x));
                return before(
                    i - 1, Math.min(x, extent[0]) - 1, i > 0 && p.before().get(i - 1).joinedNext());
              }
            }
            return false;
          }
          default -> {
            for (int x = at; x >= first; x--) {
              Optional<Arg> a = actorPhrase(x);
              if (a.isPresent()) {
                int h = phraseHead(x);
                int[] extent = phraseExtent(h);
                if (e.kind() == PetrarchVerbPattern.Kind.COMPOUND) {
                  int top = h;
                  while (g.relation(top).equals("conj") && g.head(top) >= 0) {
                    top = g.head(top);
                  }
                  if (!compoundActor(top)) {
                    return false;
                  }
                  h = top;
                  extent = phraseExtent(h);
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

    Arg withRole(Arg a, String role) {
      EventActor x = a.actor();
      return new Arg(
          a.token(),
          new EventActor(x.span(), x.text(), x.mention(), x.entity(), x.name(), x.code(), role));
    }

    /** The subject of a verb, or the controller of a clause without one. */
    Optional<Arg> subjectOf(int t, int depth) {
      if (depth > 4 || t < 0) {
        return Optional.empty();
      }
      Optional<Integer> subject = g.child(t, "nsubj");
      if (subject.isPresent()) {
        Optional<Arg> a = arg(subject.get(), "nsubj");
        if (a.isPresent()) {
          return a;
        }
      }
      if (g.isPassive(t)) {
        Optional<Integer> s = g.child(t, "nsubj:pass");
        if (s.isPresent()) {
          return arg(s.get(), "nsubj:pass");
        }
      }
      String rel = g.relation(t);
      int h = g.head(t);
      if (h < 0) {
        return Optional.empty();
      }
      if (rel.equals("xcomp")) {
        Optional<Integer> object = g.child(h, "obj");
        if (object.isPresent()) {
          return arg(object.get(), "controller");
        }
        return subjectOf(h, depth + 1).map(a -> withRole(a, "controller"));
      }
      if (rel.equals("acl:relcl")) {
        return arg(h, "controller");
      }
      if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("root")) {
        return Optional.empty();
      }
      if (rel.equals("conj")
          || rel.equals("advcl")
          || rel.equals("acl")
          || rel.equals("compound")
          || rel.equals("amod")
          || rel.equals("dep")
          || rel.startsWith("obl")
          || rel.startsWith("nmod")
          || rel.equals("obj")) {
        if (rel.startsWith("obl") && g.caseOf(t).filter(temporal::contains).isPresent()) {
          return Optional.empty();
        }
        return subjectOf(h, depth + 1).map(a -> withRole(a, "controller"));
      }
      return Optional.empty();
    }

    /** The actor of a nominal event: its possessor, or the subject of the verb it completes. */
    Optional<Arg> nounSource(int t, int depth) {
      return nounSource(t, depth, false);
    }

    Optional<Arg> nounSource(int t, int depth, boolean intended) {
      Optional<Integer> poss = g.child(t, "nmod:poss");
      if (poss.isPresent()) {
        Optional<Arg> a = arg(poss.get(), "poss");
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
        return g.child(t, "nsubj").flatMap(x -> arg(x, "nsubj"));
      }
      if (h < 0 || rel.startsWith("nsubj") || ended.contains(t)) {
        return Optional.empty();
      }
      if ((rel.startsWith("obl") || rel.startsWith("nmod"))
          && g.caseOf(t).filter(temporal::contains).isPresent()) {
        return Optional.empty();
      }
      if (rel.equals("obj") || rel.startsWith("obl") || rel.equals("xcomp")) {
        if (g.isVerb(h) && !intended && !supports(h)) {
          return Optional.empty();
        }
        if (g.isVerb(h)) {
          return subjectOf(h, 0).map(a -> withRole(a, "controller"));
        }
        // "ready for talks": the adjective's subject
        return g.child(h, "nsubj").flatMap(x -> arg(x, "controller"));
      }
      if (rel.startsWith("nmod") || rel.equals("compound")) {
        if (g.isNoun(h)) {
          return nounSource(h, depth + 1, intended || intentWords.contains(g.lemma(h)));
        }
      }
      return Optional.empty();
    }

    /**
     * True when a verb lends its subject to the noun event it governs: a light verb ("hold talks",
     * "reach a deal"), an intent verb, or a material event verb; not a verb of saying, demanding,
     * criticizing or rejecting, whose object is what is talked about.
     */
    boolean supports(int verb) {
      String lemma = g.lemma(verb);
      if (lightVerbs.contains(lemma) || intentWords.contains(lemma)) {
        return true;
      }
      String code = verbCodes.get(verb);
      if (code == null) {
        return false;
      }
      String root = code.substring(0, 2);
      return !(root.equals("01")
          || root.equals("10")
          || root.equals("11")
          || root.equals("12")
          || root.equals("16"));
    }

    /** A target in an oblique or nominal modifier with a target preposition. */
    Optional<Arg> obliqueTarget(int t, String code, boolean noun, EventPattern pattern) {
      Set<String> preps = new HashSet<>(targetPrepositions);
      if (code.startsWith("03") || code.startsWith("07") || code.startsWith("02")) {
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
          Optional<Arg> a = arg(d, rel + ":" + c.get());
          if (a.isPresent()) {
            return a;
          }
        }
      }
      return Optional.empty();
    }

    /** The speech verb that reports the clause of {@code t}, or -1. */
    int speechVerb(int t) {
      int node = t;
      for (int step = 0; step < 8 && node >= 0; step++) {
        int h = g.head(node);
        if (h < 0) {
          break;
        }
        String rel = g.relation(node);
        if (speech.contains(g.lemma(h))
            && (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))) {
          return h;
        }
        node = h;
      }
      // "..., he said": the clause is the root and the speech verb hangs from it
      for (int d : g.dependents(t)) {
        if (speech.contains(g.lemma(d)) && g.relation(d).equals("parataxis")) {
          return d;
        }
      }
      return -1;
    }

    Optional<String> intent(int t) {
      for (int d : g.dependents(t)) {
        if (g.relation(d).equals("aux") && future.contains(g.lemma(d))) {
          return Optional.of(g.token(d).text());
        }
      }
      int node = t;
      for (int step = 0; step < 3; step++) {
        int h = g.head(node);
        if (h < 0) {
          break;
        }
        String rel = g.relation(node);
        if (speech.contains(g.lemma(h)) || rel.equals("ccomp") && !intentWords.contains(g.lemma(h))) {
          break;
        }
        if (intentWords.contains(g.lemma(h))
            && (rel.equals("xcomp")
                || rel.equals("obj")
                || rel.startsWith("obl")
                || rel.startsWith("nmod")
                || rel.equals("ccomp")
                || rel.equals("amod"))) {
          return Optional.of(g.token(h).text());
        }
        if (!(rel.equals("conj")
            || rel.equals("compound")
            || rel.startsWith("nmod")
            || rel.equals("obj")
            || rel.equals("xcomp"))) {
          break;
        }
        node = h;
      }
      return Optional.empty();
    }

    /**
     * A negation: its words; whether it sits on a governing noun ("no need for ... to convene");
     * whether it negates the object ("gave no detail"), which leaves nothing to code.
     */
    record Negation(String word, boolean governor, boolean object) {}

    Optional<Negation> negation(int t) {
      for (int d : g.dependents(t)) {
        String rel = g.relation(d);
        if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg"))
            && negators.contains(g.lemma(d))) {
          return Optional.of(new Negation(g.token(d).text(), false, false));
        }
      }
      for (int o : g.children(t, "obj")) {
        for (int d : g.children(o, "det")) {
          if (g.lemma(d).equals("no")) {
            return Optional.of(
                new Negation(g.token(d).text() + " " + g.token(o).text(), false, true));
          }
        }
      }
      int node = t;
      for (int step = 0; step < 2; step++) {
        int h = g.head(node);
        if (h < 0) {
          break;
        }
        String rel = g.relation(node);
        if (!(rel.equals("acl")
            || rel.startsWith("nmod")
            || rel.equals("xcomp")
            || rel.equals("conj"))) {
          break;
        }
        if (refuse.contains(g.lemma(h)) && rel.equals("xcomp")) {
          return Optional.of(new Negation(g.token(h).text(), false, false));
        }
        for (int d : g.dependents(h)) {
          String r = g.relation(d);
          if ((r.equals("det") || r.equals("advmod")) && negators.contains(g.lemma(d))) {
            return Optional.of(
                new Negation(g.token(d).text() + " " + g.token(h).text(), g.isNoun(h), false));
          }
        }
        node = h;
      }
      return Optional.empty();
    }

    /**
     * A date expression attached to the trigger (or its object) in the sentence; for a noun trigger
     * without one, the date of the verb it modifies: "deployed peacekeepers [in 2020] as part of a
     * deal" dates the deal too.
     */
    Optional<TimeExpression> timeOf(int s, int t) {
      Optional<TimeExpression> own = attachedTime(s, t);
      if (own.isPresent() || !g.isNoun(t)) {
        return own;
      }
      int node = g.head(t);
      for (int step = 0; step < 3 && node >= 0; step++) {
        if (!g.isNoun(node)) {
          return g.isVerb(node) ? attachedTime(s, node) : Optional.empty();
        }
        node = g.head(node);
      }
      return Optional.empty();
    }

    private Optional<TimeExpression> attachedTime(int s, int t) {
      Sentence sentence = doc.sentences().get(s);
      for (TimeExpression time : doc.times()) {
        if (!sentence.span().contains(time.span().start())
            || !(time.type().equals("DATE") || time.type().equals("TIME"))
            || !time.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
          continue;
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
          if (!time.span().contains(g.token(i).span().start())) {
            continue;
          }
          int node = i;
          for (int step = 0; step < 4 && node >= 0; step++) {
            node = g.head(node);
            if (node == t) {
              return Optional.of(time);
            }
          }
        }
      }
      return Optional.empty();
    }

    /** The actor an argument token denotes: its mention, a possessor's, or a phrase code. */
    Optional<Arg> arg(int token, String role) {
      Optional<Arg> a = arg(token, role, 0);
      if (!recode && a.isPresent() && a.get().actor().code().orElse("---").startsWith("---")) {
        // PETRARCH agents: "Gondor's government", "soldiers from Gondor" compose with the country
        Optional<Arg> composed = withCountry(token, a.get());
        if (composed.isPresent()) {
          return composed;
        }
      }
      return a;
    }

    /** An agent's code composed from its whole noun phrase, possessor and "of/in/from" included. */
    Optional<Arg> withCountry(int token, Arg a) {
      int[] extent = {token, token};
      for (int d : g.dependents(token)) {
        String rel = g.relation(d);
        boolean place =
            rel.startsWith("nmod")
                && (rel.equals("nmod:poss")
                    || g.caseOf(d).filter(agentPlacePrepositions::contains).isPresent());
        if (place || rel.equals("amod") || rel.equals("compound") || rel.equals("det")) {
          int[] e = phraseExtent(d);
          extent[0] = Math.min(extent[0], Math.min(d, e[0]));
          extent[1] = Math.max(extent[1], Math.max(d, e[1]));
        }
      }
      Span mentionSpan = a.actor().span();
      int start = Math.min(g.token(extent[0]).span().start(), mentionSpan.start());
      int end = Math.max(g.token(extent[1]).span().end(), mentionSpan.end());
      Span span = new Span(start, end);
      Optional<String> code = actorCodes.codeOfPhrase(doc, span);
      if (code.isEmpty() || code.get().startsWith("---")) {
        return Optional.empty();
      }
      EventActor x = a.actor();
      return Optional.of(
          new Arg(
              a.token(),
              new EventActor(
                  x.span(), x.text(), x.mention(), x.entity(), x.name(), code, x.role())));
    }

    Optional<Arg> arg(int token, String role, int depth) {
      if (token < 0) {
        return Optional.empty();
      }
      int m = g.mentionAt(token);
      if (m >= 0 && depth == 0 && coordinated(m) && g.isNoun(token)) {
        // "Mordor, Rohan and Bree" as one mention: code each conjunct by its own words
        Optional<Arg> own = phrase(token, role);
        if (own.isPresent()) {
          return own;
        }
      }
      if (m >= 0) {
        Mention mention = doc.mentions().get(m);
        Optional<Integer> entity =
            mention.entity() >= 0 ? Optional.of(mention.entity()) : Optional.empty();
        String name = entity.map(e -> doc.entities().get(e).name()).orElse(mention.text());
        return Optional.of(
            new Arg(
                token,
                new EventActor(
                    mention.span(),
                    mention.text(),
                    Optional.of(m),
                    entity,
                    name,
                    actorCodes.codeOf(doc, m),
                    role)));
      }
      if (depth < 2) {
        for (int d : g.children(token, "nmod:poss", "nmod")) {
          if (g.relation(d).equals("nmod") && g.caseOf(d).filter("of"::equals).isEmpty()) {
            continue;
          }
          Optional<Arg> a = arg(d, role, depth + 1);
          if (a.isPresent()) {
            return a;
          }
        }
      }
      if (g.isNoun(token) && depth == 0) {
        Optional<Arg> own = phrase(token, role);
        if (own.isPresent()) {
          return own;
        }
      }
      if (depth < 2) {
        // "Mordor, Rohan and Bree" with no mention on the first conjunct: the next one stands in
        for (int d : g.children(token, "conj")) {
          Optional<Arg> a = arg(d, role, depth + 1);
          if (a.isPresent()) {
            return a;
          }
        }
      }
      return Optional.empty();
    }

    /** True when a mention's span holds a coordinating conjunction. */
    boolean coordinated(int mention) {
      Span span = doc.mentions().get(mention).span();
      for (Dependency d : doc.dependencies()) {
        if (d.relation().equals("cc") && span.contains(g.token(d.dependent()).span().start())) {
          return true;
        }
      }
      return false;
    }

    /** An argument coded from its own noun phrase (not a mention, or one conjunct of one). */
    Optional<Arg> phrase(int token, String role) {
      int first = token;
      for (int d : g.dependents(token)) {
        String r = g.relation(d);
        if ((r.equals("amod") || r.equals("compound") || r.equals("det")) && d < first) {
          first = d;
        }
      }
      Span span = new Span(g.token(first).span().start(), g.token(token).span().end());
      Optional<String> code = actorCodes.codeOfPhrase(doc, span);
      if (code.isPresent()) {
        String text = doc.slice(span);
        return Optional.of(
            new Arg(
                token,
                new EventActor(span, text, Optional.empty(), Optional.empty(), text, code, role)));
      }
      return Optional.empty();
    }

    /**
     * An event without a target takes the target of another event of the same sentence and source
     * ("Baku announced an end to its offensive after reaching a deal with the separatists").
     */
    void borrowTargets(List<Draft> drafts) {
      for (Draft d : drafts) {
        if (d.target.isPresent() || d.source.isEmpty() || d.code.startsWith("01")) {
          continue;
        }
        for (Draft other : drafts) {
          if (other == d
              || other.target.isEmpty()
              || other.source.isEmpty()
              || other.code.startsWith("01")
              // a demand, rejection or threat is aimed at its target, not what the actor does
              || Set.of("10", "11", "12", "13", "14").contains(other.code.substring(0, 2))
              || other.flags.contains(Event.Flag.NEGATED)
              || !sameActor(other.source.get(), d.source.get())
              || sameActor(other.target.get(), d.source.get())
              || clause(other.trigger) != clause(d.trigger)
              || isPlace(other.target.get())) {
            continue;
          }
          d.target = Optional.of(withRole(other.target.get(), "context"));
          d.rules.add(
              "target from the sentence's other event at '" + g.token(other.trigger).text() + "'");
          break;
        }
      }
    }

    /**
     * One event per conjunct of a coordinated source or target ("Gondor and Osgiliath postponed
     * their meeting" is two events).
     */
    List<Draft> expandConjuncts(List<Draft> drafts) {
      List<Draft> result = new ArrayList<>();
      for (Draft d : drafts) {
        List<Optional<Arg>> sources = conjuncts(d.source);
        List<Optional<Arg>> targets = conjuncts(d.target);
        if (d.target.isEmpty()
            && sources.size() > 1
            && (d.mutual || Set.of("03", "04", "05", "06").contains(d.code.substring(0, 2)))) {
          // "Gondor and Osgiliath renewed ties": each with the other
          for (Optional<Arg> source : sources) {
            for (Optional<Arg> target : sources) {
              if (source.get().key().equals(target.get().key())) {
                continue;
              }
              Draft copy = d.copy();
              copy.source = source;
              copy.target = target;
              copy.rules.add("coordinated actors act with each other");
              result.add(copy);
            }
          }
          continue;
        }
        for (Optional<Arg> source : sources) {
          for (Optional<Arg> target : targets) {
            if (source.isPresent()
                && target.isPresent()
                && source.get().key().equals(target.get().key())) {
              continue;
            }
            Draft copy = d.copy();
            copy.source = source;
            copy.target = target;
            if (source != d.source || target != d.target) {
              copy.rules.add("coordinated actor");
            }
            result.add(copy);
          }
        }
      }
      return result;
    }

    List<Optional<Arg>> conjuncts(Optional<Arg> arg) {
      List<Optional<Arg>> all = new ArrayList<>();
      all.add(arg);
      if (arg.isEmpty()) {
        return all;
      }
      Set<String> seen = new HashSet<>();
      seen.add(arg.get().key());
      for (int c : g.children(arg.get().token(), "conj")) {
        Optional<Arg> a = arg(c, arg.get().actor().role());
        if (a.isPresent() && seen.add(a.get().key())) {
          all.add(a);
        }
      }
      return all;
    }

    /**
     * The head of the clause a trigger belongs to: up the parse until a ccomp, parataxis or root.
     */
    int clause(int t) {
      int node = t;
      for (int step = 0; step < 12; step++) {
        String rel = g.relation(node);
        int h = g.head(node);
        if (h < 0 || rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("root")) {
          return node;
        }
        node = h;
      }
      return node;
    }

    boolean isPlace(Arg a) {
      return a.actor()
              .mention()
              .map(m -> doc.mentions().get(m).type().equals("LOCATION"))
              .orElse(false)
          && a.actor().code().isEmpty();
    }

    boolean sameActor(Arg a, Arg b) {
      if (a.key().equals(b.key())) {
        return true;
      }
      Optional<String> ca = a.actor().code();
      Optional<String> cb = b.actor().code();
      return ca.isPresent()
          && cb.isPresent()
          && ca.get().length() >= 3
          && cb.get().length() >= 3
          && ca.get().substring(0, 3).equals(cb.get().substring(0, 3));
    }

    Event build(Draft d, Optional<Integer> claimedBy) {
      Sentence sentence = doc.sentences().get(d.sentence);
      Span trigger = g.token(d.trigger).span();
      if (!d.pattern.particle().isEmpty()) {
        for (int x : g.dependents(d.trigger)) {
          if (g.lemma(x).equals(d.pattern.particle().get())) {
            trigger = new Span(trigger.start(), Math.max(trigger.end(), g.token(x).span().end()));
          }
        }
      }
      Optional<CameoCodebook.Code> code = codebook.get(d.code);
      String base = d.code.length() > 3 ? d.code.substring(0, 3) : d.code;
      String root = d.code.substring(0, 2);
      Optional<Event.Plover> pl =
          root.equals("01") || root.equals("02")
              ? Optional.empty()
              : plover.of(d.code).map(p -> new Event.Plover(p.event(), p.mode(), p.context()));
      Optional<String> date;
      String dateFrom;
      if (d.time.isPresent()) {
        date = Optional.of(dateOnly(d.time.get().value()));
        dateFrom = "time";
      } else if (published.isPresent()) {
        date = published;
        dateFrom = "publication";
      } else {
        date = Optional.empty();
        dateFrom = "none";
      }
      Set<Event.Flag> flags = new LinkedHashSet<>(d.flags);
      if (d.time.isPresent() && published.isPresent()) {
        String year = date.get().substring(0, 4);
        if (year.compareTo(published.get().substring(0, 4)) < 0) {
          flags.add(Event.Flag.BACKGROUND);
          d.rules.add("background: dated " + date.get());
        }
      }
      return new Event(
          d.code,
          base,
          root,
          code.map(CameoCodebook.Code::quadClass).orElse(0),
          code.map(CameoCodebook.Code::goldstein).orElse(0.0),
          pl,
          d.source.map(Arg::actor),
          d.target.map(Arg::actor),
          date,
          dateFrom,
          Optional.empty(),
          List.copyOf(flags),
          claimedBy,
          new EventEvidence(
              d.sentence,
              sentence.span(),
              trigger,
              Optional.ofNullable(d.petrarchText).orElse(d.pattern.text()),
              d.pattern.code(),
              d.pattern.source(),
              d.rules,
              d.time.map(TimeExpression::span)));
    }

    String dateOnly(String value) {
      return value.length() > 10 ? value.substring(0, 10) : value;
    }

    void drop(Draft d, String reason) {
      Span span = g.token(d.trigger).span();
      dropped.add(
          new Note(
              NAME,
              "dropped "
                  + d.code
                  + " '"
                  + doc.slice(span)
                  + "' at "
                  + span.start()
                  + "-"
                  + span.end()
                  + " ("
                  + d.pattern.text()
                  + "): "
                  + reason));
    }
  }
}

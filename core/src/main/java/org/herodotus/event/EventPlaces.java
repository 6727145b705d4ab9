package org.herodotus.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.EventPlace;
import org.herodotus.doc.Place;
import org.herodotus.doc.Sentence;
import org.herodotus.lexicon.WordLists;

/**
 * Events located with the place layer. An event happened at, strongest evidence first:
 *
 * <ol>
 *   <li>{@code trigger}: a place its trigger governs through a locative preposition ("shelled
 *       positions <em>near Stepanakert</em>", "its offensive <em>in Karabakh</em>", "deployed
 *       peacekeepers <em>to Karabakh</em>", "talks due <em>in the city of Yevlakh</em>"), or a
 *       place name compounded with a nominal trigger ("the <em>Gaza</em> offensive"); the search
 *       does not enter other clauses or other events' triggers;
 *   <li>{@code clause}: a place named in the trigger's clause (not in a clause of its own inside
 *       it: a complement, adverbial or relative clause, a coordinated verb);
 *   <li>{@code event}: the place of the same event (same code, same actors either way) where the
 *       article mentions it again with its place;
 *   <li>{@code sentence}: the place named in the event's sentence nearest the trigger, unless
 *       another event's trigger governs it ("it wanted a smooth reintegration" does not take the
 *       Yevlakh of "talks due in Yevlakh");
 *   <li>{@code focus}: the article's focus place ({@link Place#focus()}), for an event whose
 *       sentence names none.
 * </ol>
 *
 * <p>A place used as an actor is never an event's place: a metonym ("Baku announced", marked by the
 * place layer), a mention the actor layer coded, or a coded source or target of the event. Verbal
 * events (statements, appeals, demands, disapproval, rejection, threats: roots 01, 02, 10–13)
 * happen where they are said, which only a place their trigger governs tells ("said in Baku"), so
 * they take no place from the clause, the sentence or the article.
 */
public final class EventPlaces implements PlaceOf {

  /** Relations that start another clause: the trigger's own search stops there. */
  private static final Set<String> CLAUSES =
      Set.of("ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl", "list");

  /** Roots of verbal events, located only by a place their trigger governs. */
  private static final Set<String> VERBAL = Set.of("01", "02", "10", "11", "12", "13");

  /** Prepositions that put what they introduce where something happens. */
  private final Set<String> locativePrepositions;

  /** Places with the bundled word lists. */
  public EventPlaces() {
    this(WordLists.bundled());
  }

  /** Places with the word list {@code locative-prepositions} of {@code words}. */
  public EventPlaces(WordLists words) {
    this.locativePrepositions = words.get("locative-prepositions");
  }

  @Override
  public List<Event> locate(Doc doc, List<Event> events) {
    if (doc.places().isEmpty() || events.isEmpty()) {
      return events;
    }
    return new Run(doc, events).locate();
  }

  private final class Run {
    final Doc doc;
    final List<Event> events;
    final DependencyGraph g;

    /** Place index by mention index, for the places that may be where something happened. */
    final Map<Integer, Integer> placeOfMention = new HashMap<>();

    /** Places that an event's trigger governs: they are that event's, not the sentence's. */
    final Set<Integer> governedPlaces = new HashSet<>();

    /** Tokens that trigger events. */
    final Set<Integer> triggers = new HashSet<>();

    Run(Doc doc, List<Event> events) {
      this.doc = doc;
      this.events = events;
      this.g = new DependencyGraph(doc);
      Set<Integer> actorMentions = new HashSet<>();
      for (Actor a : doc.actors()) {
        actorMentions.addAll(a.mentions());
      }
      for (Event e : events) {
        for (Optional<EventActor> arg : List.of(e.source(), e.target())) {
          arg.filter(a -> a.code().isPresent())
              .flatMap(EventActor::mention)
              .ifPresent(actorMentions::add);
        }
        triggers.add(triggerToken(e));
      }
      for (int i = 0; i < doc.places().size(); i++) {
        Place p = doc.places().get(i);
        // an adjectival toponym ("Russian troops") says whose, not where
        if (!p.metonym() && !p.adjective() && !actorMentions.contains(p.mention())) {
          placeOfMention.putIfAbsent(p.mention(), i);
        }
      }
    }

    int triggerToken(Event e) {
      int[] range = g.tokenRange(e.evidence().trigger());
      return range[0];
    }

    /** The usable place at a token, or -1. */
    int placeAt(int token) {
      int m = g.mentionAt(token);
      return m < 0 ? -1 : placeOfMention.getOrDefault(m, -1);
    }

    List<Event> locate() {
      List<Optional<EventPlace>> found = new ArrayList<>();
      for (Event e : events) {
        Optional<EventPlace> p = governed(e);
        p.ifPresent(x -> governedPlaces.add(x.place()));
        if (p.isEmpty() && !verbal(e)) {
          p = inClause(e);
        }
        found.add(p);
      }
      // the same event told again with its place ("talks with Azerbaijan" ... "talks due in
      // Yevlakh")
      List<Optional<EventPlace>> again = new ArrayList<>(found);
      for (int i = 0; i < events.size(); i++) {
        if (found.get(i).isPresent() || verbal(events.get(i))) {
          continue;
        }
        for (int j = 0; j < events.size(); j++) {
          if (j != i && found.get(j).isPresent() && sameEvent(events.get(i), events.get(j))) {
            EventPlace other = found.get(j).get();
            again.set(
                i,
                Optional.of(
                    EventPlace.of(
                        doc,
                        other.place(),
                        "event",
                        "place of the same event at '"
                            + doc.slice(events.get(j).evidence().trigger())
                            + "' (sentence "
                            + events.get(j).evidence().sentence()
                            + "): "
                            + other.rule())));
            break;
          }
        }
      }
      Optional<Integer> focus = Optional.empty();
      for (int i = 0; i < doc.places().size(); i++) {
        if (doc.places().get(i).focus()) {
          focus = Optional.of(i);
          break;
        }
      }
      List<Event> located = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        Optional<EventPlace> p = again.get(i);
        if (p.isEmpty() && !verbal(e)) {
          p = inSentence(e);
        }
        if (p.isEmpty() && !verbal(e) && focus.isPresent()) {
          Place f = doc.places().get(focus.get());
          p =
              Optional.of(
                  EventPlace.of(
                      doc,
                      focus.get(),
                      "focus",
                      "the article's focus place, " + f.name() + "; the sentence names no place"));
        }
        located.add(p.map(e::withLocation).orElse(e));
      }
      return located;
    }

    boolean verbal(Event e) {
      return VERBAL.contains(e.rootCode());
    }

    /** A place the trigger governs through a locative preposition, nearest in the parse. */
    Optional<EventPlace> governed(Event e) {
      int trigger = triggerToken(e);
      boolean nominal = g.isNoun(trigger);
      record Step(int token, boolean locative, int depth, String via) {}
      Deque<Step> queue = new ArrayDeque<>();
      queue.add(new Step(trigger, false, 0, ""));
      Step best = null;
      Set<Integer> seen = new HashSet<>();
      seen.add(trigger);
      while (!queue.isEmpty()) {
        Step step = queue.poll();
        if (best != null && step.depth() > best.depth()) {
          break;
        }
        for (int d : g.dependents(step.token())) {
          String rel = g.relation(d);
          boolean clause = CLAUSES.contains(rel) || rel.equals("conj") && g.isVerb(d);
          // "talks due in Yevlakh", "the offensive launched in May": a participle describing a
          // nominal trigger is part of it
          if (clause && !(nominal && step.token() == trigger && rel.startsWith("acl"))) {
            continue;
          }
          if (triggers.contains(d) || !seen.add(d)) {
            continue;
          }
          boolean locative;
          String via = step.via();
          Optional<String> marker = g.caseOf(d);
          if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")) {
            if (marker.isPresent() && locativePrepositions.contains(marker.get())) {
              locative = true;
              via = marker.get();
            } else {
              locative = step.locative() && marker.filter("of"::equals).isPresent();
            }
          } else if (Set.of("compound", "appos", "flat", "conj", "amod").contains(rel)) {
            locative =
                step.locative()
                    || nominal
                        && step.token() == trigger
                        && rel.equals("compound")
                        && g.pos(d).startsWith("NNP");
          } else {
            locative = false;
          }
          Step next = new Step(d, locative, step.depth() + 1, via);
          if (locative && placeAt(d) >= 0) {
            if (best == null
                || next.depth() < best.depth()
                || next.depth() == best.depth()
                    && Math.abs(d - trigger) < Math.abs(best.token() - trigger)) {
              best = next;
            }
          }
          queue.add(next);
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      int place = placeAt(best.token());
      String how =
          best.via().isEmpty() ? "compounded with" : "'" + best.via() + " ...' governed by";
      return Optional.of(
          EventPlace.of(
              doc,
              place,
              "trigger",
              "'"
                  + doc.places().get(place).text()
                  + "' "
                  + how
                  + " the trigger '"
                  + g.token(trigger).text()
                  + "'"));
    }

    /** The head of the clause a token belongs to. */
    int clauseHead(int t) {
      int node = t;
      for (int step = 0; step < 40; step++) {
        String rel = g.relation(node);
        int h = g.head(node);
        if (h < 0
            || Set.of("root", "ccomp", "parataxis", "advcl", "csubj", "acl:relcl").contains(rel)
            || rel.equals("conj") && g.isVerb(node)) {
          return node;
        }
        node = h;
      }
      return node;
    }

    /** The places of the event's sentence, as token indexes (first token of each mention). */
    List<Integer> placesInSentence(Event e) {
      Sentence s = doc.sentences().get(e.evidence().sentence());
      List<Integer> result = new ArrayList<>();
      int last = -1;
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        int p = placeAt(t);
        if (p >= 0 && p != last) {
          result.add(t);
        }
        last = p;
      }
      return result;
    }

    Optional<EventPlace> nearest(Event e, boolean sameClause, String from) {
      int trigger = triggerToken(e);
      int clause = clauseHead(trigger);
      int best = -1;
      for (int t : placesInSentence(e)) {
        if (sameClause && clauseHead(t) != clause
            || !sameClause && governedPlaces.contains(placeAt(t))) {
          continue;
        }
        if (best < 0 || Math.abs(t - trigger) < Math.abs(best - trigger)) {
          best = t;
        }
      }
      if (best < 0) {
        return Optional.empty();
      }
      int place = placeAt(best);
      String text = doc.places().get(place).text();
      return Optional.of(
          EventPlace.of(
              doc,
              place,
              from,
              sameClause
                  ? "'" + text + "' named in the clause of '" + g.token(trigger).text() + "'"
                  : "'" + text + "' named in the sentence"));
    }

    Optional<EventPlace> inClause(Event e) {
      return nearest(e, true, "clause");
    }

    Optional<EventPlace> inSentence(Event e) {
      return nearest(e, false, "sentence");
    }
  }

  /** The same event told twice: same code, and the same actors in either direction. */
  static boolean sameEvent(Event a, Event b) {
    if (!a.code().equals(b.code()) || a.evidence().sentence() == b.evidence().sentence()) {
      return false;
    }
    Optional<String> as = a.source().flatMap(EventActor::code);
    Optional<String> at = a.target().flatMap(EventActor::code);
    Optional<String> bs = b.source().flatMap(EventActor::code);
    Optional<String> bt = b.target().flatMap(EventActor::code);
    if (as.isEmpty() || at.isEmpty() || bs.isEmpty() || bt.isEmpty()) {
      return false;
    }
    return same(as.get(), bs.get()) && same(at.get(), bt.get())
        || same(as.get(), bt.get()) && same(at.get(), bs.get());
  }

  /** Two actor codes for the same actor: equal, or one a more general form of the other. */
  static boolean same(String a, String b) {
    return a.startsWith(b) || b.startsWith(a);
  }
}

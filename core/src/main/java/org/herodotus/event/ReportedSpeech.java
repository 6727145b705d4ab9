package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;

/**
 * Step 4 of the {@link EventCoder}: reported speech. An event in a clause that a verb of assertion
 * reports ("Germany <em>said</em> France would provide aid"), or in a clause with such a verb
 * hanging from it ("..., he <em>said</em>"), is claimed: flagged, and linked to the statement event
 * of that verb ({@link #link}).
 */
final class ReportedSpeech {

  private final Set<String> assertionVerbs;

  ReportedSpeech(WordLists words) {
    this.assertionVerbs = words.get("assertion-verbs");
  }

  EventDraft apply(EventParse parse, EventDraft draft) {
    DependencyGraph g = parse.graph();
    int t = draft.trigger();
    int speech = speechVerb(g, t);
    if (speech < 0 || speech == t) {
      return draft;
    }
    return draft
        .withFlag(Event.Flag.CLAIMED)
        .withSpeechVerb(speech)
        .withRule("reported by '" + g.token(speech).text() + "'");
  }

  /** The verb of assertion that reports the clause of {@code t}, or -1. */
  private int speechVerb(DependencyGraph g, int t) {
    int node = t;
    for (int step = 0; step < 8 && node >= 0; step++) {
      int h = g.head(node);
      if (h < 0) {
        break;
      }
      String rel = g.relation(node);
      if (assertionVerbs.contains(g.lemma(h))
          && (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))) {
        return h;
      }
      node = h;
    }
    // "..., he said": the clause is the root and the speech verb hangs from it
    for (int d : g.dependents(t)) {
      if (assertionVerbs.contains(g.lemma(d)) && g.relation(d).equals("parataxis")) {
        return d;
      }
    }
    return -1;
  }

  /**
   * The drafts that will be the events, each claimed one linked to the statement event (code 01) of
   * its speech verb, by its index among them.
   */
  static List<EventDraft> link(List<EventDraft> events) {
    Map<Integer, Integer> statementAt = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).code().startsWith("01")) {
        statementAt.put(events.get(i).trigger(), i);
      }
    }
    List<EventDraft> linked = new ArrayList<>();
    for (EventDraft d : events) {
      linked.add(d.withClaimedBy(Optional.ofNullable(statementAt.get(d.speechVerb()))));
    }
    return linked;
  }
}

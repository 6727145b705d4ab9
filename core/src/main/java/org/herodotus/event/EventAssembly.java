package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventEvidence;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;

/**
 * Step 14 of the {@link EventCoder}: the events the drafts make. The trigger span takes in the
 * pattern's particle ("lay down"); the codebook gives the quad class and the Goldstein score, the
 * PLOVER mapping its event type (none for statements and appeals, 01 and 02).
 */
final class EventAssembly {

  private final CameoCodebook codebook;
  private final PloverMapping plover;

  EventAssembly(CameoCodebook codebook, PloverMapping plover) {
    this.codebook = codebook;
    this.plover = plover;
  }

  List<Event> events(EventParse parse, List<EventDraft> drafts) {
    List<Event> events = new ArrayList<>();
    for (EventDraft d : drafts) {
      events.add(event(parse, d));
    }
    return events;
  }

  private Event event(EventParse parse, EventDraft d) {
    DependencyGraph g = parse.graph();
    Sentence sentence = parse.doc().sentences().get(d.sentence());
    Span trigger = g.token(d.trigger()).span();
    if (!d.pattern().particle().isEmpty()) {
      for (int x : g.dependents(d.trigger())) {
        if (g.lemma(x).equals(d.pattern().particle().get())) {
          trigger = new Span(trigger.start(), Math.max(trigger.end(), g.token(x).span().end()));
        }
      }
    }
    Optional<CameoCodebook.Code> code = codebook.get(d.code());
    String base = d.code().length() > 3 ? d.code().substring(0, 3) : d.code();
    String root = d.root();
    Optional<Event.Plover> pl =
        root.equals("01") || root.equals("02")
            ? Optional.empty()
            : plover.of(d.code()).map(p -> new Event.Plover(p.event(), p.mode(), p.context()));
    return new Event(
        d.code(),
        base,
        root,
        code.map(CameoCodebook.Code::quadClass).orElse(0),
        code.map(CameoCodebook.Code::goldstein).orElse(0.0),
        pl,
        d.source().map(EventArg::actor),
        d.target().map(EventArg::actor),
        d.date(),
        d.dateFrom(),
        Optional.empty(),
        d.flags(),
        d.claimedBy(),
        new EventEvidence(
            d.sentence(),
            sentence.span(),
            trigger,
            d.petrarchText().orElse(d.pattern().text()),
            d.pattern().code(),
            d.pattern().source(),
            d.rules(),
            d.time().map(TimeExpression::span)));
  }
}

package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.TimeExpression;

/**
 * Step 13 of the {@link EventCoder}: the date of each event. A date expression attached to the
 * trigger (or, for a noun, to the verb it modifies) dates it; else the article's publication date;
 * else none. An event dated before the article's year is background ("won a 1998 war").
 */
final class Dating {

  List<EventDraft> date(EventParse parse, List<EventDraft> drafts) {
    Optional<String> published = parse.doc().metadata().publishedDate();
    List<EventDraft> dated = new ArrayList<>();
    for (EventDraft d : drafts) {
      Optional<TimeExpression> time = timeOf(parse, d.sentence(), d.trigger());
      EventDraft x;
      if (time.isPresent()) {
        x = d.withDate(time, Optional.of(dateOnly(time.get().value())), "time");
      } else if (published.isPresent()) {
        x = d.withDate(time, published, "publication");
      } else {
        x = d.withDate(time, Optional.empty(), "none");
      }
      if (time.isPresent() && published.isPresent()) {
        String year = x.date().get().substring(0, 4);
        if (year.compareTo(published.get().substring(0, 4)) < 0) {
          x = x.withFlag(Event.Flag.BACKGROUND).withRule("background: dated " + x.date().get());
        }
      }
      dated.add(x);
    }
    return dated;
  }

  /**
   * A date expression attached to the trigger (or its object) in the sentence; for a noun trigger
   * without one, the date of the verb it modifies: "deployed peacekeepers [in 2020] as part of a
   * deal" dates the deal too.
   */
  private static Optional<TimeExpression> timeOf(EventParse parse, int s, int t) {
    DependencyGraph g = parse.graph();
    Optional<TimeExpression> own = attachedTime(parse, s, t);
    if (own.isPresent() || !g.isNoun(t)) {
      return own;
    }
    int node = g.head(t);
    for (int step = 0; step < 3 && node >= 0; step++) {
      if (!g.isNoun(node)) {
        return g.isVerb(node) ? attachedTime(parse, s, node) : Optional.empty();
      }
      node = g.head(node);
    }
    return Optional.empty();
  }

  private static Optional<TimeExpression> attachedTime(EventParse parse, int s, int t) {
    Doc doc = parse.doc();
    DependencyGraph g = parse.graph();
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

  private static String dateOnly(String value) {
    return value.length() > 10 ? value.substring(0, 10) : value;
  }
}

package org.herodotus.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.pipeline.Stage;

/**
 * Completes the time layer: adds the publication date line as a time expression, orders the
 * expressions, and marks each value anchored or not. A value is anchored when it names a fixed
 * calendar time or a duration; it stays relative ({@code XXXX-WXX-3} for "Wednesday", {@code
 * PAST_REF} for "earlier") when the article has no publication date to fix it against.
 */
public final class TimeNormalizer implements Stage {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.METADATA, Layer.TIMES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TIMES);
  }

  @Override
  public Doc apply(Doc doc) {
    List<TimeExpression> times = new ArrayList<>();
    Optional<Span> dateLine = doc.metadata().publishedSpan();
    Optional<String> published = doc.metadata().publishedDate();
    if (dateLine.isPresent() && published.isPresent()) {
      Span span = dateLine.get();
      boolean covered = doc.times().stream().anyMatch(t -> t.span().overlaps(span));
      if (!covered) {
        times.add(new TimeExpression(span, doc.slice(span), "DATE", published.get(), true));
      }
    }
    for (TimeExpression t : doc.times()) {
      times.add(new TimeExpression(t.span(), t.text(), t.type(), t.value(), isAnchored(t.value())));
    }
    times.sort(Comparator.comparing(TimeExpression::span));
    return doc.withTimes(times);
  }

  /** True when the value names a fixed time: no unknown digits, no reference to "now". */
  static boolean isAnchored(String value) {
    return !value.isEmpty() && !value.contains("X") && !value.contains("_REF");
  }
}

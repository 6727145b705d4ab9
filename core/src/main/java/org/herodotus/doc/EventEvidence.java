package org.herodotus.doc;

import java.util.List;
import java.util.Optional;

/**
 * Why an {@link Event} was coded: where it was read and which lexicon entry and rules fired.
 *
 * @param sentence index into {@link Doc#sentences()}
 * @param sentenceSpan the sentence's span
 * @param trigger the span of the trigger word(s)
 * @param pattern the lexicon pattern that fired ({@code V lay ~down +arm|weapon})
 * @param patternCode the code the pattern gives, before intent or negation changed it
 * @param patternSource where the pattern was read ({@code event-lexicon.tsv:1234})
 * @param rules the rules applied on the way ("intent: agree", "negated: no", "passive agent", ...)
 * @param time the span of the time expression the date came from, if any
 */
public record EventEvidence(
    int sentence,
    Span sentenceSpan,
    Span trigger,
    String pattern,
    String patternCode,
    String patternSource,
    List<String> rules,
    Optional<Span> time) {

  public EventEvidence {
    rules = List.copyOf(rules);
  }

  /** This evidence with one more rule applied. */
  public EventEvidence withRule(String rule) {
    List<String> more = new java.util.ArrayList<>(rules);
    more.add(rule);
    return new EventEvidence(
        sentence, sentenceSpan, trigger, pattern, patternCode, patternSource, more, time);
  }

  /** This evidence with the time expression the event's date came from. */
  public EventEvidence withTime(Optional<Span> value) {
    return new EventEvidence(
        sentence, sentenceSpan, trigger, pattern, patternCode, patternSource, rules, value);
  }
}

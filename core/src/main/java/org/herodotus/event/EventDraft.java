package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.doc.TimeExpression;

/**
 * An event under construction, handed from step to step of the {@link EventCoder}: each step
 * returns a new draft with what it found, and the rules it applied appended to {@link #rules}.
 *
 * @param sentence index of the sentence
 * @param trigger the trigger token
 * @param pattern the lexicon pattern that matched at the trigger
 * @param code the CAMEO code so far (the pattern's, then as intent or negation changed it)
 * @param source who acts
 * @param target who is acted on or with
 * @param flags what kind of report this is, in the order they were found
 * @param rules the rules applied, in order (the event's evidence)
 * @param speechVerb the verb of saying that reports the event, or -1
 * @param mutual a PETRARCH compound actor ({@code %}): its members act with each other
 * @param petrarchText the PETRARCH pattern that matched in full, as the evidence shows it
 * @param time the time expression that dates the event
 * @param date the event's date
 * @param dateFrom where the date came from: {@code time}, {@code publication} or {@code none}
 * @param claimedBy index of the statement event that reports this one, among the events kept
 */
record EventDraft(
    int sentence,
    int trigger,
    EventPattern pattern,
    String code,
    Optional<EventArg> source,
    Optional<EventArg> target,
    List<Event.Flag> flags,
    List<String> rules,
    int speechVerb,
    boolean mutual,
    Optional<String> petrarchText,
    Optional<TimeExpression> time,
    Optional<String> date,
    String dateFrom,
    Optional<Integer> claimedBy) {

  EventDraft {
    flags = List.copyOf(flags);
    rules = List.copyOf(rules);
  }

  /** A draft at a trigger with the code of its pattern, nominal when the pattern is a noun's. */
  static EventDraft of(int sentence, int trigger, EventPattern pattern) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        pattern.code(),
        Optional.empty(),
        Optional.empty(),
        pattern.noun() ? List.of(Event.Flag.NOMINAL) : List.of(),
        List.of(),
        -1,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "none",
        Optional.empty());
  }

  /** True when a noun triggers the event. */
  boolean noun() {
    return pattern.noun();
  }

  /** The first two digits of the code ("19" for 190). */
  String root() {
    return code.substring(0, 2);
  }

  boolean has(Event.Flag flag) {
    return flags.contains(flag);
  }

  /** True when the source and the target are one actor. */
  boolean selfTargeted() {
    return source.isPresent()
        && target.isPresent()
        && source.get().key().equals(target.get().key());
  }

  EventDraft withCode(String value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        value,
        source,
        target,
        flags,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  EventDraft withSource(Optional<EventArg> value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        value,
        target,
        flags,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  EventDraft withTarget(Optional<EventArg> value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        value,
        flags,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  /** This draft with one more flag (none twice). */
  EventDraft withFlag(Event.Flag flag) {
    if (flags.contains(flag)) {
      return this;
    }
    List<Event.Flag> more = new ArrayList<>(flags);
    more.add(flag);
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        more,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  /** This draft with one more rule applied. */
  EventDraft withRule(String rule) {
    List<String> more = new ArrayList<>(rules);
    more.add(rule);
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        more,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  EventDraft withSpeechVerb(int value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        rules,
        value,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  EventDraft withMutual(boolean value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        rules,
        speechVerb,
        value,
        petrarchText,
        time,
        date,
        dateFrom,
        claimedBy);
  }

  EventDraft withPetrarchText(String value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        rules,
        speechVerb,
        mutual,
        Optional.of(value),
        time,
        date,
        dateFrom,
        claimedBy);
  }

  /** This draft dated: the time expression if any, the date and where it came from. */
  EventDraft withDate(Optional<TimeExpression> expression, Optional<String> value, String from) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        expression,
        value,
        from,
        claimedBy);
  }

  EventDraft withClaimedBy(Optional<Integer> value) {
    return new EventDraft(
        sentence,
        trigger,
        pattern,
        code,
        source,
        target,
        flags,
        rules,
        speechVerb,
        mutual,
        petrarchText,
        time,
        date,
        dateFrom,
        value);
  }
}

package org.herodotus.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * An event: who did what to whom, when and where, coded in CAMEO (with PLOVER beside it), and the
 * evidence it was read from.
 *
 * @param code the full CAMEO code ("0871")
 * @param baseCode its first three digits ("087"), or the code itself when shorter
 * @param rootCode its first two digits ("08")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict (0 when the code is not in the codebook)
 * @param goldstein the code's Goldstein score, -10 to +10
 * @param plover PLOVER event type, mode and context where the mapping gives them
 * @param source who acted (CAMEO's source, GDELT's Actor1)
 * @param target who was acted on or with (CAMEO's target, GDELT's Actor2)
 * @param date ISO date (or year, or year-month) of the event
 * @param dateFrom where the date came from: {@code time} (a time expression attached to the
 *     trigger), {@code publication} (the article's date) or {@code none}
 * @param place where it happened, when the place layer can tell
 * @param flags what kind of report this is (claimed, intent, negated, background, ...)
 * @param claimedBy the index (in {@link Doc#events()}) of the statement that reports this event
 * @param evidence the sentence, trigger and rules the event was read from
 * @param location the place of {@code place} in full: the place mention, its gazetteer entry and
 *     how it was found (governed by the trigger, in its clause, the same event elsewhere, in its
 *     sentence, or the article's focus place)
 */
public record Event(
    String code,
    String baseCode,
    String rootCode,
    int quadClass,
    double goldstein,
    Optional<Plover> plover,
    Optional<EventActor> source,
    Optional<EventActor> target,
    Optional<String> date,
    String dateFrom,
    Optional<String> place,
    List<Flag> flags,
    Optional<Integer> claimedBy,
    EventEvidence evidence,
    Optional<EventPlace> location) {

  @JsonCreator
  public Event {
    flags = List.copyOf(flags);
  }

  /** This event without a place, as coded before the place layer is consulted. */
  public Event(
      String code,
      String baseCode,
      String rootCode,
      int quadClass,
      double goldstein,
      Optional<Plover> plover,
      Optional<EventActor> source,
      Optional<EventActor> target,
      Optional<String> date,
      String dateFrom,
      Optional<String> place,
      List<Flag> flags,
      Optional<Integer> claimedBy,
      EventEvidence evidence) {
    this(
        code,
        baseCode,
        rootCode,
        quadClass,
        goldstein,
        plover,
        source,
        target,
        date,
        dateFrom,
        place,
        flags,
        claimedBy,
        evidence,
        Optional.empty());
  }

  /** This event with another target, and the evidence saying why. */
  public Event withTarget(Optional<EventActor> value, EventEvidence why) {
    return new Event(
        code, baseCode, rootCode, quadClass, goldstein, plover, source, value, date, dateFrom,
        place, flags, claimedBy, why, location);
  }

  /** This event with another date, where it came from, its flags and the evidence saying why. */
  public Event withDate(
      Optional<String> value, String from, List<Flag> newFlags, EventEvidence why) {
    return new Event(
        code, baseCode, rootCode, quadClass, goldstein, plover, source, target, value, from, place,
        newFlags, claimedBy, why, location);
  }

  /** This event located at {@code where} ({@code place} is its gazetteer name). */
  public Event withLocation(EventPlace where) {
    return new Event(
        code,
        baseCode,
        rootCode,
        quadClass,
        goldstein,
        plover,
        source,
        target,
        date,
        dateFrom,
        Optional.of(where.name()),
        flags,
        claimedBy,
        evidence,
        Optional.of(where));
  }

  /** A PLOVER coding: event type, mode and context. */
  public record Plover(String event, Optional<String> mode, Optional<String> context) {}

  /** How the text reports the event. */
  public enum Flag {
    /** Reported by someone (a statement event) rather than stated by the narrator. */
    @JsonProperty("claimed")
    CLAIMED,
    /**
     * Intended, promised, offered or future rather than done (coded as intent where CAMEO has one).
     */
    @JsonProperty("intent")
    INTENT,
    /** Negated in the text; a negated cooperative act is coded as its rejection. */
    @JsonProperty("negated")
    NEGATED,
    /** A past event the article recalls (dated before the article's year). */
    @JsonProperty("background")
    BACKGROUND,
    /** Triggered by a noun ("the offensive", "talks") rather than a verb. */
    @JsonProperty("nominal")
    NOMINAL,
    /** Read from a passive clause. */
    @JsonProperty("passive")
    PASSIVE
  }

  /** True when the event carries {@code flag}. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}

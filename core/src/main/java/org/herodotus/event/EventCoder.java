package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Note;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Stage;

/**
 * Codes events from the dependency parse: each verb or noun the {@link EventLexicon} knows becomes
 * a CAMEO event, with its source and target read from the parse, then adjusted for reported speech
 * (claimed), intent and future ("would provide" → 03x), negation ("no need to convene" → 12x),
 * background events (dated before the article's year) and caption duplicates.
 *
 * <p>A short chain of steps, one concern per class, hands an {@link EventDraft} along. Per
 * sentence: {@link TriggerMatching} (with {@link PetrarchMatching}), then per trigger {@link
 * Arguments}, {@link PetrarchArguments}, {@link ReportedSpeech}, {@link Intent}, {@link Negation},
 * {@link DistinctActors}; then over the sentence's drafts {@link Conjuncts}, {@link
 * BorrowedTargets}, {@link SameEventOnce} and {@link CaptionDuplicates}. Over the article: {@link
 * ConfidenceThreshold}, {@link Dating}, {@link EventAssembly}, {@link PlannedEventDates}, {@link
 * EventsToldAgain}, and the {@link PlaceOf} that locates the events. The rules each step applies
 * are in the event's evidence; what a step drops on purpose is a {@link Note} of stage {@code
 * events} ({@link DroppedEvents}), so users can see why.
 */
public final class EventCoder implements Stage {

  static final String NAME = "events";

  private final ActorCodes actorCodes;
  private final PlaceOf places;
  private final boolean recode;
  private final WordLists words;

  private final TriggerMatching triggers;
  private final Arguments arguments;
  private final PetrarchArguments petrarchArguments;
  private final ReportedSpeech reportedSpeech;
  private final Intent intent;
  private final Negation negation;
  private final DistinctActors distinctActors = new DistinctActors();
  private final Conjuncts conjuncts = new Conjuncts();
  private final BorrowedTargets borrowedTargets = new BorrowedTargets();
  private final SameEventOnce sameEventOnce = new SameEventOnce();
  private final CaptionDuplicates captionDuplicates = new CaptionDuplicates();
  private final ConfidenceThreshold threshold;
  private final Dating dating = new Dating();
  private final EventAssembly assembly;
  private final PlannedEventDates plannedEventDates = new PlannedEventDates();
  private final EventsToldAgain eventsToldAgain = new EventsToldAgain();

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
    this.actorCodes = actorCodes;
    this.places = places;
    this.recode = recode;
    this.words = words;
    this.triggers = new TriggerMatching(lexicon);
    this.arguments = new Arguments(words);
    this.petrarchArguments = new PetrarchArguments(!recode);
    this.reportedSpeech = new ReportedSpeech(words);
    this.intent = new Intent(words, recode);
    this.negation = new Negation(words, recode);
    this.threshold = new ConfidenceThreshold(minConfidence);
    this.assembly = new EventAssembly(CameoCodebook.bundled(), PloverMapping.bundled());
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
    // PETRARCH agents ("---GOV") compose with their country where the patterns are PETRARCH's
    EventParse parse = new EventParse(doc, actorCodes, !recode, words);
    DroppedEvents dropped = new DroppedEvents(parse);
    List<EventDraft> drafts = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      if (CaptionDuplicates.read(doc, s)) {
        drafts.addAll(captionDuplicates.keep(doc, s, sentence(parse, s, dropped), dropped));
      }
    }
    drafts = threshold.keep(drafts, dropped);
    drafts = dating.date(parse, drafts);
    drafts = ReportedSpeech.link(drafts);
    List<Event> events = assembly.events(parse, drafts);
    events = plannedEventDates.apply(doc, events);
    events = eventsToldAgain.apply(doc, events);
    return doc.withEvents(places.locate(doc, events)).withNotes(dropped.notes());
  }

  /** The drafts of sentence {@code s}: one per trigger and conjunct, each event once. */
  private List<EventDraft> sentence(EventParse parse, int s, DroppedEvents dropped) {
    SentenceTriggers found = triggers.find(parse, s);
    List<EventDraft> drafts = new ArrayList<>();
    for (SentenceTriggers.Match m : found.matches()) {
      EventDraft d = arguments.draft(parse, found, m);
      d = petrarchArguments.apply(parse, found, d);
      d = reportedSpeech.apply(parse, d);
      d = intent.apply(parse, d);
      Optional<EventDraft> kept = negation.apply(parse, d, dropped);
      kept.map(distinctActors::apply).ifPresent(drafts::add);
    }
    drafts = conjuncts.expand(parse, drafts);
    drafts = borrowedTargets.apply(parse, drafts);
    return sameEventOnce.keep(drafts, dropped);
  }
}

package org.herodotus.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link TriggerMatching} found in one sentence, for the steps after it.
 *
 * @param sentence index of the sentence
 * @param matches the lexicon matches, in token order (verbs first, then nouns)
 * @param verbCodes verb triggers and the codes their patterns give
 * @param ended objects of verbs that end, reject or reduce them ("ended its offensive"): events of
 *     their own, whose actor is not the verb's subject
 * @param petrarch full PETRARCH pattern matches, by trigger
 */
record SentenceTriggers(
    int sentence,
    List<Match> matches,
    Map<Integer, String> verbCodes,
    Set<Integer> ended,
    Map<Integer, PetrarchMatch> petrarch) {

  SentenceTriggers {
    matches = List.copyOf(matches);
    verbCodes = Map.copyOf(verbCodes);
    ended = Set.copyOf(ended);
    petrarch = Map.copyOf(petrarch);
  }

  /** A lexicon pattern matched at a trigger token, with the tokens it used besides it. */
  record Match(int trigger, EventPattern pattern, Set<Integer> consumed) {}
}

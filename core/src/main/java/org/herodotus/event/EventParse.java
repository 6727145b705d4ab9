package org.herodotus.event;

import org.herodotus.doc.Doc;
import org.herodotus.lexicon.WordLists;

/**
 * One document as the steps of the {@link EventCoder} read it: the dependency graph, its noun
 * phrases and the actors its argument tokens denote.
 */
final class EventParse {

  private final Doc doc;
  private final DependencyGraph graph;
  private final NounPhrases phrases;
  private final ArgumentActors actors;

  /**
   * @param composeAgents whether an agent without a country of its own ("---GOV") is coded from its
   *     whole phrase ("the government of Gondor"), as PETRARCH dictionaries want
   */
  EventParse(Doc doc, ActorCodes codes, boolean composeAgents, WordLists words) {
    this.doc = doc;
    this.graph = new DependencyGraph(doc);
    this.phrases = new NounPhrases(graph);
    this.actors = new ArgumentActors(doc, graph, phrases, codes, composeAgents, words);
  }

  Doc doc() {
    return doc;
  }

  DependencyGraph graph() {
    return graph;
  }

  NounPhrases phrases() {
    return phrases;
  }

  ArgumentActors actors() {
    return actors;
  }
}

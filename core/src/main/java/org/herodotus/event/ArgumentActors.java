package org.herodotus.event;

import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.WordLists;

/**
 * The actor an argument token denotes: the mention it belongs to (with the code {@link ActorCodes}
 * gives it), a possessor's or an "of" modifier's, or the code of its own noun phrase.
 */
final class ArgumentActors {

  private final Doc doc;
  private final DependencyGraph g;
  private final NounPhrases phrases;
  private final ActorCodes codes;
  private final boolean composeAgents;

  /** Prepositions that tie an agent to its country: "soldiers from Gondor". */
  private final Set<String> agentPlacePrepositions;

  ArgumentActors(
      Doc doc,
      DependencyGraph g,
      NounPhrases phrases,
      ActorCodes codes,
      boolean composeAgents,
      WordLists words) {
    this.doc = doc;
    this.g = g;
    this.phrases = phrases;
    this.codes = codes;
    this.composeAgents = composeAgents;
    this.agentPlacePrepositions = words.get("agent-place-prepositions");
  }

  /** The actor an argument token denotes, found as {@code role}. */
  Optional<EventArg> arg(int token, String role) {
    Optional<EventArg> a = arg(token, role, 0);
    if (composeAgents && a.isPresent() && a.get().actor().code().orElse("---").startsWith("---")) {
      // PETRARCH agents: "Gondor's government", "soldiers from Gondor" compose with the country
      Optional<EventArg> composed = withCountry(token, a.get());
      if (composed.isPresent()) {
        return composed;
      }
    }
    return a;
  }

  /** The actor of the noun phrase a token belongs to, if it has a code. */
  Optional<EventArg> actorPhrase(int token) {
    if (!(g.isNoun(token) || g.mentionAt(token) >= 0 || g.pos(token).equals("PRP"))) {
      return Optional.empty();
    }
    return arg(phrases.head(token), "pattern").filter(a -> a.actor().code().isPresent());
  }

  /** True when a mention's span holds a coordinating conjunction ("Mordor, Rohan and Bree"). */
  boolean coordinated(int mention) {
    Span span = doc.mentions().get(mention).span();
    for (Dependency d : doc.dependencies()) {
      if (d.relation().equals("cc") && span.contains(g.token(d.dependent()).span().start())) {
        return true;
      }
    }
    return false;
  }

  /** An agent's code composed from its whole noun phrase, possessor and "of/in/from" included. */
  private Optional<EventArg> withCountry(int token, EventArg a) {
    int[] extent = {token, token};
    for (int d : g.dependents(token)) {
      String rel = g.relation(d);
      boolean place =
          rel.startsWith("nmod")
              && (rel.equals("nmod:poss")
                  || g.caseOf(d).filter(agentPlacePrepositions::contains).isPresent());
      if (place || rel.equals("amod") || rel.equals("compound") || rel.equals("det")) {
        int[] e = phrases.extent(d);
        extent[0] = Math.min(extent[0], Math.min(d, e[0]));
        extent[1] = Math.max(extent[1], Math.max(d, e[1]));
      }
    }
    Span mentionSpan = a.actor().span();
    int start = Math.min(g.token(extent[0]).span().start(), mentionSpan.start());
    int end = Math.max(g.token(extent[1]).span().end(), mentionSpan.end());
    Optional<String> code = codes.codeOfPhrase(doc, new Span(start, end));
    if (code.isEmpty() || code.get().startsWith("---")) {
      return Optional.empty();
    }
    return Optional.of(a.withCode(code));
  }

  private Optional<EventArg> arg(int token, String role, int depth) {
    if (token < 0) {
      return Optional.empty();
    }
    int m = g.mentionAt(token);
    if (m >= 0 && depth == 0 && coordinated(m) && g.isNoun(token)) {
      // "Mordor, Rohan and Bree" as one mention: code each conjunct by its own words
      Optional<EventArg> own = phrase(token, role);
      if (own.isPresent()) {
        return own;
      }
    }
    if (m >= 0) {
      Mention mention = doc.mentions().get(m);
      Optional<Integer> entity =
          mention.entity() >= 0 ? Optional.of(mention.entity()) : Optional.empty();
      String name = entity.map(e -> doc.entities().get(e).name()).orElse(mention.text());
      return Optional.of(
          new EventArg(
              token,
              new EventActor(
                  mention.span(),
                  mention.text(),
                  Optional.of(m),
                  entity,
                  name,
                  codes.codeOf(doc, m),
                  role)));
    }
    if (depth < 2) {
      for (int d : g.children(token, "nmod:poss", "nmod")) {
        if (g.relation(d).equals("nmod") && g.caseOf(d).filter("of"::equals).isEmpty()) {
          continue;
        }
        Optional<EventArg> a = arg(d, role, depth + 1);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    if (g.isNoun(token) && depth == 0) {
      Optional<EventArg> own = phrase(token, role);
      if (own.isPresent()) {
        return own;
      }
    }
    if (depth < 2) {
      // "Mordor, Rohan and Bree" with no mention on the first conjunct: the next one stands in
      for (int d : g.children(token, "conj")) {
        Optional<EventArg> a = arg(d, role, depth + 1);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** An argument coded from its own noun phrase (not a mention, or one conjunct of one). */
  private Optional<EventArg> phrase(int token, String role) {
    int first = token;
    for (int d : g.dependents(token)) {
      String r = g.relation(d);
      if ((r.equals("amod") || r.equals("compound") || r.equals("det")) && d < first) {
        first = d;
      }
    }
    Span span = new Span(g.token(first).span().start(), g.token(token).span().end());
    Optional<String> code = codes.codeOfPhrase(doc, span);
    if (code.isPresent()) {
      String text = doc.slice(span);
      return Optional.of(
          new EventArg(
              token,
              new EventActor(span, text, Optional.empty(), Optional.empty(), text, code, role)));
    }
    return Optional.empty();
  }
}

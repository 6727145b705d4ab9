package org.herodotus.event;

import java.util.Optional;
import java.util.Set;
import org.herodotus.lexicon.WordLists;

/**
 * The subject of a verb, or the controller of a clause without one: the object or subject of the
 * verb it completes ("urged Baku to <em>withdraw</em>", "agreed to <em>hold</em>"), the noun a
 * relative clause describes, the subject of a verb it is coordinated with or modifies. Not through
 * a temporal oblique ("after <em>reaching</em> a deal" is dated by, not done by, the clause's
 * actor), and not out of a reported clause.
 */
final class Subjects {

  private final Set<String> temporal;

  Subjects(WordLists words) {
    this.temporal = words.get("temporal-prepositions");
  }

  /** True when {@code token} is introduced by a temporal preposition ("after", "during"). */
  boolean temporal(DependencyGraph g, int token) {
    return g.caseOf(token).filter(temporal::contains).isPresent();
  }

  /** The subject or controller of verb {@code t}. */
  Optional<EventArg> of(EventParse parse, int t) {
    return of(parse, t, 0);
  }

  private Optional<EventArg> of(EventParse parse, int t, int depth) {
    if (depth > 4 || t < 0) {
      return Optional.empty();
    }
    DependencyGraph g = parse.graph();
    ArgumentActors actors = parse.actors();
    Optional<Integer> subject = g.child(t, "nsubj");
    if (subject.isPresent()) {
      Optional<EventArg> a = actors.arg(subject.get(), "nsubj");
      if (a.isPresent()) {
        return a;
      }
    }
    if (g.isPassive(t)) {
      Optional<Integer> s = g.child(t, "nsubj:pass");
      if (s.isPresent()) {
        return actors.arg(s.get(), "nsubj:pass");
      }
    }
    String rel = g.relation(t);
    int h = g.head(t);
    if (h < 0) {
      return Optional.empty();
    }
    if (rel.equals("xcomp")) {
      Optional<Integer> object = g.child(h, "obj");
      if (object.isPresent()) {
        return actors.arg(object.get(), "controller");
      }
      return of(parse, h, depth + 1).map(a -> a.withRole("controller"));
    }
    if (rel.equals("acl:relcl")) {
      return actors.arg(h, "controller");
    }
    if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("root")) {
      return Optional.empty();
    }
    if (rel.equals("conj")
        || rel.equals("advcl")
        || rel.equals("acl")
        || rel.equals("compound")
        || rel.equals("amod")
        || rel.equals("dep")
        || rel.startsWith("obl")
        || rel.startsWith("nmod")
        || rel.equals("obj")) {
      if (rel.startsWith("obl") && temporal(g, t)) {
        return Optional.empty();
      }
      return of(parse, h, depth + 1).map(a -> a.withRole("controller"));
    }
    return Optional.empty();
  }
}

package org.herodotus.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;

/**
 * Who said a quote: the subject of its cue ({@link Subjects}) resolved through the mention and
 * entity layers to the entity's canonical name, with the role and affiliation the text gives it
 * ({@link Roles}); or, when the text names nobody, the reason why. One per article: it remembers
 * the speaker of each subject token.
 */
final class Speakers {

  /** A quote's speaker, or the reason it has none. */
  record Said(Optional<Speaker> speaker, Optional<String> reason) {}

  private final Article article;
  private final Map<Integer, Optional<Speaker>> cache = new HashMap<>();

  Speakers(Article article) {
    this.article = article;
  }

  /** Who says a quote of {@code kind} at {@code quote} that {@code cue} introduces. */
  Said of(Cue cue, Quote.Kind kind, Span quote) {
    Article a = article;
    int subject = cue.verb() < 0 ? cue.sourceToken() : Subjects.of(a, cue.verb());
    if (subject >= 0 && kind != Quote.Kind.INDIRECT && a.insideMarks(subject)) {
      // Nobody speaks from inside quote marks: the parser took a quoted word for the cue's
      // subject ("“... and president -- since Nixon ...,” Mr. Rosenthal said"; "“Wall Street's
      // a cynical place,” said Tim Hess"): the name after or before the cue instead.
      subject = cue.verb() < 0 ? -1 : Subjects.inverted(a, cue.verb());
      subject = subject >= 0 ? subject : Subjects.nameBefore(a, cue.verb(), quote);
    }
    if (subject < 0 && cue.verb() >= 0) {
      subject = Subjects.describedName(a, cue.verb());
    }
    if (subject < 0) {
      return new Said(
          Optional.empty(),
          Optional.of(
              "the cue '"
                  + a.doc.slice(cue.span())
                  + "' has no subject: the text names no speaker"));
    }
    subject = antecedent(subject, cue.verb());
    Optional<Speaker> speaker = at(subject);
    if (speaker.isEmpty()) {
      return new Said(
          speaker,
          Optional.of(
              "the speaker '"
                  + a.parse.token(subject).text()
                  + "' is a pronoun the entity layer did not resolve"));
    }
    return new Said(speaker, Optional.empty());
  }

  /**
   * The speaker a name span gives: the longest mention inside it that belongs to an entity, with
   * the entity's role and affiliation, else the words themselves.
   */
  Speaker named(Span name) {
    Doc doc = article.doc;
    Mention best = null;
    for (Mention mention : doc.mentions()) {
      if (name.contains(mention.span())
          && mention.entity() >= 0
          && mention.entity() < doc.entities().size()
          && (best == null || mention.span().length() > best.span().length())) {
        best = mention;
      }
    }
    if (best == null) {
      return new Speaker(name, -1, doc.slice(name), Optional.empty(), Optional.empty());
    }
    return of(best.span(), best.entity());
  }

  /** The speaker entity {@code entity} is, named at {@code mention}. */
  Speaker of(Span mention, int entity) {
    Entity e = article.doc.entities().get(entity);
    Roles.RoleAndAffiliation ra = article.roles.of(e);
    return new Speaker(mention, entity, e.name(), ra.role(), ra.affiliation());
  }

  /** The speaker the subject token names, empty for a pronoun the entity layer left alone. */
  Optional<Speaker> at(int subject) {
    return cache.computeIfAbsent(subject, this::resolve);
  }

  /**
   * A relative pronoun subject ("Trump, who said ...") stands for the noun its relative clause
   * hangs from, when the entity layer has not resolved it.
   */
  private int antecedent(int subject, int verb) {
    Parse parse = article.parse;
    String pos = parse.token(subject).pos();
    if (verb < 0 || !(pos.equals("WP") || pos.equals("WDT"))) {
      return subject;
    }
    if (at(subject).isPresent()) {
      return subject;
    }
    int cur = verb;
    int steps = 0;
    while (cur >= 0 && steps++ < 10) {
      if (parse.rel[cur].equals("acl:relcl") && parse.head[cur] >= 0) {
        return parse.head[cur];
      }
      cur = parse.head[cur];
    }
    return subject;
  }

  /** A name mention heading an appositive of the token ("the mayor, Ana Torres,"), or null. */
  private Mention appositiveName(int token) {
    Parse parse = article.parse;
    Doc doc = article.doc;
    for (int c : parse.children.get(token)) {
      if (!parse.rel[c].equals("appos")) {
        continue;
      }
      Span head = parse.token(c).span();
      for (Mention m : doc.mentions()) {
        if (m.kind() == Mention.Kind.NAME
            && m.span().contains(head)
            && m.entity() >= 0
            && m.entity() < doc.entities().size()) {
          return m;
        }
      }
    }
    return null;
  }

  private Optional<Speaker> resolve(int subject) {
    Parse parse = article.parse;
    Doc doc = article.doc;
    List<Integer> phrase =
        parse.subtree(
            subject,
            c -> {
              String r = parse.rel[c];
              return r.equals("acl:relcl")
                  || r.equals("appos")
                  || r.equals("acl")
                  || r.equals("punct")
                  || r.equals("conj")
                  || r.equals("cc")
                  // "said of the company's executives, who denied it": not the "of".
                  || (r.equals("case") && parse.head[c] == subject);
            });
    Span headSpan = parse.token(subject).span();
    Span phraseSpan = parse.textSpan(phrase.get(0), phrase.get(phrase.size() - 1) + 1);
    Mention best = null;
    for (Mention m : doc.mentions()) {
      if (m.span().contains(headSpan) && m.entity() >= 0 && m.entity() < doc.entities().size()) {
        if (best == null || m.span().length() > best.span().length()) {
          best = m;
        }
      }
    }
    if (best == null || best.kind() != Mention.Kind.NAME) {
      // "Clinton's campaign manager, Robby Mook, said": the name in apposition, not the
      // possessor inside the description nor the description alone.
      Mention named = appositiveName(subject);
      best = named != null ? named : best;
    }
    if (best == null) {
      for (Mention m : doc.mentions()) {
        if (phraseSpan.contains(m.span())
            && m.entity() >= 0
            && m.entity() < doc.entities().size()
            && m.kind() == Mention.Kind.NAME) {
          best = m;
          break;
        }
      }
    }
    if (best != null) {
      return Optional.of(of(best.span(), best.entity()));
    }
    String pos = parse.token(subject).pos();
    if (pos.startsWith("PRP") || pos.equals("WP") || pos.equals("WDT") || pos.equals("EX")) {
      return Optional.empty();
    }
    return Optional.of(
        new Speaker(phraseSpan, -1, doc.slice(phraseSpan), Optional.empty(), Optional.empty()));
  }
}

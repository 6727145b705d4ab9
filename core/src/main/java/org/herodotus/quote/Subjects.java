package org.herodotus.quote;

import java.util.List;
import java.util.Set;
import org.herodotus.doc.Span;

/**
 * Who does the saying in the parse: the token that is a cue verb's subject, taken through
 * participles, conjoined verbs, inverted word order ("said the senator"), "quoted X as saying" and
 * the descriptions the parser hangs a verb from. Tokens only: {@link Speakers} makes them speakers.
 */
final class Subjects {

  /** Dependency relations of a verb's own subject. */
  static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:xsubj");

  private Subjects() {}

  /** The subject of a verb, or of the verb a participle or conjoined verb hangs from; or -1. */
  static int of(Article a, int verb) {
    Parse parse = a.parse;
    int quoted = quotedAsSaying(parse, verb);
    if (quoted >= 0) {
      return quoted;
    }
    int s = direct(a, verb);
    if (s >= 0) {
      return s;
    }
    String r = parse.rel[verb];
    boolean borrows =
        parse.token(verb).pos().equals("VBG")
            || r.equals("conj")
            || r.equals("advcl")
            || r.equals("xcomp")
            || r.equals("dep")
            || r.equals("parataxis");
    if (!borrows) {
      return -1;
    }
    int fallback = -1;
    int cur = parse.head[verb];
    int steps = 0;
    while (cur >= 0 && steps++ < 20) {
      int subject = direct(a, cur);
      if (subject >= 0 && a.isSpeechVerb(cur, true)) {
        return subject;
      }
      if (subject >= 0
          && fallback < 0
          && !a.insideMarks(subject)
          && (r.equals("conj")
              || r.equals("xcomp")
              || r.equals("advcl")
              || parse.token(verb).pos().equals("VBG"))) {
        fallback = subject;
      }
      cur = parse.head[cur];
    }
    return fallback;
  }

  /**
   * "The agency quoted Berg as saying ...", "Berg was quoted as saying ...": the one quoted, not
   * who quotes him. Else -1.
   */
  static int quotedAsSaying(Parse parse, int verb) {
    int h = parse.head[verb];
    if (h < 0
        || !parse.token(h).lemma().equalsIgnoreCase("quote")
        || parse.children.get(verb).stream().noneMatch(c -> parse.lower(c).equals("as"))) {
      return -1;
    }
    int object = parse.child(h, "obj");
    return object >= 0 ? object : parse.child(h, "nsubj:pass");
  }

  /** The verb's own subject, or the speaker after an inverted speech verb; or -1. */
  static int direct(Article a, int verb) {
    for (int c : a.parse.children.get(verb)) {
      if (SUBJECT_RELATIONS.contains(a.parse.rel[c])) {
        return c;
      }
    }
    return inverted(a, verb);
  }

  /**
   * The speaker after a finite speech verb that follows a quote or a comma ("“...,” said the
   * senator"), which the parser takes for an object: the nominal right after the verb; or -1.
   */
  static int inverted(Article a, int verb) {
    Parse parse = a.parse;
    String pos = parse.token(verb).pos();
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
        || verb == 0
        || !a.isSpeechVerb(verb, false)) {
      return -1;
    }
    int name = verb - 1;
    while (name >= 0 && parse.token(name).pos().startsWith("NNP")) {
      name--;
    }
    if (name < verb - 1 && name >= 0 && parse.isPunct(name)) {
      // "“...,” Merkley said", the name taken into the quote's parse.
      return verb - 1;
    }
    if (!parse.isPunct(verb - 1)) {
      return -1;
    }
    for (int c : parse.children.get(verb)) {
      String r = parse.rel[c];
      if (c <= verb
          || !(r.equals("obj")
              || r.equals("iobj")
              || r.equals("dep")
              || r.equals("obl:npmod")
              || r.equals("xcomp")
              || r.startsWith("nsubj"))) {
        continue;
      }
      String cp = parse.token(c).pos();
      if (!(cp.startsWith("NN") || cp.equals("PRP"))) {
        continue;
      }
      List<Integer> phrase = parse.subtree(c, x -> false);
      if (phrase.get(0) == verb + 1) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The noun or pronoun right before a cue verb, or else the name right after the quote when the
   * cue follows it ("“...,” Flynn, a top surrogate, said"), outside quote marks; or -1.
   */
  static int nameBefore(Article a, int verb, Span quote) {
    Parse parse = a.parse;
    if (verb <= 0) {
      return -1;
    }
    int t = verb - 1;
    String pos = parse.token(t).pos();
    if (!a.insideMarks(t) && (pos.startsWith("NN") || pos.equals("PRP"))) {
      return t;
    }
    int verbStart = parse.token(verb).span().start();
    if (verbStart <= quote.end()) {
      return -1;
    }
    int[] after = parse.tokensIn(new Span(quote.end(), verbStart));
    for (int i = after[0]; i < after[1]; i++) {
      if (parse.isPunct(i)) {
        continue;
      }
      String p = parse.token(i).pos();
      return (p.startsWith("NNP") || p.equals("PRP")) && !a.insideMarks(i) ? i : -1;
    }
    return -1;
  }

  /**
   * The name a subjectless cue verb was parsed into the description of ("Jane Doe, a historian who
   * attended the session, recalled, “...”": the parser hangs "recalled" on "attended" as an
   * unlabeled dependent): up from the verb through that dependent, relative clauses and appositions
   * to a proper noun before it, outside quote marks; or -1.
   */
  static int describedName(Article a, int verb) {
    Parse parse = a.parse;
    if (!parse.rel[verb].equals("dep")) {
      return -1;
    }
    int cur = verb;
    int steps = 0;
    while (cur >= 0 && steps++ < 10) {
      String r = parse.rel[cur];
      if (!(r.equals("dep") || r.equals("acl:relcl") || r.equals("appos") || cur == verb)) {
        return -1;
      }
      int head = parse.head[cur];
      if (head < 0) {
        return -1;
      }
      if (parse.token(head).pos().startsWith("NNP") && head < verb && !a.insideMarks(head)) {
        return head;
      }
      cur = head;
    }
    return -1;
  }
}

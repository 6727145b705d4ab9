package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pattern line of a PETRARCH/TABARI verb dictionary, read in full: {@code - SUGGESTED_+ *
 * DEMAND_&GENINT_CONVENTIONS [111]}. The words before the verb ({@code *}) must occur before it in
 * the sentence, those after it after it, in order; {@code _} joins two elements that must be
 * adjacent; {@code &NAME} is any phrase of a synset; {@code +} marks the target's noun phrase,
 * {@code $} the source's, {@code %} a compound actor that is both (each member acts on the others),
 * {@code ^} skips a noun phrase. The block line {@code --- VERB [code] ---} is the verb's default
 * pattern (no elements).
 *
 * @param verb the verb's key: its lemma or a listed form, lower case
 * @param code the code the pattern gives (PETRARCH codes may end with a letter: {@code 174K})
 * @param before the elements before the verb, left to right
 * @param after the elements after the verb, left to right
 * @param verbJoinedLeft the last element before the verb is joined to it ({@code IN_*})
 * @param verbJoinedRight the verb is joined to the first element after it ({@code *_OUT})
 * @param text the pattern as written
 * @param source file and line
 * @param order the line's place in its file, which breaks ties between equally long patterns
 */
public record PetrarchVerbPattern(
    String verb,
    String code,
    List<Element> before,
    List<Element> after,
    boolean verbJoinedLeft,
    boolean verbJoinedRight,
    String text,
    String source,
    int order) {

  /** What an element of a pattern stands for. */
  public enum Kind {
    WORD,
    SYNSET,
    SOURCE,
    TARGET,
    COMPOUND,
    SKIP
  }

  /**
   * One element: a word, a synset's phrases (each a list of words), or a marker.
   *
   * @param joinedNext the element is joined by {@code _} to the next one
   */
  public record Element(Kind kind, List<List<String>> phrases, boolean joinedNext) {
    public Element {
      phrases = phrases.stream().map(List::copyOf).toList();
    }

    boolean actor() {
      return kind == Kind.SOURCE || kind == Kind.TARGET || kind == Kind.COMPOUND;
    }
  }

  public PetrarchVerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** Words and synsets the pattern requires: the longer pattern wins, as in PETRARCH. */
  public int length() {
    int n = 0;
    for (Element e : before) {
      n += e.kind() == Kind.WORD || e.kind() == Kind.SYNSET ? 1 : 0;
    }
    for (Element e : after) {
      n += e.kind() == Kind.WORD || e.kind() == Kind.SYNSET ? 1 : 0;
    }
    return n;
  }

  /** True when the pattern places an actor ({@code $}, {@code +} or {@code %}). */
  public boolean placesActors() {
    return before.stream().anyMatch(Element::actor) || after.stream().anyMatch(Element::actor);
  }

  /**
   * Parses the body of a pattern line (between the leading {@code -} and the code), or returns null
   * when it has no verb marker.
   */
  static PetrarchVerbPattern parse(
      String verb,
      String code,
      String body,
      Map<String, List<List<String>>> synsets,
      String source,
      int order) {
    // tokens with the separator that followed each: '_' joins, ' ' does not
    List<String> tokens = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String s = body.strip();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c == '_' || Character.isWhitespace(c)) {
        if (current.length() > 0) {
          tokens.add(current.toString());
          joined.add(c == '_');
          current.setLength(0);
        } else if (c == '_' && !joined.isEmpty()) {
          joined.set(joined.size() - 1, true);
        }
      } else if (c == '*' || c == '$' || c == '+' || c == '^' || c == '%') {
        boolean marker = current.length() == 0;
        if (marker) {
          tokens.add(String.valueOf(c));
          joined.add(false);
        } else {
          current.append(c);
        }
      } else {
        current.append(c);
      }
    }
    int star = tokens.indexOf("*");
    if (star < 0) {
      return null;
    }
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i == star) {
        continue;
      }
      Element e = element(tokens.get(i), joined.get(i), synsets);
      if (e == null) {
        continue;
      }
      (i < star ? before : after).add(e);
    }
    boolean left = star > 0 && joined.get(star - 1);
    boolean right = joined.get(star);
    return new PetrarchVerbPattern(
        verb, code, before, after, left, right, body.strip(), source, order);
  }

  private static Element element(
      String token, boolean joinedNext, Map<String, List<List<String>>> synsets) {
    switch (token) {
      case "$":
        return new Element(Kind.SOURCE, List.of(), joinedNext);
      case "+":
        return new Element(Kind.TARGET, List.of(), joinedNext);
      case "%":
        return new Element(Kind.COMPOUND, List.of(), joinedNext);
      case "^":
        return new Element(Kind.SKIP, List.of(), joinedNext);
      default:
        break;
    }
    if (token.startsWith("&")) {
      List<List<String>> phrases = synsets.get(synsetName(token));
      return new Element(Kind.SYNSET, phrases == null ? List.of() : phrases, joinedNext);
    }
    String word = token.toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return null;
    }
    return new Element(Kind.WORD, List.of(List.of(word)), joinedNext);
  }

  static String synsetName(String token) {
    return token.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
  }
}

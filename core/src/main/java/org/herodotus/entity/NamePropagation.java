package org.herodotus.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;

/**
 * Step 17 of the {@link EntityResolver}: a name the engine tagged somewhere is the same name where
 * it missed it (one sense per discourse: "Karabakh Armenians" in the headline, tagged in the body).
 * Each other occurrence of a tagged name of three or more characters, on token boundaries and
 * covered by no mention, becomes a mention of the same entity.
 */
final class NamePropagation implements EntityStep {

  /** Names shorter than this are not looked for elsewhere. */
  private static final int MIN_LENGTH = 3;

  private final Names names;

  NamePropagation(Names names) {
    this.names = names;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    Map<String, DraftMention> tagged = new LinkedHashMap<>();
    for (DraftMention m : draft.mentions()) {
      if (m.name != null && !m.type.isEmpty()) {
        tagged.putIfAbsent(names.clean(draft.doc().slice(m.name)), m);
      }
    }
    Set<Integer> covered = draft.coveredTokens();
    String text = draft.doc().text();
    List<DraftMention> added = new ArrayList<>();
    for (Map.Entry<String, DraftMention> e : tagged.entrySet()) {
      String name = e.getKey();
      if (name.length() < MIN_LENGTH) {
        continue;
      }
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        Span span = new Span(at, at + name.length());
        int[] r = syntax.tokenRange(span);
        if (r[0] >= r[1]
            || syntax.token(r[0]).span().start() != span.start()
            || syntax.token(r[1] - 1).span().end() != span.end()) {
          continue; // not on token boundaries, or outside the analyzed text
        }
        boolean free = true;
        for (int t = r[0]; t < r[1]; t++) {
          free &= !covered.contains(t);
        }
        if (!free) {
          continue;
        }
        DraftMention copy =
            new DraftMention(span, e.getValue().type, Mention.Kind.NAME, e.getValue().group);
        copy.head = r[1] - 1;
        added.add(copy);
        for (int t = r[0]; t < r[1]; t++) {
          covered.add(t);
        }
      }
    }
    draft.mentions().addAll(added);
  }
}

package org.herodotus.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.WordLists;

/**
 * Step 12 of the {@link EntityResolver}: a relative pronoun (the word list {@code
 * relative-pronouns}: "separatists, who agreed") is another mention of its antecedent: the noun its
 * relative clause modifies or, when the parser attached the clause higher up, the mention that ends
 * right before it ("a deal with separatists, who agreed").
 */
final class RelativePronouns implements EntityStep {

  private final Set<String> relativePronouns;

  RelativePronouns(WordLists words) {
    this.relativePronouns = words.get("relative-pronouns");
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    List<DraftMention> mentions = draft.mentions();
    for (int t = 0; t < syntax.size(); t++) {
      String pos = syntax.pos(t);
      if (!(pos.equals("WP") || pos.equals("WDT")) || !relativePronouns.contains(syntax.lemma(t))) {
        continue;
      }
      int verb = syntax.head(t);
      int antecedent =
          verb >= 0 && syntax.relation(verb).startsWith("acl:relcl") ? syntax.head(verb) : -2;
      Span tokenSpan = syntax.token(t).span();
      int before = t - 1;
      if (before >= 0 && syntax.pos(before).equals(",")) {
        before--;
      }
      int adjacentEnd = before >= 0 ? syntax.token(before).span().end() : -1;
      Optional<DraftMention> target =
          mentions.stream()
              .filter(m -> m.head == antecedent && !m.span.contains(tokenSpan))
              .findFirst()
              .or(
                  () ->
                      mentions.stream()
                          .filter(
                              m -> m.span.end() == adjacentEnd && m.kind != Mention.Kind.PRONOUN)
                          .findFirst());
      if (target.isPresent() && mentions.stream().noneMatch(m -> m.span.equals(tokenSpan))) {
        DraftMention pronoun =
            new DraftMention(tokenSpan, "", Mention.Kind.PRONOUN, target.get().group);
        pronoun.head = t;
        mentions.add(pronoun);
      }
    }
  }
}

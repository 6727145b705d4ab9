package org.herodotus.actor;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.PetrarchDictionary;

/**
 * Rule 1 of the {@link ActorCoder}: a mention (or, for a name, the entity's name) in the user's
 * PETRARCH/TABARI actor dictionary gives the whole entity the dictionary's code on the article's
 * date: "actor dictionary entry NAME". An entry listed as no actor ({@code ---}) makes the entity
 * none. Pronouns are not looked up.
 */
final class DictionaryMatch implements CodingRule {

  private final ActorLexicon lexicon;

  DictionaryMatch(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Optional<List<MentionCode>> code(ActorArticle article, Entity entity) {
    if (!lexicon.hasDictionary()) {
      return Optional.empty();
    }
    for (int m : entity.mentions()) {
      Mention mention = article.mention(m);
      if (mention.kind() == Mention.Kind.PRONOUN) {
        continue;
      }
      String text = ActorNames.clean(mention.text());
      Optional<PetrarchDictionary.Entry> entry = lexicon.dictionaryEntry(text);
      if (entry.isEmpty() && mention.kind() == Mention.Kind.NAME) {
        entry = lexicon.dictionaryEntry(entity.name());
      }
      if (entry.isPresent()) {
        Optional<String> code = entry.get().codeOn(article.date());
        if (code.isEmpty() || code.get().isEmpty()) {
          return Optional.of(List.of()); // listed as no actor ("---")
        }
        return Optional.of(
            MentionCode.all(
                entity,
                code.get(),
                "actor dictionary entry " + entry.get().name(),
                mention.span()));
      }
    }
    return Optional.empty();
  }
}

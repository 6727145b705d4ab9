package org.herodotus.actor;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.entity.Syntax;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.place.Gazetteer;

/**
 * What every rule of the {@link ActorCoder} reads about the article: the document, its parse, its
 * publication date (for dated dictionary entries) and its states.
 *
 * @param date the publication date as {@code yyyyMMdd}, empty when unknown
 */
record ActorArticle(Doc doc, Syntax syntax, String date, ArticleStates states) {

  static ActorArticle of(Doc doc, ActorLexicon lexicon, Gazetteer gazetteer) {
    String published = doc.metadata().published().orElse("");
    String date = published.length() >= 10 ? published.substring(0, 10).replace("-", "") : "";
    return new ActorArticle(
        doc, new Syntax(doc), date, ArticleStates.find(doc, lexicon, gazetteer));
  }

  Mention mention(int index) {
    return doc.mentions().get(index);
  }
}

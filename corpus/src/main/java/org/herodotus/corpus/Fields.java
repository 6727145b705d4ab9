package org.herodotus.corpus;

import java.util.List;
import java.util.Set;

/**
 * The fields of the corpus index. Keyword fields are matched whole and in any case ({@code
 * actor:azegov} finds AZEGOV, {@code speaker:"hikmet hajiyev"} the speaker Hikmet Hajiyev); text
 * fields are analyzed words; {@code date} is a day ({@code date:2023-09-20}, {@code
 * date:[2023-09-01 TO 2023-09-30]}).
 */
final class Fields {

  static final String TYPE = "type";
  static final String ARTICLE_ID = "article_id";
  static final String URL = "url";
  static final String TEXT_HASH = "text_hash";
  static final String PART = "part";
  static final String INDEX = "index";
  static final String HEADLINE = "headline";
  static final String TEXT = "text";
  static final String DATE = "date";
  static final String JSON = "json";
  static final String ACTOR = "actor";
  static final String SOURCE = "source";
  static final String TARGET = "target";
  static final String CODE = "code";
  static final String ROOT = "root";
  static final String QUAD = "quad";
  static final String SPEAKER = "speaker";
  static final String PLACE = "place";
  static final String COUNTRY = "country";
  static final String ENTITY = "entity";
  static final String MONTH = "month";

  /** Fields matched whole and exactly (ids). */
  static final Set<String> EXACT = Set.of(TYPE, ARTICLE_ID, URL, TEXT_HASH);

  /** Fields matched whole, in any case. */
  static final Set<String> KEYWORDS =
      Set.of(ACTOR, SOURCE, TARGET, CODE, ROOT, QUAD, SPEAKER, PLACE, COUNTRY, ENTITY, MONTH);

  /** Facet dimensions, in the order they are shown. */
  static final List<String> FACETS = List.of(ACTOR, ROOT, PLACE, SPEAKER, COUNTRY, MONTH);

  /** The kinds of index documents. */
  static final List<String> TYPES = List.of("article", "quote", "event");

  private Fields() {}
}

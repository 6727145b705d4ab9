package org.herodotus.table;

import static org.herodotus.table.ColumnType.BIGINT;
import static org.herodotus.table.ColumnType.BOOLEAN;
import static org.herodotus.table.ColumnType.DATE;
import static org.herodotus.table.ColumnType.DOUBLE;
import static org.herodotus.table.ColumnType.INT;
import static org.herodotus.table.ColumnType.STRING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus tables, schema version {@value #SCHEMA_VERSION}: their names and columns (documented
 * in docs/CORPUS.md), and {@link TableRows} to turn a document into rows. Every table's first
 * column is {@code article_id}; a row's position in its layer is its index column ({@code mention},
 * {@code event}, ...), so rows join back to the JSON output. Columns are only ever added at the end
 * of a table, with a new schema version.
 */
public final class CorpusTables {

  /** The version of the schema; written with every corpus and Spark output. */
  public static final int SCHEMA_VERSION = 1;

  public static final Table ARTICLES =
      table(
          "articles",
          c("article_id", STRING, "the article's id (file name, JSON Lines id or page address)"),
          c("text_hash", STRING, "SHA-256 of the text, lower-cased, whitespace collapsed (hex)"),
          c("url", STRING, "the article's address, when known"),
          c("source", STRING, "the address's host without www., when known"),
          c("headline", STRING, "the headline"),
          c("standfirst", STRING, "the standfirst under the headline"),
          c("published", DATE, "the publication day, when known"),
          c("published_text", STRING, "the publication date or date-time as the source states it"),
          c("language", STRING, "ISO 639-1 code"),
          c("authors", STRING, "the authors, separated by '; '"),
          c("tone", DOUBLE, "GDELT document tone: positive less negative word share, -100..100"),
          c("words", INT, "words counted for the tone"),
          c("sentences", INT, "number of sentences"),
          c("text_length", INT, "length of the text in UTF-16 code units"),
          c("text", STRING, "the article's text, which every span points into"));

  public static final Table MENTIONS =
      table(
          "mentions",
          c("article_id", STRING, "the article"),
          c("mention", INT, "index in the article's mentions layer"),
          c("start", INT, "span start (UTF-16 offset into the text)"),
          c("end", INT, "span end (exclusive)"),
          c("text", STRING, "the mention's words"),
          c("type", STRING, "PERSON, ORGANIZATION, GPE, LOCATION, NORP, GROUP, MISC"),
          c("kind", STRING, "name, nominal or pronoun"),
          c("entity", INT, "index of its entity"));

  public static final Table ENTITIES =
      table(
          "entities",
          c("article_id", STRING, "the article"),
          c("entity", INT, "index in the article's entities layer"),
          c("name", STRING, "canonical name"),
          c("type", STRING, "as for mentions"),
          c("mentions", INT, "number of mentions"));

  public static final Table ACTORS =
      table(
          "actors",
          c("article_id", STRING, "the article"),
          c("actor", INT, "index in the article's actors layer"),
          c("entity", INT, "index of the entity coded"),
          c("code", STRING, "full CAMEO actor code (AZEGOV)"),
          c("name", STRING, "the entity's canonical name"),
          c("country", STRING, "CAMEO country block, empty for international actors"),
          c("types", STRING, "type blocks in code order, separated by '|'"),
          c("known_group", STRING, "known-group block (UNO, NAT)"),
          c("mentions", INT, "number of mentions coded this way"),
          c("rule", STRING, "the rule or lexicon entry that gave the code"));

  public static final Table PLACES =
      table(
          "places",
          c("article_id", STRING, "the article"),
          c("place", INT, "index in the article's places layer"),
          c("mention", INT, "index of the mention, -1 for an adjective"),
          c("start", INT, "span start"),
          c("end", INT, "span end"),
          c("text", STRING, "the place name as written"),
          c("gazetteer_id", STRING, "geonames:ID, country:ISO2, admin1:..., region:..."),
          c("name", STRING, "the gazetteer entry's name"),
          c("feature_class", STRING, "GeoNames feature class"),
          c("feature_code", STRING, "GeoNames feature code"),
          c("country", STRING, "ISO 3166-1 alpha-2 code"),
          c("admin1", STRING, "first-order division"),
          c("lat", DOUBLE, "WGS84 latitude"),
          c("lon", DOUBLE, "WGS84 longitude"),
          c("population", BIGINT, "approximate population, 0 when unknown"),
          c("reason", STRING, "why this entry was chosen"),
          c("metonym", BOOLEAN, "the name stands for a government here"),
          c("focus", BOOLEAN, "a mention of the article's focus place"),
          c("kind", STRING, "name or adjective"));

  public static final Table TIMES =
      table(
          "times",
          c("article_id", STRING, "the article"),
          c("time", INT, "index in the article's times layer"),
          c("start", INT, "span start"),
          c("end", INT, "span end"),
          c("text", STRING, "the expression as written"),
          c("type", STRING, "TIMEX3 type: DATE, TIME, DURATION, SET"),
          c("value", STRING, "TIMEX3 value"),
          c("anchored", BOOLEAN, "false when it stays relative"));

  public static final Table QUOTES =
      table(
          "quotes",
          c("article_id", STRING, "the article"),
          c("quote", INT, "index in the article's quotes layer"),
          c("start", INT, "span start"),
          c("end", INT, "span end"),
          c("content", STRING, "what was said, without quote marks"),
          c("kind", STRING, "direct, partial, indirect or echo"),
          c("cue", STRING, "the words that introduce it"),
          c("speaker", STRING, "the speaker's canonical name"),
          c("speaker_entity", INT, "index of the speaker's entity, -1 for an unresolved phrase"),
          c("speaker_text", STRING, "the words naming the speaker here"),
          c("speaker_role", STRING, "the speaker's role as stated"),
          c("speaker_affiliation", STRING, "whom the speaker speaks for"),
          c("unattributed_reason", STRING, "why there is no speaker"),
          c("echo_of", INT, "index of the quote an echo repeats"),
          c("rule", STRING, "the rule that found it"),
          c("published", DATE, "the article's publication day"));

  public static final Table ATTRIBUTIONS =
      table(
          "attributions",
          c("article_id", STRING, "the article"),
          c("attribution", INT, "index in the article's attributions layer"),
          c("start", INT, "content span start"),
          c("end", INT, "content span end"),
          c("content", STRING, "the statement's words"),
          c("cue", STRING, "the words that introduce it"),
          c("direct", BOOLEAN, "a quotation from its first character"),
          c("speaker", STRING, "the speaker's canonical name"),
          c("speaker_entity", INT, "index of the speaker's entity"),
          c("quotes", STRING, "indexes of its quotes, separated by ','"));

  public static final Table EVENTS =
      table(
          "events",
          c("article_id", STRING, "the article"),
          c("event", INT, "index in the article's events layer"),
          c("code", STRING, "CAMEO event code (0871)"),
          c("base_code", STRING, "first three digits"),
          c("root_code", STRING, "first two digits"),
          c(
              "quad_class",
              INT,
              "1 verbal and 2 material cooperation, 3 verbal, 4 material conflict"),
          c("goldstein", DOUBLE, "Goldstein score of the code"),
          c("plover_event", STRING, "PLOVER event type"),
          c("plover_mode", STRING, "PLOVER mode"),
          c("plover_context", STRING, "PLOVER context"),
          c("source_code", STRING, "source actor's CAMEO code"),
          c("source_name", STRING, "source actor's canonical name"),
          c("source_text", STRING, "source actor's words"),
          c("source_entity", INT, "source actor's entity"),
          c("target_code", STRING, "target actor's CAMEO code"),
          c("target_name", STRING, "target actor's canonical name"),
          c("target_text", STRING, "target actor's words"),
          c("target_entity", INT, "target actor's entity"),
          c("date", DATE, "the event's day, when known to the day"),
          c("date_text", STRING, "the event's date as the layer gives it (2023-09-21, 2020)"),
          c("date_from", STRING, "time, publication or none"),
          c("place", STRING, "gazetteer name of where it happened"),
          c("place_id", STRING, "gazetteer id"),
          c("place_country", STRING, "ISO 3166-1 alpha-2 code of the place"),
          c("lat", DOUBLE, "latitude of the place"),
          c("lon", DOUBLE, "longitude of the place"),
          c(
              "place_from",
              STRING,
              "how the place was found: trigger, clause, event, sentence, focus"),
          c("flags", STRING, "claimed, intent, negated, background, nominal, passive; '|'"),
          c("claimed_by", INT, "index of the statement event that reports it"),
          c("confidence", INT, "10-100, as --min-confidence"),
          c("sentence", INT, "index of its sentence"),
          c("trigger_start", INT, "trigger span start"),
          c("trigger_end", INT, "trigger span end"),
          c("trigger", STRING, "the trigger words"),
          c("sentence_text", STRING, "the sentence"),
          c("pattern", STRING, "the lexicon pattern that fired"),
          c("rules", STRING, "the rules applied, separated by '; '"),
          c("published", DATE, "the article's publication day"));

  /** Every table, in the order they are written. */
  public static final List<Table> ALL =
      List.of(ARTICLES, MENTIONS, ENTITIES, ACTORS, PLACES, TIMES, QUOTES, ATTRIBUTIONS, EVENTS);

  private CorpusTables() {}

  /** The table named {@code name}. */
  public static Table byName(String name) {
    for (Table t : ALL) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no corpus table named " + name);
  }

  /** Every table's name and columns, for a schema file. */
  public static Map<String, List<Column>> schema() {
    Map<String, List<Column>> schema = new LinkedHashMap<>();
    ALL.forEach(t -> schema.put(t.name(), t.columns()));
    return schema;
  }

  private static Column c(String name, ColumnType type, String meaning) {
    return new Column(name, type, meaning);
  }

  private static Table table(String name, Column... columns) {
    return new Table(name, new ArrayList<>(List.of(columns)));
  }
}

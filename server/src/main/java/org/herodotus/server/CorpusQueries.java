package org.herodotus.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.SqlResult;
import org.herodotus.event.CameoCodebook;

/**
 * The questions the API asks the corpus tables (see docs/CORPUS.md): events and quotes with
 * filters, and the statistics the page charts. Every value from a request is a SQL parameter.
 */
final class CorpusQueries {

  /** An event's day: when it happened, when known to the day, else when it was published. */
  static final String EVENT_DAY = "coalesce(e.date, e.published)";

  private final Corpus corpus;

  CorpusQueries(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Filters on events shared by the event list and the statistics. */
  record EventFilter(
      Optional<String> actor,
      Optional<String> root,
      Optional<String> code,
      Optional<Integer> quad,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> place,
      Optional<String> article) {

    static EventFilter of(Params p) {
      int quad = p.integer("quad", 0, 0, 4);
      return new EventFilter(
          p.text("actor"),
          p.code("root"),
          p.code("code"),
          quad == 0 ? Optional.empty() : Optional.of(quad),
          p.day("from"),
          p.day("to"),
          p.text("place"),
          p.text("article"));
    }

    Where where() {
      Where w = new Where();
      actor.ifPresent(
          a ->
              w.and(
                  "starts_with(upper(e.source_code), upper(?))"
                      + " OR starts_with(upper(e.target_code), upper(?))"
                      + " OR lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?)",
                  a,
                  a,
                  a,
                  a));
      root.ifPresent(r -> w.and("e.root_code = ?", r));
      code.ifPresent(c -> w.and("starts_with(e.code, ?)", c));
      quad.ifPresent(q -> w.and("e.quad_class = ?", q));
      from.ifPresent(d -> w.and(EVENT_DAY + " >= ?", d));
      to.ifPresent(d -> w.and(EVENT_DAY + " <= ?", d));
      place.ifPresent(
          pl ->
              w.and(
                  "lower(e.place) = lower(?) OR e.place_id = ? OR upper(e.place_country) = upper(?)",
                  pl,
                  pl,
                  pl));
      article.ifPresent(a -> w.and("e.article_id = ?", a));
      return w;
    }
  }

  /** Events matching the filter, latest first, with the total. */
  Map<String, Object> events(EventFilter filter, int limit, int offset) {
    Where w = filter.where();
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    values.add(offset);
    SqlResult r =
        corpus.sql(
            "SELECT count(*) OVER () AS total, e.article_id, e.event, e.code, e.root_code,"
                + " e.quad_class, e.goldstein, e.plover_event, e.source_code, e.source_name,"
                + " e.source_text, e.target_code, e.target_name, e.target_text,"
                + " "
                + EVENT_DAY
                + " AS day, e.date_text, e.date_from, e.place, e.place_country, e.lat, e.lon,"
                + " e.flags, e.trigger, e.sentence_text, e.published, a.headline"
                + " FROM events e LEFT JOIN articles a ON a.article_id = e.article_id"
                + w.sql()
                + " ORDER BY day DESC NULLS LAST, e.article_id, e.event LIMIT ? OFFSET ?",
            values);
    List<Map<String, Object>> rows = objects(r, Set.of("total"));
    for (Map<String, Object> row : rows) {
      row.put("code_name", codeName((String) row.get("code")));
      String flags = (String) row.get("flags");
      row.put("flags", flags == null || flags.isEmpty() ? List.of() : List.of(flags.split("\\|")));
    }
    return page(total(r, () -> count("SELECT count(*) FROM events e" + w.sql(), w.values())), rows);
  }

  /** Quotes by speaker, words and dates, in the order they were published. */
  Map<String, Object> quotes(
      Optional<String> speaker,
      Optional<String> words,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> article,
      int limit,
      int offset) {
    Where w = new Where();
    speaker.ifPresent(s -> w.and("lower(q.speaker) = lower(?)", s));
    words.ifPresent(t -> w.and("q.content ILIKE ? ESCAPE '\\'", Where.contains(t)));
    from.ifPresent(d -> w.and("q.published >= ?", d));
    to.ifPresent(d -> w.and("q.published <= ?", d));
    article.ifPresent(a -> w.and("q.article_id = ?", a));
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    values.add(offset);
    SqlResult r =
        corpus.sql(
            "SELECT count(*) OVER () AS total, q.article_id, q.quote, q.start, q.\"end\","
                + " q.content, q.kind, q.speaker, q.speaker_text, q.speaker_role,"
                + " q.speaker_affiliation, q.published, a.headline"
                + " FROM quotes q LEFT JOIN articles a ON a.article_id = q.article_id"
                + w.sql()
                + " ORDER BY q.published NULLS LAST, q.article_id, q.quote LIMIT ? OFFSET ?",
            values);
    return page(
        total(r, () -> count("SELECT count(*) FROM quotes q" + w.sql(), w.values())),
        objects(r, Set.of("total")));
  }

  /** Speakers with their number of quotes and the days they spoke, most quoted first. */
  Map<String, Object> speakers(
      Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> name, int limit) {
    Where w = new Where().and("q.speaker IS NOT NULL AND q.speaker <> ''");
    from.ifPresent(d -> w.and("q.published >= ?", d));
    to.ifPresent(d -> w.and("q.published <= ?", d));
    name.ifPresent(n -> w.and("q.speaker ILIKE ? ESCAPE '\\'", Where.contains(n)));
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    SqlResult r =
        corpus.sql(
            "SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,"
                + " min(q.published) AS first, max(q.published) AS last,"
                + " mode(q.speaker_role) AS role, mode(q.speaker_affiliation) AS affiliation"
                + " FROM quotes q"
                + w.sql()
                + " GROUP BY q.speaker ORDER BY quotes DESC, q.speaker LIMIT ?",
            values);
    List<Map<String, Object>> speakers = objects(r, Set.of());
    // the days each of them was quoted, for a chart of who spoke when
    List<Object> again = new ArrayList<>(w.values());
    again.add(limit);
    again.addAll(w.values());
    SqlResult days =
        corpus.sql(
            "WITH top AS (SELECT q.speaker FROM quotes q"
                + w.sql()
                + " GROUP BY q.speaker ORDER BY count(*) DESC, q.speaker LIMIT ?)"
                + " SELECT q.speaker, strftime(q.published, '%Y-%m-%d') AS day, count(*) AS quotes"
                + " FROM quotes q"
                + w.sql()
                + " AND q.speaker IN (SELECT speaker FROM top) AND q.published IS NOT NULL"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            again);
    Map<Object, List<List<Object>>> bySpeaker = new java.util.HashMap<>();
    for (List<Object> row : days.rows()) {
      bySpeaker
          .computeIfAbsent(row.get(0), k -> new ArrayList<>())
          .add(List.of(row.get(1), row.get(2)));
    }
    for (Map<String, Object> sp : speakers) {
      sp.put("days", bySpeaker.getOrDefault(sp.get("speaker"), List.of()));
    }
    return Map.of("speakers", speakers);
  }

  /** Events per day (or month, or year) by root code or quad class. */
  Map<String, Object> timeline(EventFilter filter, String by, String interval) {
    String key = by.equals("quad") ? "CAST(e.quad_class AS VARCHAR)" : "e.root_code";
    String day =
        switch (interval) {
          case "month" -> "strftime(" + EVENT_DAY + ", '%Y-%m')";
          case "year" -> "strftime(" + EVENT_DAY + ", '%Y')";
          default -> "strftime(" + EVENT_DAY + ", '%Y-%m-%d')";
        };
    Where w = filter.where().and(EVENT_DAY + " IS NOT NULL");
    SqlResult r =
        corpus.sql(
            "SELECT "
                + day
                + " AS day, "
                + key
                + " AS key, count(*) AS events FROM events e"
                + w.sql()
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            w.values());
    Map<String, String> names = new LinkedHashMap<>();
    for (List<Object> row : r.rows()) {
      String k = (String) row.get(1);
      names.computeIfAbsent(k, x -> by.equals("quad") ? quadName(x) : codeName(x));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by", by);
    out.put("interval", interval);
    out.put("names", names);
    out.put("rows", objects(r, Set.of()));
    return out;
  }

  /**
   * Who acts on whom: the most frequent source-target pairs of actor codes with their number of
   * events and mean Goldstein score, and the actors in them with their number of events.
   */
  Map<String, Object> network(EventFilter filter, int limit) {
    Where w =
        filter
            .where()
            .and("e.source_code IS NOT NULL AND e.source_code <> ''")
            .and("e.target_code IS NOT NULL AND e.target_code <> ''");
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    SqlResult edges =
        corpus.sql(
            "SELECT e.source_code AS source, e.target_code AS target, count(*) AS events,"
                + " round(avg(e.goldstein), 2) AS goldstein FROM events e"
                + w.sql()
                + " GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?",
            values);
    Where all = filter.where();
    List<Object> twice = new ArrayList<>(all.values());
    twice.addAll(all.values());
    SqlResult nodes =
        corpus.sql(
            "SELECT code, count(*) AS events, mode(name) AS name FROM ("
                + " SELECT e.source_code AS code, e.source_name AS name FROM events e"
                + all.sql()
                + " UNION ALL SELECT e.target_code AS code, e.target_name AS name FROM events e"
                + all.sql()
                + ") WHERE code IS NOT NULL AND code <> '' GROUP BY code",
            twice);
    List<Map<String, Object>> edgeList = objects(edges, Set.of());
    Set<Object> used = new java.util.HashSet<>();
    for (Map<String, Object> e : edgeList) {
      used.add(e.get("source"));
      used.add(e.get("target"));
    }
    List<Map<String, Object>> nodeList = new ArrayList<>();
    for (Map<String, Object> n : objects(nodes, Set.of())) {
      if (used.contains(n.get("code"))) {
        nodeList.add(n);
      }
    }
    nodeList.sort(
        (a, b) ->
            Long.compare(
                ((Number) b.get("events")).longValue(), ((Number) a.get("events")).longValue()));
    return Map.of("nodes", nodeList, "edges", edgeList);
  }

  /** Where events happened: places with coordinates and their number of events. */
  Map<String, Object> places(EventFilter filter, int limit) {
    Where w = filter.where().and("e.lat IS NOT NULL AND e.lon IS NOT NULL");
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    SqlResult r =
        corpus.sql(
            "SELECT e.place AS name, e.place_id AS id, e.place_country AS country,"
                + " round(avg(e.lat), 4) AS lat, round(avg(e.lon), 4) AS lon,"
                + " count(*) AS events, count(DISTINCT e.article_id) AS articles,"
                + " round(avg(e.goldstein), 2) AS goldstein FROM events e"
                + w.sql()
                + " GROUP BY 1, 2, 3 ORDER BY events DESC, name LIMIT ?",
            values);
    return Map.of("places", objects(r, Set.of()));
  }

  /** Articles, latest first, with their numbers of events and quotes. */
  Map<String, Object> articles(
      Optional<LocalDate> from, Optional<LocalDate> to, int limit, int offset) {
    Where w = new Where();
    from.ifPresent(d -> w.and("a.published >= ?", d));
    to.ifPresent(d -> w.and("a.published <= ?", d));
    List<Object> values = new ArrayList<>(w.values());
    values.add(limit);
    values.add(offset);
    SqlResult r =
        corpus.sql(
            "SELECT count(*) OVER () AS total, a.article_id, a.headline, a.published, a.source,"
                + " a.url, (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)"
                + " AS events, (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id)"
                + " AS quotes FROM articles a"
                + w.sql()
                + " ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?",
            values);
    return page(
        total(r, () -> count("SELECT count(*) FROM articles a" + w.sql(), w.values())),
        objects(r, Set.of("total")));
  }

  /** How much the corpus holds. */
  Map<String, Object> overview() {
    SqlResult r =
        corpus.sql(
            "SELECT (SELECT count(*) FROM articles) AS articles,"
                + " (SELECT count(*) FROM events) AS events,"
                + " (SELECT count(*) FROM quotes) AS quotes,"
                + " (SELECT min(published) FROM articles) AS first,"
                + " (SELECT max(published) FROM articles) AS last",
            List.of());
    return objects(r, Set.of()).get(0);
  }

  static String codeName(String code) {
    if (code == null) {
      return null;
    }
    return CameoCodebook.bundled().get(code).map(CameoCodebook.Code::name).orElse(null);
  }

  static String quadName(String quad) {
    return switch (quad) {
      case "1" -> "verbal cooperation";
      case "2" -> "material cooperation";
      case "3" -> "verbal conflict";
      case "4" -> "material conflict";
      default -> quad;
    };
  }

  private long count(String sql, List<Object> values) {
    return ((Number) corpus.sql(sql, values).rows().get(0).get(0)).longValue();
  }

  private static long total(SqlResult r, java.util.function.LongSupplier whenEmpty) {
    return r.rows().isEmpty()
        ? whenEmpty.getAsLong()
        : ((Number) r.rows().get(0).get(0)).longValue();
  }

  private static Map<String, Object> page(long total, List<Map<String, Object>> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total);
    out.put("rows", rows);
    return out;
  }

  private static List<Map<String, Object>> objects(SqlResult r, Set<String> leaveOut) {
    List<Map<String, Object>> out = new ArrayList<>(r.rows().size());
    for (List<Object> row : r.rows()) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (int i = 0; i < r.columns().size(); i++) {
        if (!leaveOut.contains(r.columns().get(i))) {
          o.put(r.columns().get(i), row.get(i));
        }
      }
      out.add(o);
    }
    return out;
  }
}

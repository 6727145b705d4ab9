package org.herodotus.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Place;
import org.herodotus.doc.Tone;
import org.herodotus.event.EventConfidence;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.tone.ToneScorer;

/**
 * Writes a document's events as GDELT 2.0 tables: the Events export (61 tab-separated columns, no
 * header) and the Mentions table (16 columns), following the GDELT Event Codebook V2.0.
 *
 * <p>Filled: ids, dates, actor codes broken into country, known group and type blocks, actor names,
 * root-event flag (headline, standfirst or first body paragraph), event code, base, root, quad
 * class, Goldstein, mention counts within the article, DATEADDED and SOURCEURL; the action's
 * geography from the event's place ({@link org.herodotus.doc.Event#location()}) and each actor's
 * from the place its mention names (see {@link GdeltGeo} for the codes). Left empty because this
 * project does not compute them: AvgTone and MentionDocTone (no tone model), ethnic and religion
 * codes, ADM2 (GAUL) codes, and the geography of an unknown place (Geo_Type 0, as GDELT writes it).
 * An event dated by a year or month alone is written on the first day of it (GDELT's date fields
 * are whole days).
 */
public final class GdeltEvents {

  /** The 61 column names of the GDELT 2.0 Events export, in order. */
  public static final List<String> EVENT_COLUMNS = eventColumns();

  /** The 16 column names of the GDELT 2.0 Mentions table, in order. */
  public static final List<String> MENTION_COLUMNS =
      List.of(
          "GlobalEventID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  private static final ActorLexicon BLOCKS = ActorLexicon.bundled();

  private GdeltEvents() {}

  private static List<String> eventColumns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String f :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        c.add(g + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }

  /**
   * A stable numeric id for the {@code index}-th event of a document: 39 bits of the SHA-256 of the
   * document's id, URL and text, times 10,000, plus the index (modulo 10,000). Two articles with
   * the same file name (politics/013 and sport/013 both have the id "013") get different ids; the
   * largest id is below 2^53, so readers that hold numbers as doubles (JavaScript, pandas) keep it
   * exact.
   */
  public static long eventId(Doc doc, int index) {
    byte[] hash;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(doc.id().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(doc.metadata().url().orElse("").getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      hash = sha.digest(doc.text().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
    long base = 0;
    for (int i = 0; i < 5; i++) {
      base = (base << 8) | (hash[i] & 0xff);
    }
    base >>>= 1; // 39 bits
    return base * 10_000L + (index % 10_000);
  }

  /**
   * GDELT's FractionDate as GDELT's own files compute it: the year plus ((month − 1) × 30 + day) /
   * 365 (20160912 → 2016.6904), not the share of the year's days elapsed.
   */
  static String fractionDate(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%.4f",
        day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0);
  }

  /** The article's tone for AvgTone and MentionDocTone, as GDELT writes it (4 decimals). */
  static String tone(Doc doc) {
    Tone tone = doc.metadata().tone().orElseGet(() -> ToneScorer.bundledScorer().scoreText(doc));
    return String.format(Locale.ROOT, "%.4f", tone.tone());
  }

  /** SOURCEURL: the article's URL, else its id, so that every row names its article. */
  static String sourceUrl(Doc doc) {
    return doc.metadata().url().orElse(doc.id());
  }

  /** The Events rows of a document, one per event (tab-separated, no newline). */
  public static List<String> eventRows(Doc doc) {
    Map<String, Integer> mentions = new HashMap<>();
    for (Event e : doc.events()) {
      mentions.merge(key(e), 1, Integer::sum);
    }
    String added = dateAdded(doc);
    String tone = tone(doc);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < doc.events().size(); i++) {
      Event e = doc.events().get(i);
      List<String> f = new ArrayList<>();
      LocalDate day = day(e, doc);
      f.add(Long.toString(eventId(doc, i)));
      f.add(day.format(DateTimeFormatter.BASIC_ISO_DATE));
      f.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
      f.add(Integer.toString(day.getYear()));
      f.add(fractionDate(day));
      actor(f, e.source());
      actor(f, e.target());
      f.add(isRoot(doc, e) ? "1" : "0");
      f.add(e.code());
      f.add(e.baseCode());
      f.add(e.rootCode());
      f.add(Integer.toString(e.quadClass()));
      f.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
      f.add(Integer.toString(mentions.get(key(e))));
      f.add("1");
      f.add("1");
      f.add(tone);
      actorGeo(f, doc, e.source());
      actorGeo(f, doc, e.target());
      if (e.location().isPresent()) {
        GdeltGeo.columns(f, e.location().get());
      } else {
        GdeltGeo.none(f);
      }
      f.add(added);
      f.add(sourceUrl(doc));
      rows.add(String.join("\t", f));
    }
    return rows;
  }

  /** The Mentions rows of a document, one per event. */
  public static List<String> mentionRows(Doc doc) {
    String added = dateAdded(doc);
    String tone = tone(doc);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < doc.events().size(); i++) {
      Event e = doc.events().get(i);
      String eventTime = day(e, doc).format(DateTimeFormatter.BASIC_ISO_DATE) + "000000";
      List<String> f = new ArrayList<>();
      f.add(Long.toString(eventId(doc, i)));
      f.add(eventTime);
      f.add(added);
      f.add("1");
      f.add(doc.metadata().url().map(GdeltEvents::host).orElse(""));
      f.add(doc.metadata().url().orElse(doc.id()));
      f.add(Integer.toString(e.evidence().sentence() + 1));
      f.add(e.source().map(a -> Integer.toString(a.span().start())).orElse("-1"));
      f.add(e.target().map(a -> Integer.toString(a.span().start())).orElse("-1"));
      f.add(Integer.toString(e.evidence().trigger().start()));
      f.add("1");
      f.add(Integer.toString(confidence(e)));
      f.add(Integer.toString(doc.text().length()));
      f.add(tone);
      f.add("");
      f.add("");
      rows.add(String.join("\t", f));
    }
    return rows;
  }

  /** The event's confidence, see {@link EventConfidence}. */
  static int confidence(Event e) {
    return EventConfidence.of(e);
  }

  private static String host(String url) {
    String h = url.replaceFirst("^[a-zA-Z]+://", "");
    int slash = h.indexOf('/');
    h = slash >= 0 ? h.substring(0, slash) : h;
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static String key(Event e) {
    return e.code()
        + "|"
        + e.source().flatMap(EventActor::code).orElse(e.source().map(EventActor::name).orElse(""))
        + "|"
        + e.target().flatMap(EventActor::code).orElse(e.target().map(EventActor::name).orElse(""));
  }

  private static LocalDate day(Event e, Doc doc) {
    String d = e.date().or(() -> doc.metadata().publishedDate()).orElse("");
    try {
      if (d.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(d.substring(0, 10));
      }
      if (d.matches("\\d{4}-\\d{2}.*")) {
        return LocalDate.parse(d.substring(0, 7) + "-01");
      }
      if (d.matches("\\d{4}.*")) {
        return LocalDate.parse(d.substring(0, 4) + "-01-01");
      }
    } catch (RuntimeException ignored) {
      // fall through to today
    }
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static String dateAdded(Doc doc) {
    Optional<String> published = doc.metadata().publishedDate();
    if (published.isPresent() && published.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return published.get().replace("-", "") + "000000";
    }
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
  }

  private static boolean isRoot(Doc doc, Event e) {
    int p = doc.paragraphAt(e.evidence().trigger().start());
    if (p < 0) {
      return false;
    }
    Paragraph.Kind kind = doc.paragraphs().get(p).kind();
    if (kind == Paragraph.Kind.HEADLINE || kind == Paragraph.Kind.STANDFIRST) {
      return true;
    }
    for (int i = 0; i < doc.paragraphs().size(); i++) {
      if (doc.paragraphs().get(i).kind() == Paragraph.Kind.BODY) {
        return i == p;
      }
    }
    return false;
  }

  /**
   * The ten actor columns from a CAMEO actor code, read block by block with the CAMEO block table
   * ({@code cameo-blocks.tsv}): the first country or region block is the CountryCode; a known-group
   * block after the first (the last block, or one that is no type) the KnownGroupCode (UNO in
   * IGOUNO, EEC in IGOEUREEC); the type blocks (at most three) the type codes; any other block (a
   * second region, an ethnic code) stays in the full code only.
   */
  private static void actor(List<String> f, Optional<EventActor> actor) {
    String code = actor.flatMap(EventActor::code).orElse("");
    String name = actor.map(a -> a.name().toUpperCase(Locale.ROOT)).orElse("");
    String country = "";
    String group = "";
    List<String> types = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      String block = code.substring(i, i + 3);
      Set<String> kinds = BLOCKS.blockKinds(block);
      boolean last = i + 6 > code.length();
      if (country.isEmpty() && (kinds.contains("country") || kinds.contains("region"))) {
        country = block;
      } else if (i > 0
          && group.isEmpty()
          && kinds.contains("group")
          && (last || !kinds.contains("type"))) {
        group = block;
      } else if (kinds.contains("type") && types.size() < 3) {
        types.add(block);
      }
    }
    f.add(code);
    f.add(code.isEmpty() ? "" : name.replace('\t', ' '));
    f.add(country);
    f.add(group);
    f.add("");
    f.add("");
    f.add("");
    for (int i = 0; i < 3; i++) {
      f.add(i < types.size() ? types.get(i) : "");
    }
  }

  /**
   * An actor's geography: the place its mention names when the actor is a place used for its
   * government ("Baku announced": Baku), or the place named inside the actor's words ("protesters
   * in Paris"); else unknown (type 0). The actor's country code is not a location.
   */
  private static void actorGeo(List<String> f, Doc doc, Optional<EventActor> actor) {
    if (actor.isPresent()) {
      EventActor a = actor.get();
      Place inside = null;
      for (Place p : doc.places()) {
        if (p.adjective()) {
          continue; // "Russian peacekeepers": the actor's country, not its location
        }
        if (a.mention().isPresent() && p.mention() == a.mention().get()) {
          GdeltGeo.columns(f, p);
          return;
        }
        if (inside == null && a.span().contains(p.span())) {
          inside = p;
        }
      }
      if (inside != null) {
        GdeltGeo.columns(f, inside);
        return;
      }
    }
    GdeltGeo.none(f);
  }
}

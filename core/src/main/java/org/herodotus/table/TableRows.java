package org.herodotus.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Attribution;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Place;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.herodotus.doc.TimeExpression;
import org.herodotus.doc.Tone;
import org.herodotus.event.EventConfidence;

/**
 * A document as rows of the {@link CorpusTables}: for each table, one {@code Object[]} per item of
 * the layer, its values in the table's column order, {@code null} where unknown. Deterministic: the
 * same document gives the same rows.
 */
public final class TableRows {

  private TableRows() {}

  /** The rows of every table for {@code doc}, keyed by table, in {@link CorpusTables#ALL} order. */
  public static Map<Table, List<Object[]>> of(Doc doc) {
    Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
    List<Object[]> articles = new ArrayList<>();
    articles.add(article(doc));
    rows.put(CorpusTables.ARTICLES, articles);
    rows.put(CorpusTables.MENTIONS, mentions(doc));
    rows.put(CorpusTables.ENTITIES, entities(doc));
    rows.put(CorpusTables.ACTORS, actors(doc));
    rows.put(CorpusTables.PLACES, places(doc));
    rows.put(CorpusTables.TIMES, times(doc));
    rows.put(CorpusTables.QUOTES, quotes(doc));
    rows.put(CorpusTables.ATTRIBUTIONS, attributions(doc));
    rows.put(CorpusTables.EVENTS, events(doc));
    return rows;
  }

  /**
   * The hash the corpus knows an article's text by: SHA-256 (hex) of the text lower-cased with
   * every run of whitespace made one space and the ends trimmed, so the same article copied with
   * other line breaks is the same article.
   */
  public static String textHash(String text) {
    String normal = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The publication day of a document, when its date is known to the day. */
  public static Optional<LocalDate> published(Doc doc) {
    return doc.metadata().publishedDate().flatMap(TableRows::day);
  }

  private static Optional<LocalDate> day(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Object[] article(Doc doc) {
    Metadata m = doc.metadata();
    Optional<Tone> tone = m.tone();
    return new Object[] {
      doc.id(),
      textHash(doc.text()),
      m.url().orElse(null),
      m.url().map(TableRows::host).orElse(null),
      m.headline().orElse(null),
      m.standfirst().orElse(null),
      published(doc).orElse(null),
      m.published().orElse(null),
      m.language(),
      m.authors().isEmpty() ? null : String.join("; ", m.authors()),
      tone.map(Tone::tone).orElse(null),
      tone.map(Tone::words).orElse(null),
      doc.sentences().size(),
      doc.text().length(),
      doc.text()
    };
  }

  private static List<Object[]> mentions(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.mentions().size(); i++) {
      Mention m = doc.mentions().get(i);
      rows.add(
          new Object[] {
            doc.id(),
            i,
            m.span().start(),
            m.span().end(),
            m.text(),
            m.type(),
            m.kind().name().toLowerCase(Locale.ROOT),
            m.entity()
          });
    }
    return rows;
  }

  private static List<Object[]> entities(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.entities().size(); i++) {
      Entity e = doc.entities().get(i);
      rows.add(new Object[] {doc.id(), i, e.name(), e.type(), e.mentions().size()});
    }
    return rows;
  }

  private static List<Object[]> actors(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.actors().size(); i++) {
      Actor a = doc.actors().get(i);
      rows.add(
          new Object[] {
            doc.id(),
            i,
            a.entity(),
            a.code(),
            a.name(),
            a.country(),
            String.join("|", a.types()),
            a.knownGroup().orElse(null),
            a.mentions().size(),
            a.rule()
          });
    }
    return rows;
  }

  private static List<Object[]> places(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.places().size(); i++) {
      Place p = doc.places().get(i);
      rows.add(
          new Object[] {
            doc.id(),
            i,
            p.mention(),
            p.span().start(),
            p.span().end(),
            p.text(),
            p.id(),
            p.name(),
            p.featureClass(),
            p.featureCode(),
            p.country(),
            p.admin1(),
            p.lat(),
            p.lon(),
            p.population(),
            p.reason(),
            p.metonym(),
            p.focus(),
            p.kind()
          });
    }
    return rows;
  }

  private static List<Object[]> times(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.times().size(); i++) {
      TimeExpression t = doc.times().get(i);
      rows.add(
          new Object[] {
            doc.id(),
            i,
            t.span().start(),
            t.span().end(),
            t.text(),
            t.type(),
            t.value(),
            t.anchored()
          });
    }
    return rows;
  }

  private static List<Object[]> quotes(Doc doc) {
    LocalDate published = published(doc).orElse(null);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.quotes().size(); i++) {
      Quote q = doc.quotes().get(i);
      Optional<Speaker> s = q.speaker();
      rows.add(
          new Object[] {
            doc.id(),
            i,
            q.span().start(),
            q.span().end(),
            doc.slice(q.content()),
            q.kind().name().toLowerCase(Locale.ROOT),
            q.cue().map(doc::slice).orElse(null),
            s.map(Speaker::name).orElse(null),
            s.map(Speaker::entity).orElse(null),
            s.map(sp -> doc.slice(sp.mention())).orElse(null),
            s.flatMap(Speaker::role).orElse(null),
            s.flatMap(Speaker::affiliation).orElse(null),
            q.unattributedReason().orElse(null),
            q.echoOf().orElse(null),
            q.rule(),
            published
          });
    }
    return rows;
  }

  private static List<Object[]> attributions(Doc doc) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.attributions().size(); i++) {
      Attribution a = doc.attributions().get(i);
      rows.add(
          new Object[] {
            doc.id(),
            i,
            a.content().start(),
            a.content().end(),
            doc.slice(a.content()),
            a.cue().map(doc::slice).orElse(null),
            a.direct(),
            a.speaker().map(Speaker::name).orElse(null),
            a.speaker().map(Speaker::entity).orElse(null),
            a.quotes().stream().map(String::valueOf).collect(Collectors.joining(","))
          });
    }
    return rows;
  }

  private static List<Object[]> events(Doc doc) {
    LocalDate published = published(doc).orElse(null);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doc.events().size(); i++) {
      Event e = doc.events().get(i);
      Optional<EventActor> s = e.source();
      Optional<EventActor> t = e.target();
      Span trigger = e.evidence().trigger();
      rows.add(
          new Object[] {
            doc.id(),
            i,
            e.code(),
            e.baseCode(),
            e.rootCode(),
            e.quadClass(),
            e.goldstein(),
            e.plover().map(Event.Plover::event).orElse(null),
            e.plover().flatMap(Event.Plover::mode).orElse(null),
            e.plover().flatMap(Event.Plover::context).orElse(null),
            s.flatMap(EventActor::code).orElse(null),
            s.map(EventActor::name).orElse(null),
            s.map(EventActor::text).orElse(null),
            s.flatMap(EventActor::entity).orElse(null),
            t.flatMap(EventActor::code).orElse(null),
            t.map(EventActor::name).orElse(null),
            t.map(EventActor::text).orElse(null),
            t.flatMap(EventActor::entity).orElse(null),
            e.date().flatMap(TableRows::day).orElse(null),
            e.date().orElse(null),
            e.dateFrom(),
            e.location().map(l -> l.name()).orElse(null),
            e.location().map(l -> l.id()).orElse(null),
            e.location().map(l -> l.country()).orElse(null),
            e.location().map(l -> l.lat()).orElse(null),
            e.location().map(l -> l.lon()).orElse(null),
            e.location().map(l -> l.from()).orElse(null),
            e.flags().stream()
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|")),
            e.claimedBy().orElse(null),
            EventConfidence.of(e),
            e.evidence().sentence(),
            trigger.start(),
            trigger.end(),
            doc.slice(trigger),
            doc.slice(e.evidence().sentenceSpan()),
            e.evidence().pattern(),
            String.join("; ", e.evidence().rules()),
            published
          });
    }
    return rows;
  }

  private static String host(String url) {
    String h = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int end = h.length();
    for (char c : new char[] {'/', '?', '#', ':'}) {
      int i = h.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    h = h.substring(0, end).toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}

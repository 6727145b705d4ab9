package org.herodotus.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Place;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.herodotus.table.TableRows;
import org.herodotus.write.DocJson;

/** The index documents of an article: one for the article, one per quote, one per event. */
final class IndexDocuments {

  /** Analyzed text with offsets, so that highlighting does not analyze it again. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private IndexDocuments() {}

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  static List<Document> of(Doc doc, long part) {
    Optional<LocalDate> day = TableRows.published(doc);
    List<Document> docs = new ArrayList<>();
    docs.add(article(doc, part, day));
    for (int i = 0; i < doc.quotes().size(); i++) {
      docs.add(quote(doc, i, day));
    }
    for (int i = 0; i < doc.events().size(); i++) {
      docs.add(event(doc, i, day));
    }
    return docs;
  }

  private static Document common(Doc doc, String type, Optional<LocalDate> day) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    d.add(new StringField(Fields.ARTICLE_ID, doc.id(), Field.Store.YES));
    doc.metadata()
        .headline()
        .ifPresent(h -> d.add(new TextField(Fields.HEADLINE, h, Field.Store.YES)));
    if (day.isPresent()) {
      long epoch = day.get().toEpochDay();
      d.add(new LongPoint(Fields.DATE, epoch));
      d.add(new NumericDocValuesField(Fields.DATE, epoch));
      d.add(new StoredField(Fields.DATE, day.get().toString()));
      keyword(d, Fields.MONTH, day.get().toString().substring(0, 7));
    }
    return d;
  }

  private static Document article(Doc doc, long part, Optional<LocalDate> day) {
    Document d = common(doc, "article", day);
    d.add(new StringField(Fields.TEXT_HASH, TableRows.textHash(doc.text()), Field.Store.YES));
    doc.metadata()
        .url()
        .ifPresent(u -> d.add(new StringField(Fields.URL, normalizeUrl(u), Field.Store.YES)));
    d.add(new StoredField(Fields.PART, part));
    d.add(new Field(Fields.TEXT, doc.text(), TEXT_WITH_OFFSETS));
    d.add(new StoredField(Fields.JSON, gzip(DocJson.write(doc, Set.of()))));
    Set<String> actors = new LinkedHashSet<>();
    doc.actors().stream().map(Actor::code).forEach(actors::add);
    Set<String> countries = new LinkedHashSet<>();
    for (Event e : doc.events()) {
      e.source().flatMap(EventActor::code).ifPresent(actors::add);
      e.target().flatMap(EventActor::code).ifPresent(actors::add);
      keyword(d, Fields.CODE, e.code());
      keyword(d, Fields.ROOT, e.rootCode());
      keyword(d, Fields.QUAD, Integer.toString(e.quadClass()));
    }
    actors.forEach(a -> keyword(d, Fields.ACTOR, a));
    doc.actors().stream().map(Actor::country).filter(c -> !c.isEmpty()).forEach(countries::add);
    for (Place p : doc.places()) {
      if (!p.adjective()) {
        keyword(d, Fields.PLACE, p.name());
      }
      if (!p.country().isEmpty()) {
        countries.add(p.country());
      }
    }
    countries.forEach(c -> keyword(d, Fields.COUNTRY, c));
    doc.quotes().stream()
        .flatMap(q -> q.speaker().stream())
        .map(Speaker::name)
        .distinct()
        .forEach(s -> keyword(d, Fields.SPEAKER, s));
    doc.entities().forEach(e -> keyword(d, Fields.ENTITY, e.name()));
    return d;
  }

  private static Document quote(Doc doc, int index, Optional<LocalDate> day) {
    Quote q = doc.quotes().get(index);
    Document d = common(doc, "quote", day);
    d.add(new StoredField(Fields.INDEX, index));
    d.add(new Field(Fields.TEXT, doc.slice(q.content()), TEXT_WITH_OFFSETS));
    q.speaker().ifPresent(s -> keyword(d, Fields.SPEAKER, s.name()));
    return d;
  }

  private static Document event(Doc doc, int index, Optional<LocalDate> day) {
    Event e = doc.events().get(index);
    Document d = common(doc, "event", day);
    d.add(new StoredField(Fields.INDEX, index));
    d.add(new Field(Fields.TEXT, doc.slice(e.evidence().sentenceSpan()), TEXT_WITH_OFFSETS));
    keyword(d, Fields.CODE, e.code());
    keyword(d, Fields.ROOT, e.rootCode());
    keyword(d, Fields.QUAD, Integer.toString(e.quadClass()));
    e.source()
        .flatMap(EventActor::code)
        .ifPresent(
            c -> {
              keyword(d, Fields.SOURCE, c);
              keyword(d, Fields.ACTOR, c);
            });
    e.target()
        .flatMap(EventActor::code)
        .ifPresent(
            c -> {
              keyword(d, Fields.TARGET, c);
              keyword(d, Fields.ACTOR, c);
            });
    e.location()
        .ifPresent(
            l -> {
              keyword(d, Fields.PLACE, l.name());
              if (!l.country().isEmpty()) {
                keyword(d, Fields.COUNTRY, l.country());
              }
            });
    return d;
  }

  /**
   * A keyword value: indexed lower-cased and stored as written; a facet value for the facet
   * dimensions.
   */
  static void keyword(Document d, String field, String value) {
    if (value.isBlank()) {
      return;
    }
    d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StoredField(field, value));
    if (Fields.FACETS.contains(field)) {
      d.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  /** A URL as the corpus compares them: without fragment, trailing slash and scheme case. */
  static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.replaceFirst("^(?i)https?://(www\\.)?", "").toLowerCase(Locale.ROOT);
  }

  static byte[] gzip(String json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The date a page says it was published, from its metadata, in ISO-8601. */
final class PageDates {

  private PageDates() {}

  /**
   * The publication date of the page: the JSON-LD {@code datePublished}, else the {@code
   * article:published_time} meta tag, an {@code itemprop=datePublished} value, the first {@code
   * <time datetime>}, one of the other date meta tags, the JSON-LD {@code dateCreated}.
   */
  static Optional<String> published(Document page, JsonNode article) {
    return MetaTags.first(
        JsonLd.text(article, "datePublished").flatMap(PageDates::normalizeDate),
        MetaTags.meta(page, "article:published_time").flatMap(PageDates::normalizeDate),
        MetaTags.itemprop(page, "datePublished").flatMap(PageDates::normalizeDate),
        timeElement(page),
        metaDate(page),
        JsonLd.text(article, "dateCreated").flatMap(PageDates::normalizeDate));
  }

  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private static final DateTimeFormatter ISO_LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("uuuu-MM-dd")
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /**
   * An ISO-8601 date ({@code yyyy-MM-dd}) or date-time with offset from what a page writes in its
   * metadata; a time without a zone is kept as the date alone.
   */
  static Optional<String> normalizeDate(String raw) {
    String value = Whitespace.collapse(raw);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).format(OUT));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(value).toOffsetDateTime().format(OUT));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      var parsed = ISO_LENIENT.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return Optional.of(odt.format(OUT));
      }
      return Optional.of(((LocalDateTime) parsed).toLocalDate().toString());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return Optional.of(LocalDate.parse(value).toString());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      try {
        return Optional.of(LocalDate.parse(value.substring(0, 10)).toString());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return PublicationDates.parse(value);
  }

  private static Optional<String> timeElement(Document page) {
    for (Element time : page.select("time[datetime]")) {
      Optional<String> value = normalizeDate(time.attr("datetime"));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static final List<String> DATE_META =
      List.of(
          "pubdate",
          "publishdate",
          "publish-date",
          "date",
          "dc.date",
          "dc.date.issued",
          "dcterms.created",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "og:published_time",
          "published_time",
          "cxenseparse:recs:publishtime");

  private static Optional<String> metaDate(Document page) {
    for (String name : DATE_META) {
      Optional<String> value = MetaTags.meta(page, name).flatMap(PageDates::normalizeDate);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}

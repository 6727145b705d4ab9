package org.herodotus.doc;

import java.util.List;
import java.util.Optional;

/**
 * What the article says about itself: headline, standfirst (dek), publication date and so on.
 *
 * <p>{@code published} is an ISO-8601 date ({@code 2023-09-20}) or date-time with offset ({@code
 * 2023-09-20T10:41:00+01:00}) as far as the source states it. {@code publishedSpan} points at the
 * text the date was read from, when it came from the article text. {@code authors} are the names
 * the page gives for its writers (bylines, JSON-LD, meta tags), in the page's order. {@code tone}
 * is the article's tone (GDELT's document tone), set by the tone stage; empty before it ran.
 */
public record Metadata(
    Optional<String> headline,
    Optional<String> standfirst,
    Optional<String> published,
    Optional<Span> publishedSpan,
    Optional<Integer> readingMinutes,
    Optional<String> url,
    String language,
    List<Caption> captions,
    List<String> authors,
    Optional<Tone> tone) {

  public Metadata {
    captions = List.copyOf(captions);
    // documents written before the field existed have no "authors" and no "tone"
    authors = authors == null ? List.of() : List.copyOf(authors);
    tone = tone == null ? Optional.empty() : tone;
  }

  /** Metadata as the readers build it, before the tone stage. */
  public Metadata(
      Optional<String> headline,
      Optional<String> standfirst,
      Optional<String> published,
      Optional<Span> publishedSpan,
      Optional<Integer> readingMinutes,
      Optional<String> url,
      String language,
      List<Caption> captions,
      List<String> authors) {
    this(
        headline,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        url,
        language,
        captions,
        authors,
        Optional.empty());
  }

  public Metadata withTone(Tone value) {
    return new Metadata(
        headline,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        url,
        language,
        captions,
        authors,
        Optional.of(value));
  }

  public static Metadata empty() {
    return new Metadata(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "en",
        List.of(),
        List.of());
  }

  /** The publication date alone ({@code yyyy-MM-dd}), when one is known. */
  public Optional<String> publishedDate() {
    return published.map(p -> p.length() >= 10 ? p.substring(0, 10) : p);
  }

  public Metadata withPublished(Optional<String> value, Optional<Span> span) {
    return new Metadata(
        headline, standfirst, value, span, readingMinutes, url, language, captions, authors, tone);
  }

  public Metadata withHeadline(Optional<String> value) {
    return new Metadata(
        value,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        url,
        language,
        captions,
        authors,
        tone);
  }

  public Metadata withUrl(Optional<String> value) {
    return new Metadata(
        headline,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        value,
        language,
        captions,
        authors,
        tone);
  }

  public Metadata withAuthors(List<String> value) {
    return new Metadata(
        headline,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        url,
        language,
        captions,
        value,
        tone);
  }

  public Metadata withLanguage(String value) {
    return new Metadata(
        headline,
        standfirst,
        published,
        publishedSpan,
        readingMinutes,
        url,
        value,
        captions,
        authors,
        tone);
  }
}

package org.herodotus.doc;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into {@link Doc#text()}.
 *
 * <p>The same offsets work in Java ({@code String.substring}) and in a browser ({@code
 * String.prototype.slice}), so a span written to JSON can be sliced by any consumer.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  @JsonIgnore
  public int length() {
    return end - start;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String slice(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

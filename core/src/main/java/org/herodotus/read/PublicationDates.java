package org.herodotus.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from a date line of an article ("20 September, 2023", "Wed, 20 Sep
 * 2023 10:41:00 +0100", "Published: 2023-09-20T10:41:00Z" and so on).
 *
 * <p>The whole line must be a date (optionally after a "Published"/"Updated" label), so prose that
 * merely mentions a date is not taken for a date line. The result is ISO-8601: {@code yyyy-MM-dd},
 * or {@code yyyy-MM-dd'T'HH:mm:ssXXX} when the line gives a time and a zone.
 */
public final class PublicationDates {

  /** A date line: the normalized value and where the date itself sits in the line. */
  public record DateLine(String value, int start, int end, boolean updated) {}

  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>\\d{4})";
  private static final String TIME =
      "(?:\\s*(?:,|\\bat\\b|\\||-|\\u2013|\\u2014|\\u00B7|\\u2022)?\\s*"
          + "(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,9})?)?"
          + "\\s*(?<ampm>[ap]\\.?m\\.?)?"
          + "(?:\\s*(?<zone>[a-z]{1,5}(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|z))?)?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          WEEKDAY + "(?<day>\\d{1,2})" + ORDINAL + "\\s+" + MONTH + ",?\\s+" + YEAR + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL + ",?\\s+" + YEAR + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile(
          "(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})"
              + "(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,9})?)?"
              + "\\s*(?<zone>z|[+-]\\d{2}(?::?\\d{2})?|utc|gmt)?)?",
          Pattern.CASE_INSENSITIVE);

  /** "Published:", "Last updated on", "Posted" and the like, before the date. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:first\\s+|originally\\s+)?(?<pub>published|posted|date|dated)"
              + "|(?:last\\s+)?(?<upd>updated|modified))(?:\\s+on)?\\s*[:\\-\\u2013]?\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("Z", "Z"),
          Map.entry("UT", "Z"),
          Map.entry("UTC", "Z"),
          Map.entry("GMT", "Z"),
          Map.entry("WET", "Z"),
          Map.entry("BST", "+01:00"),
          Map.entry("IST", "+05:30"),
          Map.entry("WEST", "+01:00"),
          Map.entry("CET", "+01:00"),
          Map.entry("CEST", "+02:00"),
          Map.entry("EET", "+02:00"),
          Map.entry("EEST", "+03:00"),
          Map.entry("MSK", "+03:00"),
          Map.entry("AZT", "+04:00"),
          Map.entry("AMT", "+04:00"),
          Map.entry("GST", "+04:00"),
          Map.entry("PKT", "+05:00"),
          Map.entry("HKT", "+08:00"),
          Map.entry("SGT", "+08:00"),
          Map.entry("JST", "+09:00"),
          Map.entry("KST", "+09:00"),
          Map.entry("AEST", "+10:00"),
          Map.entry("AEDT", "+11:00"),
          Map.entry("EST", "-05:00"),
          Map.entry("EDT", "-04:00"),
          Map.entry("CST", "-06:00"),
          Map.entry("CDT", "-05:00"),
          Map.entry("MST", "-07:00"),
          Map.entry("MDT", "-06:00"),
          Map.entry("PST", "-08:00"),
          Map.entry("PDT", "-07:00"));

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private PublicationDates() {}

  /** The ISO date (or date-time with offset) of a line that is a date and nothing else. */
  public static Optional<String> parse(String line) {
    return find(line).map(DateLine::value);
  }

  /**
   * The date of a date line, with the offsets of the date inside {@code line} (the label and
   * surrounding whitespace excluded). Empty when the line is anything but a date.
   */
  public static Optional<DateLine> find(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && Whitespace.isBlank(line.charAt(start))) {
      start++;
    }
    while (end > start && Whitespace.isBlank(line.charAt(end - 1))) {
      end--;
    }
    boolean updated = false;
    Matcher label = LABEL.matcher(line).region(start, end);
    if (label.lookingAt()) {
      updated = label.group("upd") != null;
      start = label.end();
    }
    // a trailing full stop after the date ("Updated 20 September 2023.") is allowed
    int dateEnd = end;
    if (dateEnd > start && line.charAt(dateEnd - 1) == '.' && !endsWithMeridiem(line, dateEnd)) {
      dateEnd--;
    }
    if (start >= dateEnd) {
      return Optional.empty();
    }
    for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
      Matcher m = pattern.matcher(line).region(start, dateEnd);
      if (m.matches()) {
        Optional<String> value = pattern == ISO ? iso(m) : named(m);
        if (value.isPresent()) {
          return Optional.of(new DateLine(value.get(), start, dateEnd, updated));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean endsWithMeridiem(String line, int end) {
    String tail = line.substring(Math.max(0, end - 4), end).toLowerCase(Locale.ROOT);
    return tail.endsWith("a.m.") || tail.endsWith("p.m.");
  }

  private static Optional<String> iso(Matcher m) {
    int month = Integer.parseInt(m.group("mon"));
    return build(m, month);
  }

  private static Optional<String> named(Matcher m) {
    String name = m.group("month").toLowerCase(Locale.ROOT);
    int month =
        switch (name.substring(0, 3)) {
          case "jan" -> 1;
          case "feb" -> 2;
          case "mar" -> 3;
          case "apr" -> 4;
          case "may" -> 5;
          case "jun" -> 6;
          case "jul" -> 7;
          case "aug" -> 8;
          case "sep" -> 9;
          case "oct" -> 10;
          case "nov" -> 11;
          default -> 12;
        };
    return build(m, month);
  }

  private static Optional<String> build(Matcher m, int month) {
    LocalDate date;
    try {
      date =
          LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String hourText = m.group("hour");
    if (hourText == null) {
      return Optional.of(date.toString());
    }
    int hour = Integer.parseInt(hourText);
    int minute = Integer.parseInt(m.group("minute"));
    int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
    String ampm = groupOrNull(m, "ampm");
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    String zone = m.group("zone");
    if (zone == null) {
      // a time without a zone does not name an instant: keep the date alone
      return Optional.of(date.toString());
    }
    Optional<ZoneOffset> offset = offset(zone);
    if (offset.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = date.atTime(hour, minute, second);
    return Optional.of(OffsetDateTime.of(local, offset.get()).format(DATE_TIME));
  }

  private static String groupOrNull(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "BST", "+0100", "+01:00", "Z", "GMT+1", "UTC+05:30". */
  static Optional<ZoneOffset> offset(String zone) {
    String z = zone.replace(" ", "").toUpperCase(Locale.ROOT);
    int sign = Math.max(z.indexOf('+'), z.indexOf('-'));
    String name = sign < 0 ? z : z.substring(0, sign);
    String numeric = sign < 0 ? "" : z.substring(sign);
    String base;
    if (name.isEmpty()) {
      base = "Z";
    } else {
      base = ZONES.get(name);
      if (base == null) {
        return Optional.empty();
      }
    }
    if (numeric.isEmpty()) {
      return Optional.of(ZoneOffset.of(base));
    }
    if (!base.equals("Z")) {
      return Optional.empty(); // "BST+1" is not a thing
    }
    String digits = numeric.substring(1).replace(":", "");
    int hours;
    int minutes;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
      minutes = 0;
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    if (hours > 18 || minutes > 59) {
      return Optional.empty();
    }
    int sig = numeric.charAt(0) == '-' ? -1 : 1;
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(sig * hours, sig * minutes));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

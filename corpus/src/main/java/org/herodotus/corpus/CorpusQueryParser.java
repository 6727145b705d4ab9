package org.herodotus.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the corpus fields: words search the text and headline; {@code
 * field:value} a keyword field; {@code date:2023-09-20} a day and {@code date:[2023-09-01 TO
 * 2023-09-30]} a range of days (either end may be {@code *}).
 */
final class CorpusQueryParser extends MultiFieldQueryParser {

  CorpusQueryParser(Analyzer analyzer) {
    super(new String[] {Fields.TEXT, Fields.HEADLINE}, analyzer);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (Fields.DATE.equals(field)) {
      long day = day(queryText);
      return LongPoint.newExactQuery(Fields.DATE, day);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (Fields.DATE.equals(field)) {
      long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1);
      long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2);
      if (!startInclusive && from != Long.MIN_VALUE) {
        from++;
      }
      if (!endInclusive && to != Long.MAX_VALUE) {
        to--;
      }
      return LongPoint.newRangeQuery(Fields.DATE, from, to);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static long day(String text) throws ParseException {
    try {
      return LocalDate.parse(text.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new ParseException("not a day (YYYY-MM-DD): " + text);
    }
  }
}

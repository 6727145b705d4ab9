package org.herodotus.server;

import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed conditions with {@code ?} placeholders and the values that go
 * with them: the text of the query is ours alone, what a request brings is only ever a value.
 */
final class Where {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  /** Adds a condition and the values for its placeholders, in order. */
  Where and(String condition, Object... conditionValues) {
    long marks = condition.chars().filter(c -> c == '?').count();
    if (marks != conditionValues.length) {
      throw new IllegalArgumentException(
          "condition has " + marks + " placeholders, " + conditionValues.length + " values");
    }
    conditions.add("(" + condition + ")");
    values.addAll(List.of(conditionValues));
    return this;
  }

  /** {@code WHERE a AND b}, or nothing. */
  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  List<Object> values() {
    return List.copyOf(values);
  }

  /** A LIKE pattern that finds {@code text} anywhere, its own % and _ taken literally. */
  static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

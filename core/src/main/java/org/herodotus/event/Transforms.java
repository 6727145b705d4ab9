package org.herodotus.event;

import java.util.Map;
import java.util.Optional;

/**
 * How intent and negation change a CAMEO code, following the codebook's own structure: an intended
 * or promised act of cooperation is its "express intent" code under 03 ("would provide aid" → 033),
 * a future act of force a threat under 13; a negated act of cooperation is its rejection under 12
 * ("no need to meet" → 125).
 */
final class Transforms {

  private Transforms() {}

  /** Most specific prefix first. */
  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("045", "039"),
          Map.entry("04", "036"),
          Map.entry("057", "030"),
          Map.entry("05", "032"),
          Map.entry("060", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("06", "031"),
          Map.entry("070", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("07", "033"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("16", "131"),
          Map.entry("14", "133"),
          Map.entry("172", "132"),
          Map.entry("17", "137"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("18", "1383"),
          Map.entry("19", "138"),
          Map.entry("20", "1385"));

  private static final Map<String, String> NEGATED =
      Map.ofEntries(
          Map.entry("036", "125"),
          Map.entry("04", "125"),
          Map.entry("039", "126"),
          Map.entry("038", "126"),
          Map.entry("045", "126"),
          Map.entry("037", "127"),
          Map.entry("057", "127"),
          Map.entry("027", "127"),
          Map.entry("0311", "1211"),
          Map.entry("0312", "1212"),
          Map.entry("031", "121"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("06", "121"),
          Map.entry("0331", "1221"),
          Map.entry("0332", "1222"),
          Map.entry("0333", "1223"),
          Map.entry("0334", "1224"),
          Map.entry("033", "122"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("07", "122"),
          Map.entry("0351", "1241"),
          Map.entry("0352", "1242"),
          Map.entry("0353", "1243"),
          Map.entry("0354", "1244"),
          Map.entry("0355", "1245"),
          Map.entry("0356", "1246"),
          Map.entry("035", "124"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"),
          Map.entry("08", "124"),
          Map.entry("03", "120"),
          Map.entry("05", "120"));

  /** The code of the intended act; the code itself when CAMEO has no intent code for it. */
  static String intent(String code) {
    if (code.startsWith("03") || code.startsWith("08")) {
      return code;
    }
    return lookup(INTENT, code).orElse(code);
  }

  /** The rejection code of a negated act, if CAMEO has one. */
  static Optional<String> negated(String code) {
    return lookup(NEGATED, code);
  }

  private static Optional<String> lookup(Map<String, String> table, String code) {
    for (int n = code.length(); n >= 2; n--) {
      String value = table.get(code.substring(0, n));
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}

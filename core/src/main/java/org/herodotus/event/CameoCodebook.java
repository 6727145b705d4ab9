package org.herodotus.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes: name, level, root and base code, quad class and Goldstein score, from the
 * bundled {@code cameo-codes.tsv} (GDELT's CAMEO lookup tables; see the README beside it).
 *
 * <p>Codes are strings ("010" is not "10"). The seven codes of the CAMEO 1.1b3 manual that GDELT
 * does not use (1213, 1214, 155, 176, 1834, 1951, 1952) are not in the table; {@link #get} falls
 * back to their parent code for those.
 */
public final class CameoCodebook {

  /** One CAMEO event code. */
  public record Code(
      String code,
      String name,
      int level,
      String root,
      String base,
      int quadClass,
      double goldstein) {}

  private static final CameoCodebook BUNDLED = load();

  private final Map<String, Code> byCode;

  private CameoCodebook(Map<String, Code> byCode) {
    this.byCode = byCode;
  }

  public static CameoCodebook bundled() {
    return BUNDLED;
  }

  private static CameoCodebook load() {
    Map<String, Code> byCode = new LinkedHashMap<>();
    for (Resources.Line line : Resources.lines("/org/herodotus/event/cameo-codes.tsv")) {
      String[] f = line.fields();
      byCode.put(
          f[0],
          new Code(
              f[0],
              f[1],
              Integer.parseInt(f[2]),
              f[3],
              f[4],
              Integer.parseInt(f[5]),
              Double.parseDouble(f[6])));
    }
    return new CameoCodebook(byCode);
  }

  /** True when the code is in the table exactly. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The code, or for a code GDELT does not use, its nearest listed parent. */
  public Optional<Code> get(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Code found = byCode.get(c);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** Every code, in codebook order. */
  public List<Code> codes() {
    return List.copyOf(byCode.values());
  }
}

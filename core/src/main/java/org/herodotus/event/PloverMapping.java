package org.herodotus.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO codes mapped to PLOVER event type, mode and context, from the bundled {@code
 * cameo-plover.tsv} (Schrodt's CAMEO2PLOVER 2021 table, CC BY-SA 4.0). A code without a row of its
 * own takes its parent's; roots 01 and 02 (statements, appeals) have no PLOVER type.
 */
public final class PloverMapping {

  /** A PLOVER coding: event type, and mode and context where the mapping gives one. */
  public record Plover(String event, Optional<String> mode, Optional<String> context) {}

  private static final PloverMapping BUNDLED = load();

  private final Map<String, Plover> byCode;

  private PloverMapping(Map<String, Plover> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static PloverMapping bundled() {
    return BUNDLED;
  }

  private static PloverMapping load() {
    Map<String, Plover> byCode = new HashMap<>();
    for (Resources.Line line : Resources.lines("/org/herodotus/event/cameo-plover.tsv")) {
      String[] f = line.fields();
      if (f.length < 2 || f[1].isBlank()) {
        continue;
      }
      byCode.put(f[0].strip(), new Plover(f[1].strip(), optional(f, 2), optional(f, 3)));
    }
    return new PloverMapping(byCode);
  }

  private static Optional<String> optional(String[] f, int i) {
    return i < f.length && !f[i].isBlank() ? Optional.of(f[i].strip()) : Optional.empty();
  }

  /** The PLOVER coding of a CAMEO code (or of its nearest mapped parent). */
  public Optional<Plover> of(String cameo) {
    for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Plover found = byCode.get(c);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }
}

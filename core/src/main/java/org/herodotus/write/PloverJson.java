package org.herodotus.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.EventPlace;

/**
 * Writes a document's events as PLOVER records (one JSON object per event, in the spirit of the
 * PLOVER manual's data format): id, date, event type, mode, context, actor and recipient (raw text,
 * CAMEO code and the country block as {@code country}), the sentence text and the CAMEO code kept
 * as {@code cameo}, and the event's {@code location} in GeoNames field names. Events of CAMEO roots
 * 01 and 02, which PLOVER dropped, are left out.
 */
public final class PloverJson {

  private PloverJson() {}

  /** One JSON line per event that has a PLOVER type. */
  public static List<String> lines(Doc doc) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < doc.events().size(); i++) {
      Event e = doc.events().get(i);
      if (e.plover().isEmpty()) {
        continue;
      }
      ObjectNode n = DocJson.mapper().createObjectNode();
      n.put("id", doc.id() + "-" + i);
      n.put("date", e.date().orElse(""));
      n.put("event", e.plover().get().event());
      n.put("mode", e.plover().get().mode().orElse(""));
      ArrayNode context = n.putArray("context");
      e.plover().get().context().ifPresent(context::add);
      actor(n.putObject("actor"), e.source());
      actor(n.putObject("recipient"), e.target());
      n.put("text", doc.slice(e.evidence().sentenceSpan()));
      n.put("cameo", e.code());
      ArrayNode aux = n.putArray("auxiliary_modes");
      if (e.has(Event.Flag.BACKGROUND)) {
        aux.add("historical");
      }
      if (e.has(Event.Flag.INTENT)) {
        aux.add("future");
      }
      if (e.has(Event.Flag.NEGATED)) {
        aux.add("negation");
      }
      n.put("claimed", e.has(Event.Flag.CLAIMED));
      location(n, e.location());
      try {
        lines.add(DocJson.mapper().writeValueAsString(n));
      } catch (JsonProcessingException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return lines;
  }

  /**
   * The event's location in GeoNames field names, as the PLOVER manual asks for geolocation: {@code
   * text} (the words), {@code name}, {@code geonameId} (GeoNames places only), {@code id} (the
   * gazetteer id), {@code countryCode} (ISO 3166-1 alpha-2), {@code adminName1}, {@code lat},
   * {@code lng}, {@code fcl}, {@code fcode} and {@code from} (how it was found); null when unknown.
   */
  private static void location(ObjectNode n, Optional<EventPlace> place) {
    if (place.isEmpty()) {
      n.putNull("location");
      return;
    }
    EventPlace p = place.get();
    ObjectNode l = n.putObject("location");
    l.put("text", p.text());
    l.put("name", p.name());
    if (p.id().startsWith("geonames:")) {
      l.put("geonameId", Long.parseLong(p.id().substring("geonames:".length())));
    } else {
      l.putNull("geonameId");
    }
    l.put("id", p.id());
    l.put("countryCode", p.country());
    l.put("adminName1", p.admin1());
    l.put("lat", p.lat());
    l.put("lng", p.lon());
    l.put("fcl", p.featureClass());
    l.put("fcode", p.featureCode());
    l.put("from", p.from());
  }

  private static void actor(ObjectNode n, Optional<EventActor> actor) {
    n.put("text", actor.map(EventActor::text).orElse(""));
    n.put("name", actor.map(EventActor::name).orElse(""));
    String code = actor.flatMap(EventActor::code).orElse("");
    n.put("code", code);
    n.put("country", code.length() >= 3 ? code.substring(0, 3) : "");
    n.put("sector", code.length() >= 6 ? code.substring(3, 6) : "");
  }
}

package org.herodotus.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;
import org.herodotus.lexicon.Countries;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.GazetteerEntry;

/**
 * Fallback actor codes from what the entity layer gives: a country name ("Azerbaijan" → AZE), a
 * capital used for its government ("Baku" → AZEGOV), a country adjective and a role noun in any
 * mention of the entity ("Russian peacekeepers" → RUSMIL, "ethnic Armenian separatists" → ARMREB),
 * the United Nations (IGOUNO). People get no code here: that needs the actor layer.
 */
public final class CountryActorCodes implements ActorCodes {

  private static final Map<String, String> ROLES =
      Map.ofEntries(
          Map.entry("peacekeeper", "MIL"),
          Map.entry("troop", "MIL"),
          Map.entry("army", "MIL"),
          Map.entry("soldier", "MIL"),
          Map.entry("military", "MIL"),
          Map.entry("force", "MIL"),
          Map.entry("separatist", "REB"),
          Map.entry("rebel", "REB"),
          Map.entry("fighter", "REB"),
          Map.entry("militant", "REB"),
          Map.entry("insurgent", "REB"),
          Map.entry("militia", "REB"),
          Map.entry("police", "COP"),
          Map.entry("government", "GOV"),
          Map.entry("ministry", "GOV"),
          Map.entry("minister", "GOV"),
          Map.entry("president", "GOV"),
          Map.entry("official", "GOV"),
          Map.entry("side", "GOV"),
          Map.entry("authority", "GOV"),
          Map.entry("civilian", "CVL"),
          Map.entry("resident", "CVL"),
          Map.entry("protester", "CVL"),
          Map.entry("refugee", "REF"));

  private static final Map<String, String> DEMONYMS =
      Map.of(
          "american",
          "USA",
          "british",
          "GBR",
          "french",
          "FRA",
          "ukrainian",
          "UKR",
          "turkish",
          "TUR",
          "dutch",
          "NLD",
          "swiss",
          "CHE",
          "greek",
          "GRC",
          "chinese",
          "CHN",
          "palestinian",
          "PSE");

  private final Countries countries = Countries.bundled();
  private final Map<String, String> cameoByIso2 = new HashMap<>();
  private final Gazetteer gazetteer;

  public CountryActorCodes() {
    this(Gazetteer.bundled());
  }

  public CountryActorCodes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Resources.Line line : Resources.lines("/org/herodotus/lexicon/countries.tsv")) {
      String[] f = line.fields();
      cameoByIso2.put(f[0], f[1]);
    }
  }

  @Override
  public Optional<String> codeOf(Doc doc, int mentionIndex) {
    Mention mention = doc.mentions().get(mentionIndex);
    String name = mention.text();
    List<Mention> all = List.of(mention);
    if (mention.entity() >= 0 && mention.entity() < doc.entities().size()) {
      Entity entity = doc.entities().get(mention.entity());
      name = entity.name();
      all = entity.mentions().stream().map(doc.mentions()::get).toList();
    }
    boolean person = mention.type().equals("PERSON");
    Optional<String> own = codeOfWords(mention.text());
    if (own.isPresent() && own.get().length() > 3) {
      // the mention's own words name a country and a role ("Russian troops")
      return own;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (person) {
      lower = "";
    }
    if (lower.matches(".*\\b(un|united nations)\\b.*")) {
      return Optional.of("IGOUNO");
    }
    if (lower.matches(".*\\bnato\\b.*")) {
      return Optional.of("IGONAT");
    }
    Optional<Countries.Country> country = person ? Optional.empty() : countries.byName(name);
    if (country.isPresent()) {
      return Optional.of(country.get().cameo());
    }
    if (mention.type().equals("LOCATION") || mention.type().equals("GPE")) {
      Optional<String> capital = capital(name);
      if (capital.isPresent()) {
        return capital;
      }
    }
    String countryCode = null;
    String role = null;
    for (Mention m : all) {
      for (String word : m.text().split("[\\s-]+")) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (countryCode == null) {
          countryCode = demonym(w).orElse(null);
        }
        if (role == null) {
          role = ROLES.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
          if (role == null) {
            role = ROLES.get(w);
          }
        }
      }
    }
    if (countryCode == null || (person && role == null)) {
      // a person needs both a country and a role in what the text calls them
      return Optional.empty();
    }
    return Optional.of(role == null ? countryCode : countryCode + role);
  }

  /** A country adjective or name with a role noun in a text ("Russian troops" → RUSMIL). */
  private Optional<String> codeOfWords(String text) {
    String countryCode = null;
    String role = null;
    for (String word : text.split("[\\s-]+")) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (countryCode == null) {
        countryCode = demonym(w).orElse(null);
      }
      if (role == null) {
        role = ROLES.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return countryCode == null || role == null ? Optional.empty() : Optional.of(countryCode + role);
  }

  @Override
  public Optional<String> codeOfPhrase(Doc doc, Span span) {
    String countryCode = null;
    String role = null;
    for (Token token : doc.tokens()) {
      if (!span.contains(token.span().start())) {
        continue;
      }
      String w = token.text().toLowerCase(Locale.ROOT);
      if (countryCode == null) {
        countryCode = demonym(w).orElse(null);
      }
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      if (ROLES.containsKey(lemma)) {
        role = ROLES.get(lemma);
      }
    }
    return countryCode == null
        ? Optional.empty()
        : Optional.of(role == null ? countryCode : countryCode + role);
  }

  /** A capital city's government ("Baku" → AZEGOV). */
  private Optional<String> capital(String name) {
    for (GazetteerEntry entry : gazetteer.lookup(name)) {
      if (entry.featureCode().equals("PPLC") && Gazetteer.isPrimaryName(entry, name)) {
        String cameo = cameoByIso2.get(entry.country());
        if (cameo != null) {
          return Optional.of(cameo + "GOV");
        }
      }
    }
    return Optional.empty();
  }

  /** The country of a name or adjective ("Azerbaijani", "Armenians", "Russian"). */
  Optional<String> demonym(String word) {
    if (word.length() < 4) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (DEMONYMS.containsKey(w)) {
      return Optional.of(DEMONYMS.get(w));
    }
    if (w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    for (String candidate :
        List.of(
            w,
            w.endsWith("i") ? w.substring(0, w.length() - 1) : "",
            w.endsWith("n") ? w.substring(0, w.length() - 1) : "",
            w.endsWith("ian") ? w.substring(0, w.length() - 3) : "",
            w.endsWith("ese") ? w.substring(0, w.length() - 3) : "",
            w.endsWith("ese") ? w.substring(0, w.length() - 3) + "a" : "")) {
      if (candidate.length() >= 4) {
        Optional<Countries.Country> c = countries.byName(candidate);
        if (c.isPresent()) {
          return Optional.of(c.get().cameo());
        }
      }
    }
    return Optional.empty();
  }
}

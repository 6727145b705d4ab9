package org.herodotus.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Note;
import org.herodotus.doc.Place;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;
import org.herodotus.pipeline.Stage;

/**
 * The place layer: each place name in the article (a name mention of a GPE or LOCATION entity, or a
 * capitalized mention the entity layer kept as nominal) resolved to a gazetteer entry by {@link
 * PlaceResolver}, with the reason for the choice.
 *
 * <p>Context: the countries the article names are resolved first and favour places in them; every
 * resolved place favours places near it or in the same division (co-mentioned places). A mention
 * the actor layer coded as a government ("Baku announced", "Azerbaijan said") is a metonym: it is
 * still geocoded, but marked, and it does not count for the focus place, which is the place the
 * other mentions name most ({@link PlaceResolver#focus}). Names the gazetteer lacks are left out
 * with a note.
 */
public final class PlaceTagger implements Stage {

  private final PlaceResolver resolver;

  public PlaceTagger() {
    this(PlaceResolver.bundled());
  }

  public PlaceTagger(PlaceResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.MENTIONS, Layer.ENTITIES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.PLACES);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Integer> toponyms = new ArrayList<>();
    for (int i = 0; i < doc.mentions().size(); i++) {
      Mention m = doc.mentions().get(i);
      boolean named =
          m.kind() == Mention.Kind.NAME
              || (m.kind() == Mention.Kind.NOMINAL
                  && !m.text().isEmpty()
                  && Character.isUpperCase(m.text().codePointAt(0))
                  && !m.text().regionMatches(true, 0, "the ", 0, 4));
      if (named && (m.type().equals("GPE") || m.type().equals("LOCATION"))) {
        toponyms.add(i);
      }
    }
    Set<Integer> metonyms = new HashSet<>();
    for (Actor actor : doc.actors()) {
      if (!actor.types().isEmpty()) {
        metonyms.addAll(actor.mentions());
      }
    }
    // The countries the article names come first: they are the context of everything else.
    Set<String> countries = new LinkedHashSet<>();
    for (int i : toponyms) {
      resolver
          .resolve(toponym(doc.mentions().get(i)))
          .filter(r -> r.entry().isCountry())
          .ifPresent(r -> countries.add(r.entry().country()));
    }
    PlaceContext context = new PlaceContext(countries, List.of());
    Map<String, Optional<ResolvedPlace>> byName = new HashMap<>();
    List<Place> places = new ArrayList<>();
    List<ResolvedPlace> forFocus = new ArrayList<>();
    Doc out = doc;
    Set<String> unresolved = new LinkedHashSet<>();
    Set<String> inContext = new HashSet<>();
    for (int i : toponyms) {
      Mention m = doc.mentions().get(i);
      String name = toponym(m);
      Optional<ResolvedPlace> resolved = byName.get(name);
      if (resolved == null) {
        resolved = resolver.resolve(name, context);
        byName.put(name, resolved);
      }
      // A government metonym ("Moscow said") says nothing about where things are: only places
      // used as places become context for the names after them.
      if (resolved.isPresent()
          && !resolved.get().entry().isCountry()
          && !metonyms.contains(i)
          && inContext.add(resolved.get().entry().id())) {
        context = context.with(resolved.get().entry());
      }
      if (resolved.isEmpty()) {
        unresolved.add(name);
        continue;
      }
      ResolvedPlace r = resolved.get();
      boolean metonym = metonyms.contains(i);
      if (!metonym) {
        forFocus.add(r);
      }
      GazetteerEntry e = r.entry();
      places.add(
          new Place(
              i,
              m.span(),
              m.text(),
              e.id(),
              e.name(),
              e.featureClass(),
              e.featureCode(),
              e.country(),
              e.admin1(),
              e.lat(),
              e.lon(),
              e.population(),
              r.reason(),
              metonym,
              false,
              Place.NAME));
    }
    places.addAll(adjectives(doc));
    places.sort(Comparator.comparing(Place::span));
    for (String name : unresolved) {
      out = out.withNote(new Note(name(), "no gazetteer entry for place name '" + name + "'"));
    }
    Optional<PlaceResolver.Focus> focus = PlaceResolver.focus(forFocus);
    if (focus.isPresent()) {
      String id = focus.get().entry().id();
      List<Place> marked = new ArrayList<>();
      for (Place p : places) {
        marked.add(
            p.id().equals(id) && !p.metonym() && !p.adjective()
                ? new Place(
                    p.mention(),
                    p.span(),
                    p.text(),
                    p.id(),
                    p.name(),
                    p.featureClass(),
                    p.featureCode(),
                    p.country(),
                    p.admin1(),
                    p.lat(),
                    p.lon(),
                    p.population(),
                    p.reason(),
                    false,
                    true,
                    p.kind())
                : p);
      }
      places = marked;
      out =
          out.withNote(
              new Note(
                  name(),
                  "focus place: "
                      + focus.get().entry().name()
                      + " ("
                      + id
                      + "), "
                      + focus.get().reason()
                      + "; government metonyms not counted"));
    }
    return out.withPlaces(places);
  }

  /** Longest adjectival toponym, in tokens ("Central American", "South Korean"). */
  private static final int ADJECTIVE_TOKENS = 3;

  /**
   * Adjectival toponyms: "Russian" in "Russian troops", "European" in "European leaders". A run of
   * one to three capitalized tokens of one sentence that CoreNLP tagged as a nationality or
   * miscellaneous name, or that is an adjective, and whose text the gazetteer resolves (through its
   * aliases) to a country or a region: a division named like an adjective (the "Western" province)
   * is not what "Western countries" means. Plural nouns ("Russians") are people and tokens inside
   * another name ("Russian Foreign Ministry") are that name's, so neither counts.
   */
  List<Place> adjectives(Doc doc) {
    List<Span> taken = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (m.kind() == Mention.Kind.NAME && !m.type().equals("NORP") && !m.type().equals("MISC")) {
        taken.add(m.span());
      }
    }
    List<Token> tokens = doc.tokens();
    List<Place> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = -1;
      Optional<ResolvedPlace> found = Optional.empty();
      for (int j = Math.min(tokens.size(), i + ADJECTIVE_TOKENS); j > i && end < 0; j--) {
        if (!adjectival(tokens, i, j, taken)) {
          continue;
        }
        String text =
            doc.slice(Span.of(tokens.get(i).span().start(), tokens.get(j - 1).span().end()));
        Optional<ResolvedPlace> r =
            resolver.resolve(text).filter(p -> p.entry().isCountry() || p.entry().isRegion());
        if (r.isPresent()) {
          end = j;
          found = r;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      Span span = Span.of(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
      GazetteerEntry e = found.get().entry();
      out.add(
          new Place(
              -1,
              span,
              doc.slice(span),
              e.id(),
              e.name(),
              e.featureClass(),
              e.featureCode(),
              e.country(),
              e.admin1(),
              e.lat(),
              e.lon(),
              e.population(),
              "adjective of " + e.name(),
              false,
              false,
              Place.ADJECTIVE));
      i = end;
    }
    return out;
  }

  /** Tokens {@code [from, to)} could be an adjectival toponym (the last one decides its kind). */
  private static boolean adjectival(List<Token> tokens, int from, int to, List<Span> taken) {
    if (tokens.get(from).pos().equals("DT")) {
      return false; // "The Russian" is "Russian"
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != tokens.get(from).sentence()
          || t.text().isEmpty()
          || !Character.isUpperCase(t.text().codePointAt(0))
          || taken.stream().anyMatch(s -> s.overlaps(t.span()))) {
        return false;
      }
    }
    Token last = tokens.get(to - 1);
    String pos = last.pos();
    String ner = last.ner();
    boolean tagged = ner.equals("NATIONALITY") || ner.equals("MISC");
    return pos.startsWith("JJ") || (tagged && (pos.equals("NNP") || pos.equals("NN")));
  }

  /** The name a mention gives a place, without a leading article or a possessive. */
  static String toponym(Mention m) {
    String n = m.text().strip();
    if (n.regionMatches(true, 0, "the ", 0, 4)) {
      n = n.substring(4);
    }
    if (n.endsWith("'s") || n.endsWith("\u2019s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n.strip();
  }
}

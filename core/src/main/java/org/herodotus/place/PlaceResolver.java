package org.herodotus.place;

import java.util.List;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;

/**
 * Picks one gazetteer entry for a toponym, with the reason for the choice: the first of these rules
 * that applies, each in its own class, decides.
 *
 * <ol>
 *   <li>{@link DivisionByStem}, for a name the gazetteer lacks: "Laurel County" read through
 *       "Laurel";
 *   <li>{@link DivisionNamedLikeCountry}: "Georgia" with Atlanta is the state;
 *   <li>{@link DivisionOfNamedCountry}: "Suffolk" with the United Kingdom is the county;
 *   <li>{@link TownNamedLikeCountry}: "Jordan" with Shakopee is the town in Minnesota;
 *   <li>{@link PlainReading}: a country name, a region of the regions file, an only candidate;
 *   <li>{@link PlaceScore}: the best score of population and context.
 * </ol>
 *
 * {@link ArticleResolution} resolves an article's names together; {@link FocusPlace} picks the
 * place an article is mainly about.
 */
public final class PlaceResolver {

  private final Gazetteer gazetteer;
  private final PlaceRule unknownName;
  private final List<PlaceRule> rules;

  /** A resolver over {@code gazetteer}, with the bundled word lists. */
  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, WordLists.bundled());
  }

  /**
   * A resolver over {@code gazetteer}; {@code words} gives the words of administrative units
   * ({@code division-words}, {@code local-unit-words}).
   */
  public PlaceResolver(Gazetteer gazetteer, WordLists words) {
    this.gazetteer = gazetteer;
    PlaceScore score = new PlaceScore(gazetteer);
    this.unknownName = new DivisionByStem(gazetteer, score, words);
    this.rules =
        List.of(
            new DivisionNamedLikeCountry(),
            new DivisionOfNamedCountry(score),
            new TownNamedLikeCountry(),
            new PlainReading(score),
            score);
  }

  /** A resolver over the bundled gazetteer. */
  public static PlaceResolver bundled() {
    return new PlaceResolver(Gazetteer.bundled());
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The entry the toponym most likely names in this context; empty when the gazetteer has none. */
  public Optional<ResolvedPlace> resolve(String toponym, PlaceContext context) {
    Toponym name = new Toponym(toponym, gazetteer.lookup(toponym), context);
    if (name.candidates().isEmpty()) {
      return unknownName.apply(name);
    }
    for (PlaceRule rule : rules) {
      Optional<ResolvedPlace> resolved = rule.apply(name);
      if (resolved.isPresent()) {
        return resolved;
      }
    }
    return Optional.empty();
  }

  /** Resolves without context. */
  public Optional<ResolvedPlace> resolve(String toponym) {
    return resolve(toponym, PlaceContext.none());
  }

  /**
   * Resolves the toponyms of one article together and returns one result per toponym, in input
   * order (see {@link ArticleResolution}). A name repeated in the article gets the same entry each
   * time.
   */
  public List<Optional<ResolvedPlace>> resolveAll(List<String> toponyms, PlaceContext context) {
    return new ArticleResolution(this).resolveAll(toponyms, context);
  }

  /** The place an article is mainly about, with the reason. */
  public record Focus(GazetteerEntry entry, String reason) {}

  /**
   * The article's focus place (see {@link FocusPlace}): the entry its resolved toponyms name most
   * often, countries counting a quarter and capitals half. Empty without places.
   */
  public static Optional<Focus> focus(List<ResolvedPlace> mentions) {
    return FocusPlace.of(mentions);
  }
}

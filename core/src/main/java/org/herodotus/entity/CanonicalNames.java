package org.herodotus.entity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.RoleNouns.RoleClass;

/**
 * The name and type of an entity from its mentions: its most frequent name (the longer on a tie),
 * in the fullest form the entity uses ("Hikmet Hajiyev" over "Hajiyev"), with its most frequent
 * type (GPE for a country named so once); an entity with no name is named by its longest role
 * description, typed by the role noun of its first ({@link #typeOfRole}). An entity with neither is
 * not reported. Read by {@link EntityLayer}.
 */
final class CanonicalNames {

  /** An entity's name and type. */
  record NameAndType(String name, String type) {}

  private final Countries countries;
  private final RoleNouns roleNouns;
  private final Names names;

  CanonicalNames(Countries countries, RoleNouns roleNouns, Names names) {
    this.countries = countries;
    this.roleNouns = roleNouns;
    this.names = names;
  }

  /**
   * The entity type a role noun gives: a person, or a group when named in the plural ("officials");
   * an organization; a group for the other classes (armed, military, police, civilians).
   */
  static String typeOfRole(RoleClass roleClass, boolean plural) {
    return switch (roleClass) {
      case PERSON -> plural ? "GROUP" : "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      default -> "GROUP";
    };
  }

  /** The name and type of the entity these mentions make up; empty when it is not worth one. */
  Optional<NameAndType> of(EntityDraft draft, List<DraftMention> members) {
    Syntax syntax = draft.syntax();
    Map<String, Integer> nameCounts = new LinkedHashMap<>();
    Map<String, Integer> typeCounts = new LinkedHashMap<>();
    RoleClass roleClass = null;
    boolean pluralHead = false;
    String longestDescription = "";
    for (DraftMention m : members) {
      if (m.name != null && !m.type.isEmpty()) {
        nameCounts.merge(names.clean(draft.doc().slice(m.name)), 1, Integer::sum);
        typeCounts.merge(m.type, 1, Integer::sum);
      } else if (m.kind == Mention.Kind.NOMINAL && m.head >= 0) {
        Optional<RoleClass> cls = roleNouns.classOf(syntax.lemma(m.head));
        if (cls.isPresent()) {
          if (roleClass == null) {
            pluralHead = syntax.pos(m.head).endsWith("S");
            roleClass = cls.get();
          }
          String text = names.withoutDeterminer(draft.doc().slice(m.span));
          if (text.length() > longestDescription.length()) {
            longestDescription = text;
          }
        }
      }
    }
    if (!nameCounts.isEmpty()) {
      String mostFrequent =
          nameCounts.entrySet().stream()
              .max(
                  Comparator.comparing((Map.Entry<String, Integer> x) -> x.getValue())
                      .thenComparing(x -> x.getKey().length()))
              .orElseThrow()
              .getKey();
      String name =
          nameCounts.keySet().stream()
              .filter(n -> Names.containsWords(n, mostFrequent))
              .max(Comparator.comparing(String::length))
              .orElse(mostFrequent);
      String type =
          typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      if (countries.byName(name).isPresent() && typeCounts.containsKey("GPE")) {
        type = "GPE";
      }
      return Optional.of(new NameAndType(name, type));
    }
    if (roleClass != null) {
      return Optional.of(new NameAndType(longestDescription, typeOfRole(roleClass, pluralHead)));
    }
    return Optional.empty();
  }
}

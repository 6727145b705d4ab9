package org.herodotus.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.WordLists;

/**
 * A speaker's role and affiliation as the text states them.
 *
 * <ul>
 *   <li>Role: the words before a person's name in one of its name mentions, or next to it
 *       ("presidential foreign policy advisor Hikmet Hajiyev"), or an apposition ("Hajiyev, the
 *       foreign policy advisor"), without determiners and possessors.
 *   <li>Affiliation: a country or organization the role phrase names ("Azerbaijan's foreign
 *       minister", "Azerbaijani", "of the ministry"); otherwise, when the role is a government post
 *       ("presidential advisor", "government spokesman") and the article's most-mentioned country
 *       is named in the same sentence or the article is about it (most mentions by far), that
 *       country. Nothing else is guessed: no support, no affiliation.
 * </ul>
 */
final class Roles {

  record RoleAndAffiliation(Optional<String> role, Optional<String> affiliation) {
    static final RoleAndAffiliation NONE =
        new RoleAndAffiliation(Optional.empty(), Optional.empty());
  }

  /** Words that make a role a government post ("spokesman", "ministry"). */
  static final String GOVERNMENT_WORDS = "government-role-words";

  /** Words that make a role a candidacy or a campaign's, not a government post. */
  static final String CAMPAIGN_WORDS = "campaign-role-words";

  private final Doc doc;
  private final Parse parse;
  private final WordLists words;
  private final Map<Integer, RoleAndAffiliation> cache = new HashMap<>();

  Roles(Doc doc, Parse parse, WordLists words) {
    this.doc = doc;
    this.parse = parse;
    this.words = words;
  }

  RoleAndAffiliation of(Entity entity) {
    return cache.computeIfAbsent(entity.id(), k -> compute(entity));
  }

  private RoleAndAffiliation compute(Entity entity) {
    if (!entity.type().equals("PERSON")) {
      return RoleAndAffiliation.NONE;
    }
    for (int mi : entity.mentions()) {
      Mention m = doc.mentions().get(mi);
      if (m.kind() != Mention.Kind.NAME) {
        continue;
      }
      RoleAndAffiliation ra = fromMention(m);
      if (ra.role().isPresent()) {
        return ra;
      }
    }
    return RoleAndAffiliation.NONE;
  }

  private RoleAndAffiliation fromMention(Mention m) {
    int[] range = parse.tokensIn(m.span());
    if (range[0] >= range[1]) {
      return RoleAndAffiliation.NONE;
    }
    // The name's head: the last PERSON token of the mention.
    int name = -1;
    for (int i = range[1] - 1; i >= range[0]; i--) {
      if (parse.token(i).ner().equals("PERSON")) {
        name = i;
        break;
      }
    }
    if (name < 0) {
      return RoleAndAffiliation.NONE;
    }
    int firstName = name;
    while (firstName - 1 >= 0
        && parse.token(firstName - 1).ner().equals("PERSON")
        && parse.token(firstName - 1).sentence() == parse.token(name).sentence()) {
      firstName--;
    }
    // Words before the name that hang from it (compound, amod, nmod:poss ...).
    int start = firstName;
    int sentenceStart = parse.sentenceOf(name).firstToken();
    while (start - 1 >= sentenceStart && hangsFrom(start - 1, firstName, name)) {
      start--;
    }
    List<String> roleWords = new ArrayList<>();
    Optional<String> affiliation = Optional.empty();
    for (int i = start; i < firstName; i++) {
      var t = parse.token(i);
      String r = parse.rel[i];
      if (t.pos().equals("DT") || t.pos().equals("POS") || parse.isPunct(i)) {
        continue;
      }
      if (r.equals("nmod:poss") || isPlace(i)) {
        if (affiliation.isEmpty()) {
          affiliation = placeName(i);
        }
        if (r.equals("nmod:poss")) {
          continue;
        }
        if (t.ner().equals("NATIONALITY") || t.ner().equals("MISC")) {
          continue;
        }
      }
      roleWords.add(t.text());
    }
    if (roleWords.isEmpty()) {
      int appos = -1;
      for (int c : parse.children.get(name)) {
        if (parse.rel[c].equals("appos")) {
          appos = c;
        }
      }
      if (appos >= 0 && !parse.token(appos).ner().equals("PERSON")) {
        for (int i : parse.subtree(appos, c -> parse.rel[c].equals("acl:relcl"))) {
          var t = parse.token(i);
          if (t.pos().equals("DT") || t.pos().equals("POS") || parse.isPunct(i)) {
            continue;
          }
          if (isPlace(i) && affiliation.isEmpty()) {
            affiliation = placeName(i);
          }
          roleWords.add(t.text());
        }
      }
    }
    if (roleWords.isEmpty()) {
      return RoleAndAffiliation.NONE;
    }
    String role = String.join(" ", roleWords);
    if (affiliation.isEmpty()) {
      affiliation = governmentOf(role, parse.token(name).sentence());
    }
    return new RoleAndAffiliation(Optional.of(role), affiliation);
  }

  private boolean hangsFrom(int i, int firstName, int name) {
    var t = parse.token(i);
    if (t.ner().equals("PERSON")) {
      return false;
    }
    String pos = t.pos();
    if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("DT"))) {
      return false;
    }
    int h = parse.head[i];
    return h >= i && h <= name;
  }

  private boolean isPlace(int i) {
    String ner = parse.token(i).ner();
    return ner.equals("COUNTRY")
        || ner.equals("LOCATION")
        || ner.equals("STATE_OR_PROVINCE")
        || ner.equals("ORGANIZATION")
        || ner.equals("NATIONALITY")
        || ner.equals("MISC") && demonym(parse.token(i).text()).isPresent();
  }

  private Optional<String> placeName(int i) {
    String text = parse.token(i).text();
    Optional<String> country = Countries.bundled().byName(text).map(Countries.Country::name);
    if (country.isPresent()) {
      return country;
    }
    Optional<String> demonym = demonym(text);
    if (demonym.isPresent()) {
      return demonym;
    }
    for (Mention m : doc.mentions()) {
      if (m.span().contains(parse.token(i).span()) && m.entity() >= 0) {
        return Optional.of(doc.entities().get(m.entity()).name());
      }
    }
    return Optional.empty();
  }

  /** "Azerbaijani" → Azerbaijan, "Russian" → Russia, "Armenian" → Armenia. */
  static Optional<String> demonym(String word) {
    String w = word.strip();
    for (String suffix : new String[] {"i", "n", "an", "ian", "ese", "ish", "ean"}) {
      if (w.length() > suffix.length() + 2 && w.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length());
        for (String candidate : new String[] {stem, stem + "a", stem + "ia", stem + "y"}) {
          Optional<Countries.Country> c = Countries.bundled().byName(candidate);
          if (c.isPresent()) {
            return Optional.of(c.get().name());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * For a government post, the article's most-mentioned country, when it is named in the same
   * sentence or has at least twice the mentions of any other country.
   */
  private Optional<String> governmentOf(String role, int sentence) {
    List<String> roleWords = List.of(role.toLowerCase(Locale.ROOT).split("\\s+"));
    Set<String> government = words.get(GOVERNMENT_WORDS);
    Set<String> campaign = words.get(CAMPAIGN_WORDS);
    if (roleWords.stream().noneMatch(government::contains)
        || roleWords.stream().anyMatch(campaign::contains)) {
      return Optional.empty();
    }
    Entity top = null;
    int topCount = 0;
    int second = 0;
    for (Entity e : doc.entities()) {
      if (!e.type().equals("GPE") || Countries.bundled().byName(e.name()).isEmpty()) {
        continue;
      }
      int count = e.mentions().size();
      if (count > topCount) {
        second = topCount;
        topCount = count;
        top = e;
      } else if (count > second) {
        second = count;
      }
    }
    if (top == null) {
      return Optional.empty();
    }
    boolean sameSentence = false;
    for (int mi : top.mentions()) {
      if (doc.sentenceAt(doc.mentions().get(mi).span().start()) == sentence) {
        sameSentence = true;
      }
    }
    return sameSentence || topCount >= 2 * Math.max(1, second)
        ? Optional.of(top.name())
        : Optional.empty();
  }
}

package org.herodotus.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.lexicon.Countries;
import org.herodotus.lexicon.RoleNouns;
import org.herodotus.lexicon.RoleNouns.RoleClass;
import org.herodotus.pipeline.Stage;

/**
 * Turns the NLP engine's raw mentions and coreference chains into the entity layer, mending what
 * the engine misses with general rules:
 *
 * <ul>
 *   <li>mention spans are trimmed (a leading "and", a trailing "on Thursday") and names nested in a
 *       longer mention of the same entity are folded into it;
 *   <li>adjectives of nationality ("Russian" in "Russian peacekeepers") are modifiers, not
 *       entities; plural nationality names ("Armenians") are groups (NORP); country names are GPEs;
 *   <li>descriptions by role ("the official", "Russian peacekeepers", "separatist forces") become
 *       mentions, and link back to the entity they describe: the same role noun, a role noun used
 *       as modifier of a later one, a definite description of the same class, an office holder
 *       named shortly before;
 *   <li>relative pronouns ("separatists, who agreed") join their antecedent; a repeated name or a
 *       surname ("Hajiyev" after "Hikmet Hajiyev") joins the full name;
 *   <li>photo credits are organizations.
 * </ul>
 *
 * Each entity gets a canonical name from its most frequent, longest name mention.
 */
public final class EntityResolver implements Stage {

  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
  private static final Set<String> LEADING_JUNK_TAGS =
      Set.of("CC", ",", ":", "``", "''", "-LRB-", "-RRB-", ".", "HYPH");
  private static final Set<String> TRAILING_JUNK_TAGS =
      Set.of(",", ":", "``", "''", "-LRB-", "-RRB-", ".", "HYPH", "POS");
  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");

  /** How many sentences back a definite description looks for what it describes. */
  private static final int DESCRIPTION_WINDOW = 4;

  /**
   * Role nouns for someone who speaks or acts for another: "the spokesman" after "Trump" is not
   * Trump, unless Trump was called a spokesman.
   */
  private static final Set<String> SPEAKS_FOR_ANOTHER =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "aide",
          "lawyer",
          "attorney",
          "representative",
          "staffer",
          "assistant",
          "deputy",
          "envoy");

  private final Countries countries;
  private final RoleNouns roleNouns;

  public EntityResolver() {
    this(Countries.bundled(), RoleNouns.bundled());
  }

  public EntityResolver(Countries countries, RoleNouns roleNouns) {
    this.countries = countries;
    this.roleNouns = roleNouns;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MENTIONS, Layer.ENTITIES);
  }

  /** A mention while the entities are being worked out. */
  private static final class Item {
    Span span;
    String type;
    Mention.Kind kind;
    int group;
    Span name;
    int head;

    Item(Span span, String type, Mention.Kind kind, int group) {
      this.span = span;
      this.type = type;
      this.kind = kind;
      this.group = group;
      this.name = kind == Mention.Kind.NAME && !type.isEmpty() ? span : null;
    }
  }

  /** Nouns of actions an actor carries out: "its operation" is done by an agent. */
  private static final Set<String> ACTION_NOUNS =
      Set.of(
          "operation",
          "offensive",
          "attack",
          "assault",
          "campaign",
          "strike",
          "invasion",
          "incursion",
          "bombardment",
          "shelling",
          "crackdown",
          "raid",
          "advance",
          "action",
          "mission",
          "deployment",
          "withdrawal",
          "intervention");

  /** Prepositions that attach an action as the time of another event. */
  private static final Set<String> TIME_CASES =
      Set.of(
          "following", "follow", "after", "before", "since", "during", "amid", "despite", "until");

  @Override
  public Doc apply(Doc doc) {
    return new Resolution(doc).run();
  }

  private final class Resolution {
    private final Doc doc;
    private final Syntax syntax;
    private final List<Item> items = new ArrayList<>();
    private int[] parent = new int[0];
    private int groups;

    Resolution(Doc doc) {
      this.doc = doc;
      this.syntax = new Syntax(doc);
    }

    Doc run() {
      for (Mention m : doc.mentions()) {
        items.add(new Item(m.span(), m.type(), m.kind(), m.entity()));
      }
      groups = doc.entities().size();
      dropTimeOverlaps();
      fixPronouns();
      trimSpans();
      foldNestedNames();
      dropModifierAdjectives();
      retypeNames();
      findHeads();
      expandTitles();
      addRoleDescriptions();
      addCredits();
      addPronouns();
      parent = new int[groups];
      for (int i = 0; i < groups; i++) {
        parent[i] = i;
      }
      linkRelativePronouns();
      linkSameNames();
      linkRoleDescriptions();
      linkPronouns();
      propagateNames();
      return build();
    }

    // ---- cleaning ----

    private void dropTimeOverlaps() {
      items.removeIf(
          item ->
              item.name == null
                  && doc.times().stream().anyMatch(t -> t.span().contains(item.span)));
    }

    private void fixPronouns() {
      for (Item item : items) {
        int[] r = syntax.tokenRange(item.span);
        if (r[1] - r[0] == 1 && PRONOUN_TAGS.contains(syntax.pos(r[0]))) {
          item.kind = Mention.Kind.PRONOUN;
          item.type = "";
          item.name = null;
        }
      }
    }

    private void trimSpans() {
      for (Item item : items) {
        int[] r = syntax.tokenRange(item.span);
        int first = r[0];
        int end = r[1];
        while (first < end - 1 && LEADING_JUNK_TAGS.contains(syntax.pos(first))) {
          first++;
        }
        while (end - 1 > first && TRAILING_JUNK_TAGS.contains(syntax.pos(end - 1))) {
          end--;
        }
        if (first >= end) {
          continue;
        }
        Span trimmed =
            new Span(syntax.token(first).span().start(), syntax.token(end - 1).span().end());
        // A time expression at the end of a description belongs to the clause, not the mention:
        // "the city of Yevlakh on Thursday".
        for (TimeExpression time : doc.times()) {
          if (trimmed.contains(time.span()) && time.span().start() > trimmed.start()) {
            int[] tr = syntax.tokenRange(time.span());
            int cut = tr[0];
            if (cut - 1 > first && syntax.pos(cut - 1).equals("IN")) {
              cut--;
            }
            if (cut > first) {
              trimmed = new Span(trimmed.start(), syntax.token(cut - 1).span().end());
            }
          }
        }
        item.span = trimmed;
        if (item.name != null && !trimmed.contains(item.name)) {
          item.name = trimmed;
        }
      }
    }

    /** A name inside a longer mention of the same entity is the same mention: keep the longer. */
    private void foldNestedNames() {
      items.sort(Comparator.comparing((Item i) -> i.span));
      List<Item> drop = new ArrayList<>();
      for (Item inner : items) {
        for (Item outer : items) {
          if (outer != inner
              && outer.group == inner.group
              && outer.span.contains(inner.span)
              && !outer.span.equals(inner.span)) {
            if (inner.name != null
                && (outer.name == null || outer.name.length() > inner.name.length())) {
              outer.name = inner.name;
              if (outer.type.isEmpty() || outer.kind != Mention.Kind.NAME) {
                outer.type = inner.type;
                outer.kind = Mention.Kind.NAME;
              }
            }
            drop.add(inner);
            break;
          }
        }
      }
      items.removeAll(drop);
      // The same span twice (a name and its coreference mention): keep one.
      Map<Span, Item> bySpan = new LinkedHashMap<>();
      for (Item item : items) {
        Item seen = bySpan.get(item.span);
        if (seen == null || (seen.name == null && item.name != null)) {
          bySpan.put(item.span, item);
        }
      }
      items.retainAll(bySpan.values());
    }

    /** "Russian" in "Russian peacekeepers" describes the peacekeepers; it is not an entity. */
    private void dropModifierAdjectives() {
      Map<Integer, Integer> groupSizes = new HashMap<>();
      items.forEach(i -> groupSizes.merge(i.group, 1, Integer::sum));
      items.removeIf(
          item -> {
            if (item.kind != Mention.Kind.NAME
                || !(item.type.equals("NORP") || item.type.equals("MISC"))) {
              return false;
            }
            int[] r = syntax.tokenRange(item.span);
            if (r[1] - r[0] != 1) {
              return false;
            }
            String pos = syntax.pos(r[0]);
            String rel = syntax.relation(r[0]);
            return groupSizes.get(item.group) == 1
                && (pos.startsWith("JJ") || rel.equals("amod") || rel.equals("compound"));
          });
    }

    private void retypeNames() {
      for (Item item : items) {
        if (item.name == null) {
          continue;
        }
        String name = cleanName(doc.slice(item.name));
        if (countries.byName(name).isPresent()
            && (item.type.equals("LOCATION")
                || item.type.equals("MISC")
                || item.type.equals("ORGANIZATION"))) {
          item.type = "GPE";
        } else if (item.type.equals("MISC")) {
          int[] r = syntax.tokenRange(item.name);
          if (r[1] > r[0] && syntax.pos(r[1] - 1).equals("NNPS")) {
            item.type = "NORP";
          }
        }
      }
    }

    private void findHeads() {
      for (Item item : items) {
        item.head = syntax.headOf(item.span);
      }
    }

    /**
     * A person's name with a title or role before it is one mention: "presidential foreign policy
     * advisor Hikmet Hajiyev", "President Aliyev".
     */
    private void expandTitles() {
      for (Item item : items) {
        if (item.name == null || !item.type.equals("PERSON") || item.head < 0) {
          continue;
        }
        int[] r = syntax.tokenRange(item.span);
        int first = leftEdge(item.head);
        if (first >= r[0]) {
          continue;
        }
        boolean titled = false;
        for (int t = first; t < r[0]; t++) {
          titled |= roleNouns.classOf(syntax.lemma(t)).isPresent();
        }
        if (titled) {
          while (first < r[0] && syntax.pos(first).equals("DT")) {
            first++;
          }
          item.span = new Span(syntax.token(first).span().start(), item.span.end());
        }
      }
    }

    /** Descriptions by role ("the official", "Russian peacekeepers") become mentions. */
    private void addRoleDescriptions() {
      Set<Integer> covered = new HashSet<>();
      for (Item item : items) {
        int[] r = syntax.tokenRange(item.span);
        for (int t = r[0]; t < r[1]; t++) {
          covered.add(t);
        }
      }
      for (int t = 0; t < syntax.size(); t++) {
        if (covered.contains(t)
            || !syntax.pos(t).startsWith("NN")
            || syntax.pos(t).startsWith("NNP")) {
          continue;
        }
        if (roleNouns.classOf(syntax.lemma(t)).isEmpty()) {
          continue;
        }
        if (syntax.relation(t).equals("compound") || syntax.relation(t).equals("amod")) {
          continue; // a modifier of another noun, as in "police station"
        }
        int first = leftEdge(t);
        Span span = new Span(syntax.token(first).span().start(), syntax.token(t).span().end());
        Item item = new Item(span, "", Mention.Kind.NOMINAL, groups++);
        item.head = t;
        items.add(item);
      }
    }

    /** The first token of the contiguous run of modifiers left of {@code head}. */
    private int leftEdge(int head) {
      int first = head;
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int d : syntax.dependents(head)) {
          if (d < first && d == first - 1 && MODIFIER_RELATIONS.contains(syntax.relation(d))) {
            first = subtreeStart(d);
            moved = true;
          }
        }
      }
      // Never start on a possessive marker or punctuation.
      while (first < head && LEADING_JUNK_TAGS.contains(syntax.pos(first))) {
        first++;
      }
      return first;
    }

    private int subtreeStart(int token) {
      int first = token;
      for (int d : syntax.dependents(token)) {
        if (d < token) {
          first = Math.min(first, subtreeStart(d));
        }
      }
      return first;
    }

    /** Personal pronouns the engine left out of every chain (or all of them, without its coref). */
    private void addPronouns() {
      Set<Integer> covered = new HashSet<>();
      for (Item item : items) {
        int[] r = syntax.tokenRange(item.span);
        for (int t = r[0]; t < r[1]; t++) {
          covered.add(t);
        }
      }
      for (int t = 0; t < syntax.size(); t++) {
        if (!covered.contains(t) && Pronouns.categoryOf(syntax.token(t).text()).isPresent()) {
          Item item = new Item(syntax.token(t).span(), "", Mention.Kind.PRONOUN, groups++);
          item.head = t;
          items.add(item);
        }
      }
    }

    /**
     * Third-person pronouns that no chain holds are linked to the most salient fitting antecedent:
     * looking back from the pronoun through its own sentence and the three before, the subject of a
     * sentence first, then the nearest mention; "he" and "she" take people, "it" takes states,
     * organizations and places that act, "they" takes groups named in the plural.
     */
    private void linkPronouns() {
      items.sort(Comparator.comparing((Item i) -> i.span));
      Map<Integer, Integer> groupSizes = new HashMap<>();
      items.forEach(i -> groupSizes.merge(find(i.group), 1, Integer::sum));
      for (int k = 0; k < items.size(); k++) {
        Item pronoun = items.get(k);
        if (pronoun.kind != Mention.Kind.PRONOUN
            || pronoun.head < 0
            || groupSizes.get(find(pronoun.group)) > 1) {
          continue;
        }
        Optional<Pronouns.Category> category =
            Pronouns.categoryOf(syntax.token(pronoun.head).text());
        if (category.isEmpty()) {
          continue;
        }
        Item antecedent = antecedentOf(k, category.get());
        if (antecedent != null) {
          union(antecedent.group, pronoun.group);
          groupSizes.merge(find(pronoun.group), 1, Integer::sum);
        }
      }
    }

    private Item antecedentOf(int index, Pronouns.Category category) {
      Item pronoun = items.get(index);
      int sentence = syntax.token(pronoun.head).sentence();
      int ownVerb = syntax.head(pronoun.head);
      // First the subjects of the clauses the pronoun sits in, innermost first: "the protesters
      // would be allowed to keep their tents", "Azerbaijan said it aimed".
      boolean possessive = syntax.relation(pronoun.head).equals("nmod:poss");
      if (possessive && ACTION_NOUNS.contains(syntax.lemma(ownVerb))) {
        Item agent = salientAgent(index, category);
        if (agent != null) {
          return agent;
        }
      }
      int steps = 0;
      for (int a = syntax.head(pronoun.head); a >= 0 && steps < 20; a = syntax.head(a), steps++) {
        if (a == ownVerb && !possessive) {
          continue;
        }
        for (int j = index - 1; j >= 0; j--) {
          Item candidate = items.get(j);
          if (candidate.head >= 0
              && syntax.head(candidate.head) == a
              && syntax.relation(candidate.head).startsWith("nsubj")
              && fits(candidate, category)) {
            return candidate;
          }
        }
      }
      for (int back = 0; back <= 3 && sentence - back >= 0; back++) {
        int s = sentence - back;
        Item subject = null;
        Item nearest = null;
        for (int j = index - 1; j >= 0; j--) {
          Item candidate = items.get(j);
          if (candidate.head < 0) {
            continue;
          }
          int cs = syntax.token(candidate.head).sentence();
          if (cs < s) {
            break;
          }
          if (cs != s || !fits(candidate, category)) {
            continue;
          }
          String rel = syntax.relation(candidate.head);
          boolean isSubject = rel.startsWith("nsubj");
          // "He said he ..." is fine; "Baku praised it" cannot be Baku.
          if (isSubject
              && syntax.head(candidate.head) == ownVerb
              && !syntax.relation(pronoun.head).equals("nmod:poss")) {
            continue;
          }
          if (nearest == null) {
            nearest = candidate;
          }
          if (isSubject) {
            subject = candidate; // keep going back: the first subject of the sentence wins
          }
        }
        if (subject != null) {
          return subject;
        }
        if (nearest != null) {
          return nearest;
        }
      }
      return null;
    }

    /**
     * The agent of "its operation" when the action hangs off another clause by a preposition of
     * time ("no need for the Council to convene following its operation"): not that clause's
     * subject, which does not do the action, but the most salient fitting actor of the last
     * sentences: the possessor of an earlier action ("its one-day offensive"), else the actor most
     * often a subject so far (the nearer on a tie). Null when the action is in its own clause's
     * line ("Baku announced an end to its offensive"), for the usual rules.
     */
    private Item salientAgent(int index, Pronouns.Category category) {
      Item pronoun = items.get(index);
      int action = syntax.head(pronoun.head);
      int excluded = -1;
      for (int node = action, steps = 0; node >= 0 && steps < 4; steps++) {
        String rel = syntax.relation(node);
        int up = syntax.head(node);
        if (up < 0) {
          break;
        }
        if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl"))
            && caseOf(node).filter(TIME_CASES::contains).isPresent()) {
          excluded = up;
          break;
        }
        if (!(rel.equals("compound") || rel.equals("conj") || rel.startsWith("nmod"))) {
          break;
        }
        node = up;
      }
      if (excluded < 0) {
        return null;
      }
      // the agent of an earlier action of the kind: "its one-day offensive" ... "its operation"
      for (int j = index - 1; j >= 0; j--) {
        Item c = items.get(j);
        if (c.head >= 0
            && syntax.relation(c.head).equals("nmod:poss")
            && ACTION_NOUNS.contains(syntax.lemma(syntax.head(c.head)))
            && fits(c, category)) {
          return c;
        }
      }
      Map<Integer, Integer> subjects = new HashMap<>();
      for (int j = 0; j < index; j++) {
        Item c = items.get(j);
        if (c.head >= 0 && syntax.relation(c.head).startsWith("nsubj")) {
          subjects.merge(find(c.group), 1, Integer::sum);
        }
      }
      Item best = null;
      int bestCount = 0;
      for (int j = index - 1; j >= 0; j--) {
        Item c = items.get(j);
        if (c.head < 0) {
          continue;
        }
        if (!fits(c, category)
            || syntax.head(c.head) == excluded && syntax.relation(c.head).startsWith("nsubj")) {
          continue;
        }
        int count = subjects.getOrDefault(find(c.group), 0);
        if (count > bestCount) {
          best = c;
          bestCount = count;
        }
      }
      return best;
    }

    private Optional<String> caseOf(int token) {
      for (int d : syntax.dependents(token)) {
        String rel = syntax.relation(d);
        if (rel.equals("case") || rel.equals("mark")) {
          return Optional.of(syntax.lemma(d).toLowerCase(Locale.ROOT));
        }
      }
      return Optional.empty();
    }

    private boolean fits(Item candidate, Pronouns.Category category) {
      String type = groupType(candidate);
      boolean plural = syntax.pos(candidate.head).endsWith("S");
      return switch (category) {
        case PERSON -> type.equals("PERSON") && !plural;
        case THING ->
            !plural
                && (type.equals("GPE")
                    || type.equals("ORGANIZATION")
                    || (type.equals("LOCATION") && !isLocative(candidate)));
        case PLURAL -> plural && (type.equals("GROUP") || type.equals("NORP"));
      };
    }

    private boolean isLocative(Item item) {
      for (int d : syntax.dependents(item.head)) {
        if (syntax.relation(d).equals("case")) {
          return true;
        }
      }
      return false;
    }

    /** The type an item's whole group has so far: a name's type, else its role noun's. */
    private String groupType(Item item) {
      int root = find(item.group);
      String roleType = "";
      for (Item other : items) {
        if (find(other.group) != root) {
          continue;
        }
        if (other.name != null && !other.type.isEmpty()) {
          return other.type;
        }
        if (other.kind == Mention.Kind.NOMINAL && other.head >= 0 && roleType.isEmpty()) {
          roleType =
              roleNouns
                  .classOf(syntax.lemma(other.head))
                  .map(
                      c ->
                          switch (c) {
                            case PERSON ->
                                syntax.pos(other.head).endsWith("S") ? "GROUP" : "PERSON";
                            case ORGANIZATION -> "ORGANIZATION";
                            default -> "GROUP";
                          })
                  .orElse("");
        }
      }
      return roleType;
    }

    private void addCredits() {
      for (Caption caption : doc.metadata().captions()) {
        caption
            .creditSpan()
            .ifPresent(
                span -> {
                  Item item = new Item(span, "ORGANIZATION", Mention.Kind.NAME, groups++);
                  item.head = -1;
                  items.add(item);
                });
      }
    }

    // ---- linking ----

    private int find(int g) {
      while (parent[g] != g) {
        parent[g] = parent[parent[g]];
        g = parent[g];
      }
      return g;
    }

    private void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    /** "separatists, who agreed": the relative pronoun is another mention of its antecedent. */
    private void linkRelativePronouns() {
      for (int t = 0; t < syntax.size(); t++) {
        String pos = syntax.pos(t);
        if (!(pos.equals("WP") || pos.equals("WDT"))
            || !RELATIVE_PRONOUNS.contains(syntax.lemma(t))) {
          continue;
        }
        int verb = syntax.head(t);
        int antecedent =
            verb >= 0 && syntax.relation(verb).startsWith("acl:relcl") ? syntax.head(verb) : -2;
        Span tokenSpan = syntax.token(t).span();
        // The antecedent is the noun the relative clause modifies or, when the parser attached
        // the clause higher up, the mention that ends right before it ("a deal with separatists,
        // who agreed").
        int before = t - 1;
        if (before >= 0 && syntax.pos(before).equals(",")) {
          before--;
        }
        int adjacentEnd = before >= 0 ? syntax.token(before).span().end() : -1;
        Optional<Item> target =
            items.stream()
                .filter(i -> i.head == antecedent && !i.span.contains(tokenSpan))
                .findFirst()
                .or(
                    () ->
                        items.stream()
                            .filter(
                                i -> i.span.end() == adjacentEnd && i.kind != Mention.Kind.PRONOUN)
                            .findFirst());
        if (target.isPresent() && items.stream().noneMatch(i -> i.span.equals(tokenSpan))) {
          Item pronoun = new Item(tokenSpan, "", Mention.Kind.PRONOUN, target.get().group);
          pronoun.head = t;
          items.add(pronoun);
        }
      }
    }

    /** The same name twice, a surname after a full name, a nationality group by its plural. */
    private void linkSameNames() {
      items.sort(Comparator.comparing((Item i) -> i.span));
      Map<String, Integer> byName = new HashMap<>();
      Map<String, Integer> bySurname = new HashMap<>();
      Map<String, Integer> byGroupWord = new HashMap<>();
      for (Item item : items) {
        if (item.name == null) {
          continue;
        }
        String name = cleanName(doc.slice(item.name));
        String family = typeFamily(item.type);
        String key = family + "|" + name.toLowerCase(Locale.ROOT);
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        Integer same = byName.get(key);
        if (same != null) {
          union(same, item.group);
        } else if (family.equals("PERSON") && words.length == 1 && bySurname.containsKey(last)) {
          union(bySurname.get(last), item.group);
        } else if (family.equals("NORP") && byGroupWord.containsKey(last)) {
          union(byGroupWord.get(last), item.group);
        }
        byName.putIfAbsent(key, item.group);
        if (family.equals("PERSON") && words.length > 1) {
          bySurname.putIfAbsent(last, item.group);
        }
        if (family.equals("NORP")) {
          byGroupWord.putIfAbsent(last, item.group);
        }
      }
      linkSurnamesBeforeFullNames();
    }

    /**
     * A surname before the full name ("Berg: We Are Ready" in the headline, "Defense Minister Karl
     * Berg" in the body) joins it when the article has one full name with that surname only.
     */
    private void linkSurnamesBeforeFullNames() {
      Map<String, Set<String>> fullNames = new HashMap<>();
      Map<String, Integer> groups = new HashMap<>();
      for (Item item : items) {
        if (item.name == null || !typeFamily(item.type).equals("PERSON")) {
          continue;
        }
        String name = cleanName(doc.slice(item.name)).toLowerCase(Locale.ROOT);
        String[] words = name.split("\\s+");
        if (words.length > 1) {
          String last = words[words.length - 1];
          fullNames.computeIfAbsent(last, k -> new HashSet<>()).add(name);
          groups.putIfAbsent(last, item.group);
        }
      }
      for (Item item : items) {
        if (item.name == null || !typeFamily(item.type).equals("PERSON")) {
          continue;
        }
        String name = cleanName(doc.slice(item.name)).toLowerCase(Locale.ROOT);
        Set<String> full = fullNames.get(name);
        if (name.split("\\s+").length == 1 && full != null && full.size() == 1) {
          union(groups.get(name), item.group);
        }
      }
    }

    private String typeFamily(String type) {
      return switch (type) {
        case "GPE", "LOCATION" -> "PLACE";
        case "MISC", "NORP" -> "NORP";
        default -> type;
      };
    }

    /** Descriptions by role link back to what they describe. */
    private void linkRoleDescriptions() {
      items.sort(Comparator.comparing((Item i) -> i.span));
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        if (item.kind != Mention.Kind.NOMINAL || item.head < 0) {
          continue;
        }
        Optional<RoleClass> cls = roleNouns.classOf(syntax.lemma(item.head));
        if (cls.isEmpty()) {
          continue;
        }
        int sentence = syntax.token(item.head).sentence();
        Set<String> modifiers = modifierLemmas(item);
        boolean definite = isDefinite(item);
        Item match = null;
        for (int j = k - 1; j >= 0 && match == null; j--) {
          Item earlier = items.get(j);
          if (earlier.head < 0 || find(earlier.group) == find(item.group)) {
            continue;
          }
          String earlierHead = syntax.lemma(earlier.head);
          int distance = sentence - syntax.token(earlier.head).sentence();
          if (earlier.kind == Mention.Kind.NOMINAL
              && earlierHead.equals(syntax.lemma(item.head))
              && modifierLemmas(earlier).containsAll(modifiers)) {
            match = earlier; // "Russian peacekeepers" ... "peacekeepers"
          } else if (earlier.kind == Mention.Kind.NOMINAL
              && modifiers.contains(earlierHead)
              && roleNouns.classOf(earlierHead).isPresent()) {
            match = earlier; // "separatists" ... "separatist forces"
          } else if (definite
              && distance <= DESCRIPTION_WINDOW
              && cls.get() != RoleClass.PERSON
              && earlier.kind == Mention.Kind.NOMINAL
              && roleNouns.classOf(earlierHead).equals(cls)) {
            match = earlier; // "the fighters" after "separatist forces"
          } else if (definite
              && distance <= DESCRIPTION_WINDOW
              && cls.get() == RoleClass.PERSON
              && syntax.pos(item.head).equals("NN")
              && !groupHasPersonName(item.group)
              && earlier.name != null
              && earlier.type.equals("PERSON")
              && (!SPEAKS_FOR_ANOTHER.contains(syntax.lemma(item.head))
                  || describedAs(earlier.group, syntax.lemma(item.head)))) {
            match = earlier; // "the official" after "Hikmet Hajiyev"
          }
        }
        if (match != null) {
          union(match.group, item.group);
        }
      }
    }

    /**
     * A name the engine tagged somewhere is the same name where it missed it (one sense per
     * discourse): "Karabakh Armenians" in the headline, tagged in the body.
     */
    private void propagateNames() {
      Map<String, Item> names = new LinkedHashMap<>();
      for (Item item : items) {
        if (item.name != null && !item.type.isEmpty()) {
          names.putIfAbsent(cleanName(doc.slice(item.name)), item);
        }
      }
      Set<Integer> covered = new HashSet<>();
      for (Item item : items) {
        int[] r = syntax.tokenRange(item.span);
        for (int t = r[0]; t < r[1]; t++) {
          covered.add(t);
        }
      }
      String text = doc.text();
      List<Item> added = new ArrayList<>();
      for (Map.Entry<String, Item> e : names.entrySet()) {
        String name = e.getKey();
        if (name.length() < 3) {
          continue;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          Span span = new Span(at, at + name.length());
          int[] r = syntax.tokenRange(span);
          if (r[0] >= r[1]
              || syntax.token(r[0]).span().start() != span.start()
              || syntax.token(r[1] - 1).span().end() != span.end()) {
            continue; // not on token boundaries, or outside the analyzed text
          }
          boolean free = true;
          for (int t = r[0]; t < r[1]; t++) {
            free &= !covered.contains(t);
          }
          if (!free) {
            continue;
          }
          Item copy = new Item(span, e.getValue().type, Mention.Kind.NAME, e.getValue().group);
          copy.head = r[1] - 1;
          added.add(copy);
          for (int t = r[0]; t < r[1]; t++) {
            covered.add(t);
          }
        }
      }
      items.addAll(added);
    }

    /**
     * Whether a mention of the group has the role noun within a few words of it ("Jane Doe, a
     * spokeswoman for the ministry"): then "the spokeswoman" may be her.
     */
    private boolean describedAs(int group, String roleLemma) {
      int root = find(group);
      for (Item i : items) {
        if (find(i.group) != root || i.head < 0) {
          continue;
        }
        int[] r = syntax.tokenRange(i.span);
        int sentence = syntax.token(i.head).sentence();
        for (int t = Math.max(0, r[0] - 6); t < Math.min(syntax.size(), r[1] + 6); t++) {
          if (syntax.token(t).sentence() == sentence && syntax.lemma(t).equals(roleLemma)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean groupHasPersonName(int group) {
      int root = find(group);
      return items.stream()
          .anyMatch(i -> find(i.group) == root && i.name != null && i.type.equals("PERSON"));
    }

    private boolean isDefinite(Item item) {
      int[] r = syntax.tokenRange(item.span);
      String first = syntax.token(r[0]).text().toLowerCase(Locale.ROOT);
      return first.equals("the")
          || first.equals("these")
          || first.equals("those")
          || first.equals("this");
    }

    private Set<String> modifierLemmas(Item item) {
      Set<String> lemmas = new HashSet<>();
      int[] r = syntax.tokenRange(item.span);
      for (int t = r[0]; t < r[1]; t++) {
        if (t != item.head && !syntax.pos(t).equals("DT") && !syntax.pos(t).equals("POS")) {
          lemmas.add(syntax.lemma(t));
        }
      }
      return lemmas;
    }

    // ---- output ----

    private Doc build() {
      Map<Integer, List<Item>> byGroup = new LinkedHashMap<>();
      items.sort(Comparator.comparing((Item i) -> i.span));
      for (Item item : items) {
        byGroup.computeIfAbsent(find(item.group), g -> new ArrayList<>()).add(item);
      }
      List<Mention> mentions = new ArrayList<>();
      List<Entity> entities = new ArrayList<>();
      Map<Integer, Integer> entityOf = new HashMap<>();
      Map<Integer, String[]> described = new HashMap<>();
      for (Map.Entry<Integer, List<Item>> e : byGroup.entrySet()) {
        String[] nameAndType = describe(e.getValue());
        if (nameAndType != null) {
          described.put(e.getKey(), nameAndType);
        }
      }
      List<List<Integer>> mentionLists = new ArrayList<>();
      List<String[]> entityInfo = new ArrayList<>();
      for (Item item : items) {
        int group = find(item.group);
        String[] info = described.get(group);
        if (info == null) {
          continue;
        }
        Integer entity = entityOf.get(group);
        if (entity == null) {
          entity = entityInfo.size();
          entityOf.put(group, entity);
          entityInfo.add(info);
          mentionLists.add(new ArrayList<>());
        }
        mentionLists.get(entity).add(mentions.size());
        mentions.add(new Mention(item.span, doc.slice(item.span), info[1], item.kind, entity));
      }
      for (int i = 0; i < entityInfo.size(); i++) {
        entities.add(
            new Entity(i, entityInfo.get(i)[0], entityInfo.get(i)[1], mentionLists.get(i)));
      }
      return doc.withEntities(mentions, entities);
    }

    /** Name and type of an entity, or null when it is not one worth reporting. */
    private String[] describe(List<Item> members) {
      Map<String, Integer> nameCounts = new LinkedHashMap<>();
      Map<String, Integer> typeCounts = new LinkedHashMap<>();
      RoleClass roleClass = null;
      boolean pluralHead = false;
      String longestDescription = "";
      for (Item item : members) {
        if (item.name != null && !item.type.isEmpty()) {
          nameCounts.merge(cleanName(doc.slice(item.name)), 1, Integer::sum);
          typeCounts.merge(item.type, 1, Integer::sum);
        } else if (item.kind == Mention.Kind.NOMINAL && item.head >= 0) {
          Optional<RoleClass> cls = roleNouns.classOf(syntax.lemma(item.head));
          if (cls.isPresent()) {
            if (roleClass == null) {
              pluralHead = syntax.pos(item.head).endsWith("S");
            }
            roleClass = roleClass == null ? cls.get() : roleClass;
            String text = withoutDeterminer(doc.slice(item.span));
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
        // The fullest form of that name: "Hikmet Hajiyev" over "Hajiyev".
        String name =
            nameCounts.keySet().stream()
                .filter(n -> containsWords(n, mostFrequent))
                .max(Comparator.comparing(String::length))
                .orElse(mostFrequent);
        String type =
            typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (countries.byName(name).isPresent() && typeCounts.containsKey("GPE")) {
          type = "GPE";
        }
        return new String[] {name, type};
      }
      if (roleClass != null) {
        String type =
            switch (roleClass) {
              case PERSON -> pluralHead ? "GROUP" : "PERSON";
              case ORGANIZATION -> "ORGANIZATION";
              default -> "GROUP";
            };
        return new String[] {longestDescription, type};
      }
      return null;
    }
  }

  /** True when {@code part}'s words appear, in order and whole, in {@code whole}. */
  static boolean containsWords(String whole, String part) {
    String w = " " + whole.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    String p = " " + part.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    return w.contains(p);
  }

  private static String withoutDeterminer(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String det : List.of("the ", "a ", "an ", "these ", "those ", "this ", "that ")) {
      if (lower.startsWith(det)) {
        return text.substring(det.length());
      }
    }
    return text;
  }

  /** A name without a leading article or a trailing possessive. */
  static String cleanName(String name) {
    String n = withoutDeterminer(name.strip());
    if (n.endsWith("'s") || n.endsWith("\u2019s")) {
      n = n.substring(0, n.length() - 2);
    } else if (n.endsWith("'") || n.endsWith("\u2019")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.strip();
  }
}

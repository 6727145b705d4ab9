package org.herodotus.actor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.entity.Syntax;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.lexicon.ActorLexicon.CodeParts;
import org.herodotus.lexicon.ActorLexicon.RoleType;
import org.herodotus.lexicon.PetrarchDictionary;
import org.herodotus.pipeline.Stage;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.GazetteerEntry;

/**
 * Gives each entity that can act a CAMEO actor code, built from blocks (country, types, known
 * group), with the rule that fired and the text that supports it. General rules, no rule per
 * article:
 *
 * <ul>
 *   <li>a name in the user's PETRARCH/TABARI actor dictionary takes the dictionary's code;
 *   <li>a country is the government ({@code AZEGOV}) where it acts: subject of a verb or of a
 *       predicate adjective, agent of a passive ("by"), possessor of an action ("Azerbaijan's
 *       offensive"); in a locative phrase ("in Azerbaijan") it is a place and no actor; elsewhere
 *       it is the country ({@code AZE});
 *   <li>a capital is the government where it acts ("Baku announced") or is a party to a relation
 *       ("ties with Yerevan"), and only a place elsewhere;
 *   <li>organisations and known groups by name ({@code known-groups.tsv}: "UN Security Council" →
 *       {@code IGOUNO});
 *   <li>descriptions and titles: role nouns and adjectives give types ("peacekeepers" MIL,
 *       "separatist" REB, "presidential ... advisor" GOV), nationality words and country names in
 *       them give the country ("Russian peacekeepers" → {@code RUSMIL}, "the foreign minister of
 *       Armenia" → {@code ARMGOV}); a person takes the role stated before the name, in apposition
 *       or by a linked description ("the official");
 *   <li>a state role (government, military, police, ...) with no country stated takes the only
 *       country its sentence names (by name, capital or place: "police arrested dozens in Kyiv" →
 *       {@code UKRCOP}), else the article's most mentioned state when that state has more than half
 *       of the state mentions, and the rule says which; a role for an organisation the lexicons do
 *       not know ("a spokesman for the State Department") takes no country;
 *   <li>a plural nationality ("Karabakh Armenians") is that country's civilians ({@code ARMCVL}).
 * </ul>
 *
 * Pronouns are coded like the entity they refer to, by the same rules (a country's "it" that says
 * something is the government).
 */
public final class ActorCoder implements Stage {

  private static final Set<String> SUBJECT_RELATIONS =
      Set.of("nsubj", "nsubj:pass", "csubj", "nsubj:xsubj", "nsubj:outer");
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "from",
          "to",
          "into",
          "across",
          "throughout",
          "within",
          "inside",
          "outside",
          "around",
          "through",
          "via",
          "towards",
          "toward",
          "onto",
          "beyond",
          "off",
          "along",
          "out");
  private static final Set<String> PARTNER = Set.of("with", "against", "between", "and", "by");
  private static final Set<String> STATE_TYPES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  private static final Set<String> NON_STATE_ARMED = Set.of("REB", "INS", "SEP", "UAF", "OPP");

  /** Nouns of action and decision whose possessor acts ("Baku's actions"). */
  private static final Set<String> ACTION_NOUNS =
      Set.of(
          "action",
          "decision",
          "offensive",
          "operation",
          "attack",
          "agenda",
          "policy",
          "plan",
          "proposal",
          "offer",
          "move",
          "step",
          "stance",
          "position",
          "response",
          "demand",
          "threat",
          "statement",
          "call",
          "bid",
          "effort",
          "campaign",
          "strike",
          "war",
          "support",
          "aim",
          "goal",
          "intention",
          "refusal",
          "approach",
          "reform",
          "decree",
          "law",
          "sanction",
          "initiative",
          "strategy",
          "announcement",
          "claim",
          "warning",
          "request",
          "assault",
          "invasion",
          "victory",
          "withdrawal",
          "deployment",
          "control",
          "recognition",
          "veto",
          "vote",
          "ban",
          "order",
          "commitment",
          "pledge",
          "promise");

  private final ActorLexicon lexicon;
  private final Gazetteer gazetteer;

  public ActorCoder() {
    this(ActorLexicon.bundled(), Gazetteer.bundled());
  }

  public ActorCoder(ActorLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Doc apply(Doc doc) {
    return doc.withActors(new Coding(doc).run());
  }

  /** How a mention of a state or capital takes part in its clause. */
  enum Role {
    AGENT,
    PARTNER,
    PLACE,
    OTHER
  }

  /** The role of a mention, the token that shows it, and the role in words. */
  record Participation(Role role, int token, String why) {}

  /** One mention's code before actors are grouped. */
  private record Coded(int mention, String code, String rule, Span evidence) {}

  /** What an entity is, for coding. */
  private record StateEntity(String country, boolean capital) {}

  private final class Coding {
    private final Doc doc;
    private final Syntax syntax;
    private final String date;
    private final Map<Integer, StateEntity> states = new HashMap<>();
    private String mainState = "";
    private int mainStateMentions;
    private int stateMentions;

    Coding(Doc doc) {
      this.doc = doc;
      this.syntax = new Syntax(doc);
      String published = doc.metadata().published().orElse("");
      this.date = published.length() >= 10 ? published.substring(0, 10).replace("-", "") : "";
    }

    List<Actor> run() {
      findStates();
      List<Actor> actors = new ArrayList<>();
      for (Entity entity : doc.entities()) {
        List<Coded> coded = code(entity);
        Map<String, List<Coded>> byCode = new LinkedHashMap<>();
        for (Coded c : coded) {
          byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Coded>> e : byCode.entrySet()) {
          Coded first = e.getValue().get(0);
          CodeParts parts = lexicon.parse(e.getKey());
          actors.add(
              new Actor(
                  entity.id(),
                  e.getValue().stream().map(Coded::mention).sorted().toList(),
                  e.getKey(),
                  entity.name(),
                  parts.country(),
                  parts.types(),
                  parts.knownGroup(),
                  first.rule(),
                  first.evidence()));
        }
      }
      return actors;
    }

    // ---- states and capitals ----

    private void findStates() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Entity entity : doc.entities()) {
        if (!(entity.type().equals("GPE") || entity.type().equals("LOCATION"))) {
          continue;
        }
        Optional<String> country = lexicon.country(entity.name());
        StateEntity state = null;
        if (country.isPresent()) {
          state = new StateEntity(country.get(), false);
        } else {
          Optional<String> capitalOf = capitalOf(entity.name());
          if (capitalOf.isPresent()) {
            state = new StateEntity(capitalOf.get(), true);
          }
        }
        if (state != null) {
          states.put(entity.id(), state);
          counts.merge(state.country(), entity.mentions().size(), Integer::sum);
          stateMentions += entity.mentions().size();
        }
      }
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (c.getValue() > mainStateMentions) {
          mainState = c.getKey();
          mainStateMentions = c.getValue();
        }
      }
    }

    /** The CAMEO country whose capital this name is, when its most populous place is a capital. */
    private Optional<String> capitalOf(String name) {
      for (GazetteerEntry entry : gazetteer.lookup(name)) {
        if (entry.isCountry() || entry.isDivision() || entry.isRegion()) {
          continue;
        }
        if (entry.featureCode().equals("PPLC") && Gazetteer.isPrimaryName(entry, name)) {
          return lexicon.countryOfIso2(entry.country());
        }
        return Optional.empty(); // the most populous place of that name is not a capital
      }
      return Optional.empty();
    }

    // ---- coding one entity ----

    private List<Coded> code(Entity entity) {
      Optional<List<Coded>> fromDictionary = fromDictionary(entity);
      if (fromDictionary.isPresent()) {
        return fromDictionary.get();
      }
      StateEntity state = states.get(entity.id());
      if (state != null) {
        return codeState(entity, state);
      }
      if (entity.type().equals("GPE") || entity.type().equals("LOCATION")) {
        return List.of();
      }
      Optional<String> group = knownGroup(entity);
      if (group.isPresent()) {
        Span evidence = doc.mentions().get(entity.mentions().get(0)).span();
        return all(entity, group.get(), "known group or organisation by name", evidence);
      }
      return codeByDescription(entity);
    }

    private Optional<List<Coded>> fromDictionary(Entity entity) {
      if (!lexicon.hasDictionary()) {
        return Optional.empty();
      }
      for (int m : entity.mentions()) {
        Mention mention = doc.mentions().get(m);
        if (mention.kind() == Mention.Kind.PRONOUN) {
          continue;
        }
        String text = cleanName(mention.text());
        Optional<PetrarchDictionary.Entry> entry = lexicon.dictionaryEntry(text);
        if (entry.isEmpty() && mention.kind() == Mention.Kind.NAME) {
          entry = lexicon.dictionaryEntry(entity.name());
        }
        if (entry.isPresent()) {
          Optional<String> code = entry.get().codeOn(date);
          if (code.isEmpty() || code.get().isEmpty()) {
            return Optional.of(List.of()); // listed as no actor ("---")
          }
          return Optional.of(
              all(
                  entity,
                  code.get(),
                  "actor dictionary entry " + entry.get().name(),
                  mention.span()));
        }
      }
      return Optional.empty();
    }

    private Optional<String> knownGroup(Entity entity) {
      Optional<String> byName = lexicon.knownGroup(entity.name());
      if (byName.isPresent()) {
        return byName;
      }
      for (int m : entity.mentions()) {
        Mention mention = doc.mentions().get(m);
        if (mention.kind() == Mention.Kind.NAME) {
          Optional<String> hit = lexicon.knownGroup(cleanName(mention.text()));
          if (hit.isPresent()) {
            return hit;
          }
        }
      }
      return Optional.empty();
    }

    private List<Coded> all(Entity entity, String code, String rule, Span evidence) {
      List<Coded> out = new ArrayList<>();
      for (int m : entity.mentions()) {
        out.add(new Coded(m, code, rule, evidence));
      }
      return out;
    }

    private List<Coded> codeState(Entity entity, StateEntity state) {
      List<Coded> out = new ArrayList<>();
      for (int m : entity.mentions()) {
        Mention mention = doc.mentions().get(m);
        Participation p = participation(mention.span());
        Span evidence = p.token() >= 0 ? syntax.token(p.token()).span() : mention.span();
        String gov = state.country() + "GOV";
        if (state.capital()) {
          if (p.role() == Role.AGENT || p.role() == Role.PARTNER) {
            out.add(
                new Coded(
                    m,
                    gov,
                    "capital as seat of government ("
                        + entity.name()
                        + ", capital of "
                        + lexicon.countryName(state.country()).orElse(state.country())
                        + ") "
                        + p.why(),
                    evidence));
          }
        } else if (p.role() == Role.AGENT) {
          out.add(new Coded(m, gov, "country as agent: its government, " + p.why(), evidence));
        } else if (p.role() != Role.PLACE) {
          out.add(new Coded(m, state.country(), "country name", mention.span()));
        }
      }
      return out;
    }

    // ---- agent or place ----

    Participation participation(Span span) {
      int head = syntax.headOf(span);
      if (head < 0) {
        return new Participation(Role.OTHER, -1, "");
      }
      return participation(head, 0);
    }

    private Participation participation(int token, int depth) {
      String rel = syntax.relation(token);
      int gov = syntax.head(token);
      if (rel.startsWith("conj") && gov >= 0 && depth < 3) {
        return participation(gov, depth + 1);
      }
      String prep = caseOf(token);
      if (SUBJECT_RELATIONS.contains(rel) && gov >= 0) {
        String pos = syntax.pos(gov);
        String word = syntax.token(gov).text();
        if (pos.startsWith("VB")) {
          return new Participation(
              Role.AGENT,
              gov,
              (rel.equals("nsubj:pass") ? "subject of passive '" : "subject of '") + word + "'");
        }
        if (pos.startsWith("JJ")) {
          return new Participation(
              Role.AGENT, gov, "subject of predicate adjective '" + word + "'");
        }
        return new Participation(Role.OTHER, gov, "");
      }
      if (rel.equals("obl:agent") || (prep.equals("by") && rel.startsWith("obl"))) {
        return new Participation(
            Role.AGENT,
            gov,
            "agent of passive '" + (gov >= 0 ? syntax.token(gov).text() : "") + "'");
      }
      if (rel.equals("nmod:poss") && gov >= 0) {
        String noun = syntax.lemma(gov);
        if (isActionNoun(noun)) {
          return new Participation(
              Role.AGENT, gov, "possessor of '" + syntax.token(gov).text() + "'");
        }
        return new Participation(Role.OTHER, gov, "");
      }
      if (LOCATIVE.contains(prep)) {
        return new Participation(Role.PLACE, caseToken(token), "after '" + prep + "'");
      }
      if (PARTNER.contains(prep)) {
        return new Participation(
            Role.PARTNER, caseToken(token), "party to a relation ('" + prep + "')");
      }
      return new Participation(Role.OTHER, -1, "");
    }

    private boolean isActionNoun(String lemma) {
      return ACTION_NOUNS.contains(lemma)
          || lemma.endsWith("tion")
          || lemma.endsWith("sion")
          || lemma.endsWith("ment");
    }

    private String caseOf(int token) {
      int c = caseToken(token);
      return c >= 0 ? syntax.lemma(c) : "";
    }

    private int caseToken(int token) {
      for (int d : syntax.dependents(token)) {
        if (syntax.relation(d).equals("case") && !syntax.pos(d).equals("POS")) {
          return d;
        }
      }
      return -1;
    }

    // ---- descriptions, titles and people ----

    /** What the words of a description say: country, types, known group, and where. */
    private final class Description {
      String country = "";
      String group = "";
      String headType = "";
      boolean needsCountry;
      String modifierType = "";
      int first = Integer.MAX_VALUE;
      int last = -1;

      void see(int t) {
        first = Math.min(first, t);
        last = Math.max(last, t);
      }

      boolean unknownAffiliation;

      /**
       * The type: a non-state armed or opposition modifier wins ("separatist forces" REB,
       * "opposition leader" OPP), so does any typed modifier of a generic government head
       * ("military officials" MIL, "police spokesman" COP); otherwise the head's type.
       */
      String types() {
        if (NON_STATE_ARMED.contains(modifierType)) {
          return modifierType;
        }
        if (!modifierType.isEmpty() && (headType.isEmpty() || headType.equals("GOV"))) {
          return modifierType;
        }
        return headType;
      }

      Span span() {
        return new Span(syntax.token(first).span().start(), syntax.token(last).span().end());
      }
    }

    private List<Coded> codeByDescription(Entity entity) {
      Description best = null;
      Description countrySource = null;
      for (int m : entity.mentions()) {
        Mention mention = doc.mentions().get(m);
        if (mention.kind() == Mention.Kind.PRONOUN) {
          continue;
        }
        Description d = describe(mention, entity.type().equals("PERSON"));
        if (!d.country.isEmpty() && countrySource == null) {
          countrySource = d;
        }
        if (best == null && (!d.types().isEmpty() || !d.group.isEmpty())) {
          best = d;
        } else if (best != null
            && best.country.isEmpty()
            && !d.country.isEmpty()
            && (!d.types().isEmpty() || !d.group.isEmpty())) {
          best = d;
        }
      }
      if (best == null) {
        if (entity.type().equals("NORP") && countrySource != null) {
          return all(
              entity,
              countrySource.country + "CVL",
              "people of a nationality, as civilians",
              countrySource.span());
        }
        return List.of();
      }
      String country = !best.country.isEmpty() ? best.country : "";
      Span countrySpan = best.span();
      if (country.isEmpty() && countrySource != null) {
        country = countrySource.country;
      }
      String type = best.types();
      if (!best.group.isEmpty() && country.isEmpty()) {
        return all(entity, best.group, "known group named in the description", best.span());
      }
      if (country.isEmpty() && best.needsCountry) {
        return List.of();
      }
      String rule;
      if (!country.isEmpty()) {
        rule =
            entity.type().equals("PERSON")
                ? "role and country stated with the name"
                : "role and nationality in the description";
      } else if (STATE_TYPES.contains(type) && !best.unknownAffiliation) {
        Optional<String[]> inherited = impliedState(entity);
        if (inherited.isPresent()) {
          country = inherited.get()[0];
          rule = "state role without a stated country: " + inherited.get()[1];
        } else {
          rule = "state role without a stated country, none implied";
        }
      } else if (best.unknownAffiliation) {
        rule = "role for an organisation the lexicons do not know, so no country";
      } else {
        rule = "role without a country";
      }
      return all(entity, country + type, rule, countrySpan);
    }

    /**
     * The state a state role with no stated country belongs to, with the reason: the only country
     * the sentence of the entity's first mention names (by name, capital or place), else the
     * article's most mentioned state when it has more than half of the state mentions.
     */
    private Optional<String[]> impliedState(Entity entity) {
      Mention first = doc.mentions().get(entity.mentions().get(0));
      int sentence = doc.sentenceAt(first.span().start());
      Set<String> named = new java.util.LinkedHashSet<>();
      for (Mention m : doc.mentions()) {
        if (m.kind() == Mention.Kind.PRONOUN
            || sentence < 0
            || doc.sentenceAt(m.span().start()) != sentence
            || !(m.type().equals("GPE") || m.type().equals("LOCATION"))) {
          continue;
        }
        StateEntity state = states.get(m.entity());
        if (state != null) {
          named.add(state.country());
        } else {
          List<GazetteerEntry> places = gazetteer.lookup(cleanName(m.text()));
          if (!places.isEmpty()) {
            lexicon.countryOfIso2(places.get(0).country()).ifPresent(named::add);
          }
        }
      }
      if (named.size() == 1) {
        String c = named.iterator().next();
        return Optional.of(
            new String[] {
              c, "the only country its sentence names (" + lexicon.countryName(c).orElse(c) + ")"
            });
      }
      if (!mainState.isEmpty() && 2 * mainStateMentions > stateMentions) {
        return Optional.of(
            new String[] {
              mainState,
              "country of the article's most mentioned state ("
                  + lexicon.countryName(mainState).orElse(mainState)
                  + ", "
                  + mainStateMentions
                  + " of "
                  + stateMentions
                  + " state mentions)"
            });
      }
      return Optional.empty();
    }

    /**
     * Reads the words of a mention (and, for a name, the title and apposition around it) for role
     * nouns, title adjectives, nationality words, country names and known groups.
     */
    private Description describe(Mention mention, boolean person) {
      Description d = new Description();
      int[] range = syntax.tokenRange(mention.span());
      int head = syntax.headOf(mention.span());
      List<Integer> words = new ArrayList<>();
      for (int t = range[0]; t < range[1]; t++) {
        words.add(t);
      }
      if (head >= 0) {
        for (int dep : syntax.dependents(head)) {
          if (dep >= range[0] && dep < range[1]) {
            continue;
          }
          String rel = syntax.relation(dep);
          boolean title =
              mention.kind() == Mention.Kind.NAME
                  && (rel.equals("appos") || rel.equals("compound") || rel.equals("amod"));
          String prep = caseOf(dep);
          boolean ofWhom =
              rel.startsWith("nmod")
                  && (prep.equals("of") || prep.equals("from") || prep.equals("for"));
          if (title || ofWhom) {
            collectSubtree(dep, words);
          }
        }
      }
      // Nationalities and countries of several words first: "South Korean", "United States".
      java.util.Collections.sort(words);
      Set<Integer> consumed = new java.util.HashSet<>();
      for (int n = 3; n >= 2; n--) {
        for (int i = 0; i + n <= words.size(); i++) {
          int a = words.get(i);
          int b = words.get(i + n - 1);
          if (b - a != n - 1 || consumed.contains(a) || consumed.contains(b)) {
            continue;
          }
          String phrase =
              doc.text().substring(syntax.token(a).span().start(), syntax.token(b).span().end());
          Optional<String> country = lexicon.demonym(phrase).or(() -> lexicon.country(phrase));
          if (country.isPresent()) {
            if (d.country.isEmpty()) {
              d.country = country.get();
            }
            d.see(a);
            d.see(b);
            for (int t = a; t <= b; t++) {
              consumed.add(t);
            }
          }
        }
      }
      for (int t : words) {
        if (consumed.contains(t)) {
          continue;
        }
        if (person && "PERSON".equals(syntax.token(t).ner()) && t != head) {
          continue;
        }
        String lemma = syntax.lemma(t);
        String text = syntax.token(t).text();
        String pos = syntax.pos(t);
        Optional<String> demonym = lexicon.demonym(text);
        Optional<String> country = pos.startsWith("NNP") ? lexicon.country(text) : Optional.empty();
        if (demonym.isPresent() && (t != head || !person)) {
          if (d.country.isEmpty()) {
            d.country = demonym.get();
          }
          d.see(t);
          continue;
        }
        if (country.isPresent()) {
          if (d.country.isEmpty()) {
            d.country = country.get();
          }
          d.see(t);
          continue;
        }
        Optional<String> group = lexicon.knownGroup(text);
        if (group.isPresent() && pos.startsWith("NNP")) {
          d.group = group.get();
          d.see(t);
          continue;
        }
        boolean outsideName = mention.kind() != Mention.Kind.NAME || t < range[0] || t >= range[1];
        if (pos.startsWith("NN") && (!pos.startsWith("NNP") || outsideName)) {
          // Capitalized titles count outside a name: "Foreign Minister Sergei Lavrov".
          Optional<RoleType> role = lexicon.roleNoun(pos.startsWith("NNP") ? text : lemma);
          if (role.isEmpty() && pos.equals("NNPS")) {
            role = lexicon.roleNoun(lemma);
          }
          if (role.isPresent()) {
            if (t == head || d.headType.isEmpty() && isHeadLike(t, words)) {
              d.headType = role.get().type();
              d.needsCountry = role.get().needsCountry();
            } else if (d.modifierType.isEmpty()) {
              d.modifierType = role.get().type();
            }
            d.see(t);
            continue;
          }
        }
        if (pos.startsWith("NNP") && outsideName && isAffiliation(t)) {
          // "a spokesman for the State Department": an affiliation the lexicons do not know.
          d.unknownAffiliation = true;
        }
        if (pos.startsWith("JJ") || pos.startsWith("NN")) {
          Optional<String> adjective = lexicon.roleAdjective(lemma);
          if (adjective.isPresent()) {
            if (d.modifierType.isEmpty()) {
              d.modifierType = adjective.get();
            }
            d.see(t);
          }
        }
      }
      return d;
    }

    /**
     * A proper noun in a "for/of/at X" phrase, or the head of one ("State" in "State Department").
     */
    private boolean isAffiliation(int t) {
      int h = t;
      for (int i = 0; i < 3 && h >= 0; i++) {
        String prep = caseOf(h);
        if (syntax.relation(h).startsWith("nmod")
            && (prep.equals("for") || prep.equals("of") || prep.equals("at"))) {
          return true;
        }
        if (!syntax.relation(h).equals("compound")) {
          return false;
        }
        h = syntax.head(h);
      }
      return false;
    }

    /** A role noun that heads its own phrase (a title before a name, an apposition's head). */
    private boolean isHeadLike(int t, List<Integer> words) {
      String rel = syntax.relation(t);
      return !rel.equals("amod")
          && !(rel.equals("compound")
              && words.contains(syntax.head(t))
              && syntax.pos(syntax.head(t)).startsWith("NN")
              && !syntax.pos(syntax.head(t)).startsWith("NNP"));
    }

    private void collectSubtree(int token, List<Integer> into) {
      if (into.contains(token)) {
        return;
      }
      into.add(token);
      for (int d : syntax.dependents(token)) {
        String rel = syntax.relation(d);
        if (!rel.equals("acl:relcl") && !rel.startsWith("punct")) {
          collectSubtree(d, into);
        }
      }
    }
  }

  /** A name without a leading article or a trailing possessive. */
  static String cleanName(String name) {
    String n = name.strip();
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s") || n.endsWith("\u2019s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n.strip();
  }
}

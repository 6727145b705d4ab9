package org.herodotus.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.PetrarchDictionary;

/**
 * Actor codes from PETRARCH-format actor and agent dictionaries (as in the PETRARCH2 validation
 * suite). An actor phrase ({@code GONDOR [GON]}, synonyms on {@code +} lines, codes restricted to
 * dates, read by {@link PetrarchDictionary}) gives its code, on the story's date when one is set
 * ({@link #on}); an agent word composes with it as PETRARCH does: {@code PRESIDENT [~GOV]} adds its
 * code after the actor's ("Gondor's president" → GONGOV), {@code MSF [NGO~]} before it ("MSF Arnor"
 * → NGOARN); an agent already at that end of the code is not added twice; an agent without an actor
 * is coded {@code ---GOV} ("a senior official"). Agent substitution sets ({@code !PERSON! = MAN,
 * WOMAN}) are expanded.
 */
public final class PetrarchActorCodes implements ActorCodes {

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SUBSTITUTION = Pattern.compile("^!(\\w+)!\\s*=\\s*(.+)$");

  /** An agent's code and whether it goes before the actor's code ({@code NGO~}). */
  record Agent(String code, boolean prefix) {}

  private final PetrarchDictionary actors;
  private final Map<String, Agent> agents;
  private final String date;

  private PetrarchActorCodes(PetrarchDictionary actors, Map<String, Agent> agents, String date) {
    this.actors = actors;
    this.agents = Map.copyOf(agents);
    this.date = date;
  }

  /** Reads an actor dictionary and, optionally, an agent dictionary. */
  public static PetrarchActorCodes load(Path actorFile, Optional<Path> agentFile) {
    Map<String, Agent> agents = new HashMap<>();
    agentFile.ifPresent(f -> readAgents(f, agents));
    return new PetrarchActorCodes(PetrarchDictionary.read(actorFile), agents, "");
  }

  /** These codes for a story of a date (YYYYMMDD): date-restricted actor codes apply. */
  public PetrarchActorCodes on(String yyyymmdd) {
    return new PetrarchActorCodes(actors, agents, yyyymmdd == null ? "" : yyyymmdd);
  }

  private static void readAgents(Path file, Map<String, Agent> into) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH dictionary " + file, e);
    }
    Map<String, List<String>> substitutions = new HashMap<>();
    List<String> pending = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.replaceAll("#.*$", "").replaceAll("<!--.*?-->", "").strip();
      if (line.isEmpty() || line.startsWith("<")) {
        continue;
      }
      Matcher sub = SUBSTITUTION.matcher(line);
      if (sub.matches()) {
        List<String> words = new ArrayList<>();
        for (String w : sub.group(2).split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip());
          }
        }
        substitutions.put(sub.group(1).toUpperCase(Locale.ROOT), words);
        continue;
      }
      Matcher m = CODE.matcher(line);
      String phrase = m.find() ? line.substring(0, m.start()) : line;
      phrase = phrase.replaceAll("\\{[^}]*\\}", "").strip();
      if (phrase.startsWith("+")) {
        phrase = phrase.substring(1);
      } else if (!phrase.isEmpty()) {
        pending.clear();
      }
      if (!phrase.isEmpty()) {
        pending.addAll(expand(phrase, substitutions));
      }
      m.reset();
      if (m.find()) {
        String code = m.group(1).strip().split("[\\s/]")[0];
        boolean prefix = code.endsWith("~");
        code = code.replace("~", "").strip();
        if (code.matches("[A-Za-z]{3,}")) {
          for (String p : pending) {
            into.putIfAbsent(p, new Agent(code.toUpperCase(Locale.ROOT), prefix));
          }
        }
      }
    }
  }

  /** A phrase with its {@code !SET!} markers replaced by each word of the set. */
  private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
    Matcher m = Pattern.compile("!(\\w+)!").matcher(phrase);
    if (!m.find()) {
      return List.of(key(phrase));
    }
    List<String> out = new ArrayList<>();
    for (String w : substitutions.getOrDefault(m.group(1).toUpperCase(Locale.ROOT), List.of())) {
      out.addAll(
          expand(phrase.substring(0, m.start()) + w + phrase.substring(m.end()), substitutions));
    }
    return out;
  }

  private static String key(String phrase) {
    return phrase
        .replace('_', ' ')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9' -]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Override
  public Optional<String> codeOf(Doc doc, int mention) {
    return lookup(doc.mentions().get(mention).text());
  }

  @Override
  public Optional<String> codeOfPhrase(Doc doc, Span span) {
    return lookup(doc.slice(span));
  }

  private static boolean named(PetrarchDictionary.Entry entry, String phrase) {
    if (key(entry.name()).equals(phrase)) {
      return true;
    }
    for (String s : entry.synonyms()) {
      if (key(s).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The code of a phrase: the longest actor phrase in it, with the agents around it composed. */
  Optional<String> lookup(String text) {
    String[] words = key(text.replace("'s", " ").replace("-", " ")).split(" ");
    String actor = null;
    int actorFrom = -1;
    int actorTo = -1;
    // exact names first, anywhere in the phrase; then names that start a longer word
    for (int pass = 0; pass < 2 && actor == null; pass++) {
      for (int n = Math.min(5, words.length); n >= 1 && actor == null; n--) {
        for (int i = 0; i + n <= words.length && actor == null; i++) {
          String phrase = String.join(" ", List.of(words).subList(i, i + n));
          if (phrase.isBlank() || (n == 1 && words[i].length() < 3)) {
            continue;
          }
          Optional<PetrarchDictionary.Entry> entry = actors.lookup(phrase);
          if (entry.isPresent() && pass == 0 && !named(entry.get(), phrase)) {
            continue;
          }
          if (entry.isPresent()) {
            Optional<String> code = entry.get().codeOn(date);
            if (code.isEmpty() || code.get().isEmpty()) {
              continue;
            }
            actor = code.get().split("/")[0].toUpperCase(Locale.ROOT);
            actorFrom = i;
            actorTo = i + n;
          }
        }
      }
    }
    Agent prefix = null;
    Agent suffix = null;
    boolean[] used = new boolean[words.length];
    for (int i = Math.max(0, actorFrom); i < Math.max(0, actorTo); i++) {
      used[i] = true;
    }
    for (int n = Math.min(4, words.length); n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        boolean free = true;
        for (int k = i; k < i + n; k++) {
          free &= !used[k];
        }
        if (!free) {
          continue;
        }
        String phrase = String.join(" ", List.of(words).subList(i, i + n));
        Agent agent = agents.get(phrase);
        if (agent == null && phrase.endsWith("s")) {
          agent = agents.get(phrase.substring(0, phrase.length() - 1));
        }
        if (agent == null && phrase.endsWith("es")) {
          agent = agents.get(phrase.substring(0, phrase.length() - 2));
        }
        if (agent == null) {
          continue;
        }
        if (agent.prefix() && prefix == null) {
          prefix = agent;
        } else if (!agent.prefix() && suffix == null) {
          suffix = agent;
        } else {
          continue;
        }
        for (int k = i; k < i + n; k++) {
          used[k] = true;
        }
      }
    }
    if (actor == null && prefix == null && suffix == null) {
      return Optional.empty();
    }
    String code = actor == null ? "---" : actor;
    if (suffix != null && !code.endsWith(suffix.code())) {
      code = code + suffix.code();
    }
    if (prefix != null && !code.startsWith(prefix.code())) {
      code = prefix.code() + code;
    }
    return Optional.of(code);
  }
}

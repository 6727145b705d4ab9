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

/**
 * Actor codes from PETRARCH-format actor and agent dictionaries (as in the PETRARCH2 validation
 * suite): an actor phrase ({@code GONDOR [GON]}, synonyms on {@code +} lines) gives its code; an
 * agent word ({@code PRESIDENT [~GOV]}) adds its role to the actor found beside it ("Gondor's
 * president" → GONGOV). Only the phrase and the first code are read: date restrictions and
 * compound-actor syntax are left out.
 */
public final class PetrarchActorCodes implements ActorCodes {

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private final Map<String, String> actors;
  private final Map<String, String> agents;
  private final int longest;

  private PetrarchActorCodes(Map<String, String> actors, Map<String, String> agents) {
    this.actors = Map.copyOf(actors);
    this.agents = Map.copyOf(agents);
    int max = 1;
    for (String k : actors.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.longest = max;
  }

  /** Reads an actor dictionary and, optionally, an agent dictionary. */
  public static PetrarchActorCodes load(Path actorFile, Optional<Path> agentFile) {
    Map<String, String> actors = new HashMap<>();
    Map<String, String> agents = new HashMap<>();
    read(actorFile, actors, false);
    agentFile.ifPresent(f -> read(f, agents, true));
    return new PetrarchActorCodes(actors, agents);
  }

  private static void read(Path file, Map<String, String> into, boolean agent) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH dictionary " + file, e);
    }
    List<String> pending = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.replaceAll("#.*$", "").replaceAll("<!--.*?-->", "").strip();
      if (line.isEmpty() || line.startsWith("<") || line.startsWith("!")) {
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
        pending.add(key(phrase));
      }
      m.reset();
      if (m.find()) {
        String code = m.group(1).strip().split("[\\s/]")[0];
        if (agent) {
          code = code.startsWith("~") ? code.substring(1) : code;
        }
        if (code.matches("[A-Za-z]{3,}")) {
          for (String p : pending) {
            into.putIfAbsent(p, code.toUpperCase(Locale.ROOT));
          }
        }
      }
    }
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

  /** The code of a phrase: the longest actor phrase in it, with an agent's role added. */
  Optional<String> lookup(String text) {
    String[] words = key(text.replace("'s", " ")).split(" ");
    String actor = null;
    String agent = null;
    for (int n = Math.min(longest, words.length); n >= 1 && actor == null; n--) {
      for (int i = 0; i + n <= words.length && actor == null; i++) {
        actor = actors.get(String.join(" ", List.of(words).subList(i, i + n)));
      }
    }
    for (int n = Math.min(3, words.length); n >= 1 && agent == null; n--) {
      for (int i = 0; i + n <= words.length && agent == null; i++) {
        String phrase = String.join(" ", List.of(words).subList(i, i + n));
        agent = agents.get(phrase);
        if (agent == null && phrase.endsWith("s")) {
          agent = agents.get(phrase.substring(0, phrase.length() - 1));
        }
      }
    }
    if (actor == null) {
      return Optional.empty();
    }
    return Optional.of(agent == null || actor.endsWith(agent) ? actor : actor + agent);
  }
}

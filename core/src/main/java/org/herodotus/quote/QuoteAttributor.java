package org.herodotus.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.herodotus.lexicon.SpeechVerbs;
import org.herodotus.pipeline.Stage;

/**
 * Finds quotations and reported speech and who said them, from the text and the dependency parse.
 *
 * <ul>
 *   <li>Quoted text ({@link QuoteMarks}) is <em>direct</em> when it holds a clause (a subject, a
 *       verb at its top, or a whole sentence) and <em>partial</em> when it is a fragment inside a
 *       sentence. Its cue is the speech verb ({@code speech-verbs.tsv}) that governs it, or one
 *       attached to it ("..., he said"), or "according to X"; a quote filling its own sentence with
 *       no cue takes the cue of a preceding sentence ending in a colon, or continues the direct
 *       quote just before it.
 *   <li>A quoted fragment with no cue that repeats an earlier quote's words is an <em>echo</em> of
 *       it and keeps its speaker.
 *   <li>Reported speech is <em>indirect</em>: a speech or thought verb's clausal complement ("He
 *       said Baku was ready"), the object of verbs whose object is what was said ("announced an end
 *       to its offensive"), and sentences with "according to X".
 *   <li>The speaker is the cue's subject (a participle such as "adding" or a conjoined verb takes
 *       the subject of the verb it hangs from), resolved through the mention and entity layers to
 *       the entity's canonical name, with the role and affiliation the text gives it ({@link
 *       Roles}). A quote whose speaker the text does not give has none, with the reason.
 * </ul>
 */
public final class QuoteAttributor implements Stage {

  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:xsubj");

  /** Prepositions that give where something was said ("on", "in" a program), not what. */
  private static final Set<String> VENUE_PREPOSITIONS =
      Set.of("on", "in", "at", "during", "with", "from", "to");

  /** Words a title leaves in lower case. */
  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by");

  private final SpeechVerbs verbs;

  /** Mention types that can say something. */
  private static final Set<String> SPEAKING_TYPES =
      Set.of("PERSON", "ORGANIZATION", "GROUP", "GPE");

  /** Headline sources that are no name ("Poll: Clinton and Trump in dead heat"). */
  private static final Set<String> SOURCE_NOUNS =
      Set.of("poll", "new poll", "survey", "study", "report", "sources", "officials");

  public QuoteAttributor() {
    this(SpeechVerbs.bundled());
  }

  public QuoteAttributor(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Doc apply(Doc doc) {
    Doc quoted = doc.withQuotes(new Run(doc).quotes());
    return quoted.withAttributions(AttributionAssembler.assemble(quoted));
  }

  /** A cue and the token whose subject speaks. */
  private record Cue(Span span, int verb, String rule, int sourceToken) {}

  private static final String HEADLINE_RULE =
      "headline: its source's name before a colon or a speech verb";

  /** ", according to" right after a quote's closing mark. */
  private static final Pattern ACCORDING_AFTER =
      Pattern.compile("[ \u00A0]*,?[ \u00A0]*(according)\\s");

  /** "Said Jane Doe, the mayor:" before a quote, the whole of its sentence up to the mark. */
  private static final Pattern INVERTED_LEAD =
      Pattern.compile(
          "\\s*(Said|Asked|Added|Wrote|Recalled|Explained|Noted|Replied|Responded)"
              + "\\s+([A-Z][^:;,\"\u201C\u201D]{0,60}?)(?:,[^:;\"\u201C\u201D]{0,80})?\\s*[:,]\\s*");

  private static final class Draft {
    Span span;
    Span content;
    Quote.Kind kind;
    Optional<Span> cue = Optional.empty();
    Optional<Speaker> speaker = Optional.empty();
    Optional<String> reason = Optional.empty();
    Draft echoOf;
    String rule;
    int cueVerb = -1;
    int sentence;
  }

  private final class Run {
    private final Doc doc;
    private final Parse parse;
    private final Roles roles;
    private final List<QuoteMarks.Marked> marks;
    private final Map<Integer, Optional<Speaker>> speakerCache = new HashMap<>();

    Run(Doc doc) {
      this.doc = doc;
      this.parse = new Parse(doc);
      this.roles = new Roles(doc, parse);
      this.marks = QuoteMarks.find(doc);
    }

    List<Quote> quotes() {
      List<Transcripts.Labelled> labelled =
          new ArrayList<>(Transcripts.turns(doc, label -> personNamed(label) >= 0));
      Transcripts.headline(doc, this::namesSource, lemma -> verbs.byLemma(lemma).isPresent())
          .ifPresent(labelled::add);
      List<Draft> marked = new ArrayList<>();
      for (QuoteMarks.Marked m : marks) {
        if (labelled.stream().anyMatch(l -> crosses(m, l))) {
          continue;
        }
        Draft d = markedQuote(m, marked);
        if (d != null) {
          marked.add(d);
        }
      }
      for (Transcripts.Labelled l : labelled) {
        if (!l.quoted(doc.text())) {
          marked.add(labelledQuote(l));
          continue;
        }
        for (Draft d : marked) {
          if (d.span.start() == l.content().start() && d.cue.isEmpty()) {
            // "Berg: 'We Are Ready for Talks'": the headline's quote is its source's.
            d.cue = Optional.of(l.cue());
            d.speaker = Optional.of(labelSpeaker(l.label()));
            d.rule = HEADLINE_RULE;
            if (d.span.equals(l.content())) {
              d.kind = Quote.Kind.DIRECT;
            }
          }
        }
      }
      List<Draft> all = new ArrayList<>(marked);
      for (Draft d : indirect(marked)) {
        if (labelled.stream().noneMatch(l -> l.headline() && l.content().overlaps(d.span))) {
          all.add(d);
        }
      }
      all.sort(Comparator.comparing((Draft d) -> d.span).thenComparing(d -> d.kind));
      Map<Draft, Integer> index = new IdentityHashMap<>();
      for (int i = 0; i < all.size(); i++) {
        index.put(all.get(i), i);
      }
      List<Quote> out = new ArrayList<>();
      for (Draft d : all) {
        out.add(
            new Quote(
                d.span,
                d.content,
                d.kind,
                d.cue,
                d.speaker,
                d.speaker.isPresent() ? Optional.empty() : d.reason,
                d.echoOf == null ? Optional.empty() : Optional.of(index.get(d.echoOf)),
                d.rule));
      }
      return out;
    }

    // ---- speaker labels: transcripts and headlines ----

    /**
     * A quote mark pairing that runs across a labelled statement's bounds: the opening marks of a
     * transcript's paragraphs, paired with each other. Quotes inside the words stay.
     */
    private boolean crosses(QuoteMarks.Marked m, Transcripts.Labelled l) {
      Span region = new Span(Math.max(0, l.label().start() - 1), l.content().end());
      return m.outer().overlaps(region) && !l.content().contains(m.outer());
    }

    /**
     * A transcript turn is a direct quote of its labelled speaker; a headline's claim after its
     * source's name is reported speech. The colon after the label, or a headline's verb, is the
     * cue.
     */
    private Draft labelledQuote(Transcripts.Labelled l) {
      Draft d = new Draft();
      d.span = l.content();
      d.content = l.content();
      d.kind = l.headline() ? Quote.Kind.INDIRECT : Quote.Kind.DIRECT;
      d.cue = Optional.of(l.cue());
      d.speaker = Optional.of(labelSpeaker(l.label()));
      d.rule = l.headline() ? HEADLINE_RULE : "transcript: the speaker's label before a colon";
      d.sentence = Math.max(0, doc.sentenceAt(l.content().start()));
      return d;
    }

    /**
     * The speaker a label names: a mention inside it, else a person of the article whose surname
     * the label is ("PENCE" for Mike Pence), else the label's words.
     */
    private Speaker labelSpeaker(Span label) {
      Speaker named = speakerNamed(label);
      if (named.entity() >= 0) {
        return named;
      }
      int person = personNamed(doc.slice(label));
      if (person < 0) {
        return named;
      }
      Entity e = doc.entities().get(person);
      Roles.RoleAndAffiliation ra = roles.of(e);
      return new Speaker(label, person, e.name(), ra.role(), ra.affiliation());
    }

    /** The person of the article whose surname is the label's last word, or -1. */
    private int personNamed(String label) {
      String[] words = label.trim().split("\\s+");
      String last = words[words.length - 1].replaceAll("[.'\u2019]+$", "");
      for (int i = 0; i < doc.entities().size(); i++) {
        Entity e = doc.entities().get(i);
        if (!e.type().equals("PERSON")) {
          continue;
        }
        String[] names = e.name().trim().split("\\s+");
        if (names.length > 1 && names[names.length - 1].equalsIgnoreCase(last)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Whether a headline's words before a colon name a source: a person or an organization the
     * article mentions, a surname of one of its people, or a poll, survey, study or report.
     */
    private boolean namesSource(Span label) {
      String words = doc.slice(label).toLowerCase(Locale.ROOT);
      if (SOURCE_NOUNS.contains(words)) {
        return true;
      }
      for (Mention m : doc.mentions()) {
        if (m.kind() == Mention.Kind.NAME
            && label.contains(m.span())
            && m.span().length() * 2 > label.length()
            && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
          return true;
        }
      }
      return personNamed(doc.slice(label)) >= 0;
    }

    // ---- quotes in quote marks ----

    private Draft markedQuote(QuoteMarks.Marked m, List<Draft> earlier) {
      int[] range = parse.tokensIn(m.inner());
      if (range[0] >= range[1] || nickname(m, range)) {
        return null;
      }
      List<Integer> inner = new ArrayList<>();
      for (int i = range[0]; i < range[1]; i++) {
        inner.add(i);
      }
      Draft d = new Draft();
      d.span = m.outer();
      d.content = m.inner();
      d.sentence = parse.token(range[0]).sentence();
      boolean multiSentence = parse.token(range[1] - 1).sentence() != d.sentence;
      List<Integer> tops = new ArrayList<>();
      for (int i : inner) {
        int h = parse.head[i];
        if (!parse.isPunct(i) && (h < range[0] || h >= range[1])) {
          tops.add(i);
        }
      }
      boolean clausal =
          multiSentence
              || coversSentence(range)
              || tops.stream().anyMatch(t -> isClause(t, range))
              || opensSentenceAsStatement(m, range);
      d.kind = clausal ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;

      Cue interrupting = interruptingCue(m);
      if (interrupting != null) {
        clausal = true;
        d.kind = Quote.Kind.DIRECT;
      }
      Cue cue = interrupting != null ? interrupting : governingCue(tops, range);
      if (cue != null && !clausal && utterance(range)) {
        clausal = true;
        d.kind = Quote.Kind.DIRECT;
      }
      if (cue == null && clausal) {
        cue = accordingAfter(m);
      }
      if (cue == null && clausal) {
        cue = attachedCue(range);
      }
      if (cue == null && clausal) {
        cue = nearbyCue(range);
      }
      if (cue == null && clausal) {
        cue = followingCue(m);
      }
      if (cue != null) {
        d.cue = Optional.of(cue.span());
        d.cueVerb = cue.verb();
        d.rule = cue.rule();
        speak(d, cue);
        return d;
      }
      if (clausal && (dashSource(d, m) || invertedLead(d, m))) {
        return d;
      }
      if (clausal) {
        Draft before = previousDirect(earlier, range);
        Cue colon = colonCue(range);
        if (colon != null) {
          d.cue = Optional.of(colon.span());
          d.cueVerb = colon.verb();
          d.rule = "cue in the sentence before, ending in a colon";
          speak(d, colon);
          return d;
        }
        if (before != null) {
          d.speaker = before.speaker;
          d.reason = before.reason;
          d.rule =
              before.kind == Quote.Kind.PARTIAL
                  ? "goes on from the fragment before it"
                  : "continues the quote before it";
          return d;
        }
        d.rule = "quote marks, no cue";
        d.reason = Optional.of("no speech verb introduces this quote and no quote precedes it");
        return d;
      }
      Draft echoed = echoed(m, earlier);
      if (echoed != null) {
        d.kind = Quote.Kind.ECHO;
        d.echoOf = echoed;
        d.speaker = echoed.speaker;
        d.reason =
            Optional.of("echo: repeats the words of an earlier quote, whose speaker is not known");
        d.rule = "echo of an earlier quote";
        return d;
      }
      d.rule = "quote marks, no cue";
      d.reason =
          Optional.of(
              "scare quotes: no speech verb governs the fragment and it repeats no earlier quote");
      return d;
    }

    /**
     * A nickname in quote marks inside a name ("Del. Marcia “Cia” Price"): one or two capitalized
     * words between two capitalized words, with no punctuation around them. Not a quotation.
     */
    private boolean nickname(QuoteMarks.Marked m, int[] range) {
      String text = doc.text();
      int before = m.outer().start();
      int after = m.outer().end();
      if (range[1] - range[0] > 2
          || before < 2
          || after + 1 >= text.length()
          || text.charAt(before - 1) != ' '
          || text.charAt(after) != ' '
          || !Character.isUpperCase(text.charAt(after + 1))
          || !Character.isLetter(text.charAt(before - 2))) {
        return false;
      }
      for (int i = range[0]; i < range[1]; i++) {
        if (!Character.isUpperCase(parse.token(i).text().charAt(0))) {
          return false;
        }
      }
      int wordStart = before - 1;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      return Character.isUpperCase(text.charAt(wordStart));
    }

    /**
     * A sentence that opens with an inverted speech verb and its speaker, then the quote ("Said
     * Jane Doe, the mayor: “...”"; the speaker starts with a capital, so "Asked about it, ..." is
     * not one): the parser reads the capitalized verb as part of the name, so no cue is found
     * otherwise.
     */
    private boolean invertedLead(Draft d, QuoteMarks.Marked m) {
      int sentence = doc.sentenceAt(m.outer().start());
      if (sentence < 0) {
        return false;
      }
      int start = doc.sentences().get(sentence).span().start();
      java.util.regex.Matcher lead =
          INVERTED_LEAD.matcher(doc.text().substring(start, m.outer().start()));
      if (!lead.matches()) {
        return false;
      }
      Span verb = new Span(start + lead.start(1), start + lead.end(1));
      Span name = new Span(start + lead.start(2), start + lead.end(2));
      d.speaker = Optional.of(speakerNamed(name));
      d.cue = Optional.of(verb);
      d.rule = "inverted speech verb opening the sentence";
      return true;
    }

    /**
     * The speaker a name span gives: the longest mention inside it that belongs to an entity, with
     * the entity's role and affiliation, else the words themselves.
     */
    private Speaker speakerNamed(Span name) {
      Mention best = null;
      for (Mention mention : doc.mentions()) {
        if (name.contains(mention.span())
            && mention.entity() >= 0
            && mention.entity() < doc.entities().size()
            && (best == null || mention.span().length() > best.span().length())) {
          best = mention;
        }
      }
      if (best == null) {
        return new Speaker(name, -1, doc.slice(name), Optional.empty(), Optional.empty());
      }
      Entity e = doc.entities().get(best.entity());
      Roles.RoleAndAffiliation ra = roles.of(e);
      return new Speaker(best.span(), best.entity(), e.name(), ra.role(), ra.affiliation());
    }

    /** White space, the no-break space included (Java's isWhitespace leaves it out). */
    private static boolean blank(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A quote signed with a dash and a name that ends its paragraph ("“...” ― Jane Doe"): the dash
     * is the cue, the name the speaker.
     */
    private boolean dashSource(Draft d, QuoteMarks.Marked m) {
      String text = doc.text();
      int i = m.outer().end();
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
        i++;
      }
      if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
        return false;
      }
      int dash = i;
      int end = text.indexOf('\n', dash);
      end = end < 0 ? text.length() : end;
      int start = dash + 1;
      // A no-break space often follows the dash ("” ―\u00A0Jane Doe").
      while (start < end && blank(text.charAt(start))) {
        start++;
      }
      while (end > start && blank(text.charAt(end - 1))) {
        end--;
      }
      if (end <= start || end - start > 80 || !Character.isUpperCase(text.charAt(start))) {
        return false;
      }
      Span name = new Span(start, end);
      d.speaker = Optional.of(speakerNamed(name));
      d.cue = Optional.of(new Span(dash, dash + 1));
      d.rule = "signed with a dash and a name";
      return true;
    }

    /**
     * A quote interrupted by its cue ("“That,” he added, “promises to ...”"): the part before the
     * cue ends in a comma, the cue clause sits alone between the two parts in one paragraph, and
     * both parts take its cue.
     */
    private Cue interruptingCue(QuoteMarks.Marked m) {
      int at = marks.indexOf(m);
      if (at + 1 < marks.size()) {
        Cue c = between(marks.get(at), marks.get(at + 1), false);
        if (c != null) {
          return c;
        }
      }
      return at > 0 ? between(marks.get(at - 1), marks.get(at), true) : null;
    }

    /**
     * The speech verb between two quotes that interrupts them ("“...,” she said, “...”"). Where the
     * gap holds two ("“...,” Trump said, adding later, “...”"), the first quote takes the first and
     * the second quote the last ({@code forSecond}).
     */
    private Cue between(QuoteMarks.Marked first, QuoteMarks.Marked second, boolean forSecond) {
      String text = doc.text();
      String inner = doc.slice(first.inner());
      if (!(inner.endsWith(",") || inner.endsWith(",\u2019") || inner.endsWith(",'"))
          || second.outer().start() - first.outer().end() > 80
          || second.outer().start() <= first.outer().end()
          || doc.paragraphAt(first.outer().end() - 1) != doc.paragraphAt(second.outer().start())) {
        return null;
      }
      String gap = text.substring(first.outer().end(), second.outer().start()).strip();
      if (!gap.endsWith(",") && !gap.endsWith(":")) {
        return null;
      }
      int[] range = parse.tokensIn(new Span(first.outer().end(), second.outer().start()));
      Cue found = null;
      for (int i = range[0]; i < range[1]; i++) {
        if (isSpeechVerb(i, false) && subjectOf(i) >= 0) {
          found = new Cue(parse.token(i).span(), i, "cue verb interrupting the quote", i);
          if (!forSecond) {
            break;
          }
        }
      }
      return found;
    }

    /**
     * A quote that opens its sentence and ends in a comma, question or exclamation mark before the
     * sentence goes on ("“Wall Street's a cynical place,” said Tim Hess") is a statement of its
     * own, whatever the parse made of it.
     */
    private boolean opensSentenceAsStatement(QuoteMarks.Marked m, int[] range) {
      String inner = doc.slice(m.inner());
      if (inner.isEmpty() || ",?!".indexOf(inner.charAt(inner.length() - 1)) < 0) {
        return false;
      }
      var sentence = parse.sentenceOf(range[0]);
      return firstNonPunct(sentence) == range[0] && range[1] < sentence.endToken() - 1;
    }

    /**
     * Words a speech verb introduces that make a whole utterance though they hold no clause
     * ("Mexicans say, “Poor Mexico, so far from God.”", "said, “Not going into that.”", "chanted
     * “What curfew?”"): at least two words, opening with a capital, ending in a full stop, question
     * or exclamation mark, and not a title in title case.
     */
    private boolean utterance(int[] range) {
      int last = range[1] - 1;
      while (last > range[0] && parse.isPunct(last) && !".?!".contains(parse.token(last).text())) {
        last--;
      }
      String end = parse.token(last).text();
      int words = 0;
      for (int i = range[0]; i < range[1]; i++) {
        if (!parse.isPunct(i)) {
          words++;
        }
      }
      return words >= 2
          && (end.equals(".") || end.equals("?") || end.equals("!"))
          && Character.isUpperCase(parse.token(range[0]).text().charAt(0))
          && !isTitle(range);
    }

    private boolean coversSentence(int[] range) {
      var sentence = parse.sentenceOf(range[0]);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if ((i < range[0] || i >= range[1]) && !parse.isPunct(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean isClause(int top, int[] range) {
      for (int c : parse.children.get(top)) {
        String r = parse.rel[c];
        if (c < range[0] || c >= range[1]) {
          continue;
        }
        if (r.startsWith("nsubj") || r.equals("expl") || r.startsWith("csubj")) {
          return true;
        }
      }
      String r = parse.rel[top];
      return parse.isVerb(top)
          && !parse.token(top).pos().equals("VBG")
          && !parse.token(top).pos().equals("VBN")
          && (r.equals("root") || r.equals("ccomp") || r.equals("parataxis"))
          && !goesOnAfter(top, range);
    }

    /**
     * Whether the verb's clause goes on after the closing mark: "would “roll back” his health law"
     * quotes a fragment of the clause, not the clause.
     */
    private boolean goesOnAfter(int verb, int[] range) {
      for (int c : parse.children.get(verb)) {
        if (c >= range[1] && !parse.isPunct(c) && !SUBJECT_RELATIONS.contains(parse.rel[c])) {
          String r = parse.rel[c];
          if (r.equals("obj")
              || r.equals("iobj")
              || r.equals("obl")
              || r.equals("xcomp")
              || r.equals("compound:prt")) {
            return true;
          }
        }
      }
      return false;
    }

    /** A speech verb on the head path of the quote, outside it, or "according to X" there. */
    private Cue governingCue(List<Integer> tops, int[] range) {
      for (int top : tops) {
        // "According to X, “...”": the phrase hangs from the quote's own top.
        Cue own = according(top);
        if (own != null && !textSpan(range).contains(own.span())) {
          return own;
        }
        int cur = parse.head[top];
        int steps = 0;
        while (cur >= 0 && steps++ < 50) {
          if (cur < range[0] || cur >= range[1]) {
            Cue according = according(cur);
            if (according != null) {
              return according;
            }
            if (isSpeechVerb(cur, false)) {
              if (venueTitle(cur, top, range)) {
                return null;
              }
              return new Cue(cueSpan(cur, top, range), cur, "cue verb governs the quote", cur);
            }
          }
          cur = parse.head[cur];
        }
      }
      return null;
    }

    /**
     * A title in quote marks naming where or to whom something was said ("said on CNN's “State of
     * the Union,”", "told “Morning Joe”"): the program, not the words said.
     */
    private boolean venueTitle(int verb, int top, int[] range) {
      if (parse.head[top] != verb || !isTitle(range)) {
        return false;
      }
      if (parse.rel[top].equals("iobj")
          || (parse.rel[top].equals("obj") && parse.token(verb).lemma().equals("tell"))) {
        return true;
      }
      for (int c : parse.children.get(top)) {
        if (parse.rel[c].equals("case")
            && c < range[0]
            && VENUE_PREPOSITIONS.contains(parse.lower(c))) {
          return true;
        }
      }
      return false;
    }

    /** Quoted words in title case: every word capitalized but short function words. */
    private boolean isTitle(int[] range) {
      boolean any = false;
      for (int i = range[0]; i < range[1]; i++) {
        String w = parse.token(i).text();
        if (parse.isPunct(i) || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        if (!Character.isUpperCase(w.charAt(0))
            && !(any && TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /** The text span of a token range. */
    private Span textSpan(int[] range) {
      return new Span(parse.token(range[0]).span().start(), parse.token(range[1] - 1).span().end());
    }

    /** "slammed ... as": the verb, stretched to a case word standing right before the quote. */
    private Span cueSpan(int verb, int top, int[] range) {
      Span v = parse.token(verb).span();
      if (parse.head[top] != verb) {
        return v;
      }
      for (int c : parse.children.get(top)) {
        if (parse.rel[c].equals("case") && c < range[0] && c > verb) {
          return new Span(v.start(), parse.token(c).span().end());
        }
      }
      return v;
    }

    /** A speech verb outside the quote that hangs from a token inside it ("..., he said"). */
    private Cue attachedCue(int[] range) {
      int sentenceIndex = parse.token(range[0]).sentence();
      var sentence = doc.sentences().get(sentenceIndex);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if ((i < range[0] || i >= range[1]) && isSpeechVerb(i, false) && !insideMarks(i)) {
          int h = parse.head[i];
          if (h >= range[0] && h < range[1]) {
            return new Cue(parse.token(i).span(), i, "cue verb attached to the quote", i);
          }
        }
      }
      return null;
    }

    /** The nearest speech verb with a subject in the quote's sentences, outside any quote. */
    private Cue nearbyCue(int[] range) {
      int firstSentence = parse.token(range[0]).sentence();
      int lastSentence = parse.token(range[1] - 1).sentence();
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int s = firstSentence; s <= lastSentence; s++) {
        var sentence = doc.sentences().get(s);
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
          if ((i >= range[0] && i < range[1]) || insideMarks(i) || !isSpeechVerb(i, false)) {
            continue;
          }
          if (subjectOf(i) < 0) {
            continue;
          }
          int distance = i < range[0] ? range[0] - i : i - range[1];
          if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
          }
        }
      }
      return best < 0
          ? null
          : new Cue(parse.token(best).span(), best, "cue verb in the quote's sentence", best);
    }

    /** "“...,” according to the minister.": the cue and source right after the closing mark. */
    private Cue accordingAfter(QuoteMarks.Marked m) {
      java.util.regex.Matcher after =
          ACCORDING_AFTER.matcher(doc.text()).region(m.outer().end(), doc.text().length());
      if (!after.lookingAt()) {
        return null;
      }
      int at = after.start(1);
      for (int v = 0; v < parse.tokens.size(); v++) {
        if (parse.token(v).span().start() == at && parse.lower(v).equals("according")) {
          return accordingCue(v);
        }
      }
      return null;
    }

    /**
     * A speech verb opening the sentence right after the quote, in the same paragraph, when the
     * sentence splitter cut after the quote's question or exclamation mark ("“...?” Graham
     * asked.").
     */
    private Cue followingCue(QuoteMarks.Marked m) {
      int end = m.outer().end();
      int next = -1;
      for (int i = 0; i < parse.tokens.size(); i++) {
        if (parse.token(i).span().start() >= end) {
          next = i;
          break;
        }
      }
      if (next < 0
          || doc.paragraphAt(parse.token(next).span().start()) != doc.paragraphAt(end - 1)
          || parse.token(next).span().start() - end > 1) {
        return null;
      }
      var sentence = parse.sentenceOf(next);
      if (sentence.firstToken() != next) {
        return null;
      }
      for (int i = next; i < Math.min(next + 6, sentence.endToken()); i++) {
        if (insideMarks(i)) {
          return null;
        }
        if (isSpeechVerb(i, false)
            && parse.child(i, "ccomp") < 0
            && (parse.child(i, "obj") < 0 || invertedSubject(i) >= 0)
            && subjectOf(i) >= 0) {
          return new Cue(parse.token(i).span(), i, "cue verb in the sentence after the quote", i);
        }
      }
      // A long speaker before the verb ("“...!” Smith's niece, state Del. Jane Roe, shouted to the
      // crowd."): the sentence's root is the speech verb, its subject opens the sentence and it
      // says nothing else.
      for (int i = next; i < sentence.endToken(); i++) {
        if (parse.head[i] == -1) {
          int subject = directSubject(i);
          if (isSpeechVerb(i, false)
              && !insideMarks(i)
              && subject >= 0
              && subject < i
              && leftmost(subject) == next
              && parse.child(i, "ccomp") < 0
              && parse.child(i, "obj") < 0) {
            return new Cue(parse.token(i).span(), i, "cue verb in the sentence after the quote", i);
          }
          break;
        }
      }
      return null;
    }

    /** The first token of the subtree under {@code i}. */
    private int leftmost(int i) {
      int min = i;
      for (int c : parse.children.get(i)) {
        min = Math.min(min, leftmost(c));
      }
      return min;
    }

    /** A speech verb in the sentence just before the quote, when that sentence ends in a colon. */
    private Cue colonCue(int[] range) {
      int s = parse.token(range[0]).sentence();
      var sentence = doc.sentences().get(s);
      int before = range[0] - 1;
      while (before >= sentence.firstToken() && parse.isPunct(before)) {
        if (parse.token(before).text().equals(":")) {
          Cue cue = speechVerbIn(sentence.firstToken(), before);
          return cue != null ? cue : clauseVerbIn(sentence.firstToken(), before);
        }
        before--;
      }
      if (s == 0 || range[0] != firstNonPunct(sentence)) {
        return null;
      }
      var previous = doc.sentences().get(s - 1);
      int last = previous.endToken() - 1;
      while (last >= previous.firstToken() && QuoteMarks.isQuoteChar(lastChar(last))) {
        last--;
      }
      if (last >= previous.firstToken() && parse.token(last).text().equals(":")) {
        Cue cue = speechVerbIn(previous.firstToken(), last);
        return cue != null ? cue : clauseVerbIn(previous.firstToken(), last);
      }
      return null;
    }

    /**
     * "Lind disagreed: “...”", "He put it bluntly: “...”": a clause ending in the colon before the
     * quote, its verb no speech verb but its subject someone who can speak (a person, a group, an
     * organization, a state or a pronoun): the verb is the cue, its subject the speaker.
     */
    private Cue clauseVerbIn(int from, int colon) {
      for (int i = from; i < colon; i++) {
        if (parse.head[i] != -1 || !parse.token(i).pos().startsWith("VB") || insideMarks(i)) {
          continue;
        }
        int subject = directSubject(i);
        if (subject < 0) {
          return null;
        }
        boolean speaker = parse.token(subject).pos().startsWith("PRP");
        for (Mention m : doc.mentions()) {
          speaker |=
              m.span().contains(parse.token(subject).span()) && SPEAKING_TYPES.contains(m.type());
        }
        return speaker ? new Cue(parse.token(i).span(), i, "verb before a colon", i) : null;
      }
      return null;
    }

    private char lastChar(int token) {
      String t = parse.token(token).text();
      return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    private int firstNonPunct(org.herodotus.doc.Sentence sentence) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if (!parse.isPunct(i)) {
          return i;
        }
      }
      return sentence.firstToken();
    }

    private Cue speechVerbIn(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (isSpeechVerb(i, false) && !insideMarks(i)) {
          return new Cue(parse.token(i).span(), i, "cue before a colon", i);
        }
      }
      return null;
    }

    /** The direct quote that ends right before this one (same or previous paragraph). */
    private Draft previousDirect(List<Draft> earlier, int[] range) {
      if (earlier.isEmpty()) {
        return null;
      }
      // A title or nickname in quote marks between the two ("said on “Fox and Friends.” “...”")
      // does not end the quote before it.
      int at = earlier.size() - 1;
      while (at > 0
          && earlier.get(at).kind != Quote.Kind.DIRECT
          && earlier.get(at).span.length() < 40) {
        at--;
      }
      Draft latest = earlier.get(earlier.size() - 1);
      if (latest.kind == Quote.Kind.PARTIAL
          && latest.cue.isPresent()
          && latest.speaker.isPresent()
          && latest.cueVerb >= 0
          && parse.head[latest.cueVerb] == -1) {
        // "Howard described it as “very important”. “This is from an insider ...”": the quote
        // goes on from the fragment its speaker was just reported saying, when the fragment's
        // cue is the main verb of its sentence (not "said the “bonfire” Labour had promised").
        at = earlier.size() - 1;
      }
      Draft last = earlier.get(at);
      if (last.kind != Quote.Kind.DIRECT && last != latest) {
        return null;
      }
      int lastSentence = doc.sentenceAt(last.span.end() - 1);
      if (last.cueVerb >= 0) {
        // "“...?” she asked. “...”": the cue's own sentence sits between the two.
        lastSentence = Math.max(lastSentence, parse.token(last.cueVerb).sentence());
      }
      // A piece the sentence splitter cut off after an abbreviation ("said Rep. Jane Roe (D-Ore.)
      // | , head of the caucus.") belongs to the sentence before it.
      while (lastSentence >= 0
          && lastSentence + 1 < doc.sentences().size()
          && startsWithContinuation(doc.sentences().get(lastSentence + 1))) {
        lastSentence++;
      }
      int sentence = parse.token(range[0]).sentence();
      if (lastSentence < 0 || sentence - lastSentence > 1) {
        return null;
      }
      // Words of a sentence of their own between the two ("“...” She became upset, and I had to
      // change my answer: “...”") make the second a new statement, not a continuation.
      int[] gap = parse.tokensIn(new Span(last.span.end(), parse.token(range[0]).span().start()));
      for (int i = gap[0]; i < gap[1]; i++) {
        if (parse.token(i).sentence() > lastSentence && !parse.isPunct(i)) {
          return null;
        }
      }
      int paragraphGap =
          doc.paragraphAt(parse.token(range[0]).span().start())
              - doc.paragraphAt(last.span.start());
      return paragraphGap <= 1 ? last : null;
    }

    /** A sentence that starts with a comma, semicolon or closing bracket, as no sentence does. */
    private boolean startsWithContinuation(org.herodotus.doc.Sentence s) {
      String text = doc.slice(s.span()).stripLeading();
      return !text.isEmpty() && ",;)]".indexOf(text.charAt(0)) >= 0;
    }

    private Draft echoed(QuoteMarks.Marked m, List<Draft> earlier) {
      String words = normalize(doc.slice(m.inner()));
      if (words.isBlank()) {
        return null;
      }
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Draft e = earlier.get(i);
        if (e.kind == Quote.Kind.ECHO) {
          continue;
        }
        String before = " " + normalize(doc.slice(e.content)) + " ";
        if (before.contains(" " + words + " ")) {
          return e.kind == Quote.Kind.ECHO && e.echoOf != null ? e.echoOf : e;
        }
      }
      return null;
    }

    private String normalize(String s) {
      return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private boolean insideMarks(int token) {
      Span s = parse.token(token).span();
      for (QuoteMarks.Marked m : marks) {
        if (m.inner().contains(s)) {
          return true;
        }
      }
      return false;
    }

    // ---- reported speech ----

    private List<Draft> indirect(List<Draft> marked) {
      List<Draft> out = new ArrayList<>();
      for (int v = 0; v < parse.tokens.size(); v++) {
        if (insideDirect(v, marked)) {
          continue;
        }
        Cue according = accordingCue(v);
        if (according != null) {
          Draft d = accordingQuote(v, according, marked);
          if (d != null) {
            out.add(d);
          }
          continue;
        }
        if (!isSpeechVerb(v, true) || !parse.isVerb(v)) {
          continue;
        }
        int complement = complementOf(v);
        String rule = "clausal complement of a speech verb";
        if (complement < 0 && objectIsContent(v)) {
          complement = parse.child(v, "obj");
          rule = "object of a verb whose object is what was said";
        }
        if (complement < 0 && parenthetical(v)) {
          Span around = aroundCue(v, marked);
          if (around != null) {
            out.add(reported(v, around, "reported clause around a parenthetical cue"));
          }
          continue;
        }
        if (complement < 0 || insideDirect(complement, marked)) {
          continue;
        }
        boolean thought =
            verbs
                .byLemma(parse.token(v).lemma())
                .map(e -> e.verbClass() == SpeechVerbs.VerbClass.THOUGHT)
                .orElse(false);
        if (thought && subjectOf(v) < 0) {
          continue;
        }
        Span content = clauseSpan(complement);
        if (content == null) {
          continue;
        }
        Draft d = new Draft();
        d.span = content;
        d.content = content;
        d.kind = Quote.Kind.INDIRECT;
        d.cue = Optional.of(parse.token(v).span());
        d.cueVerb = v;
        d.rule = rule;
        d.sentence = parse.token(v).sentence();
        speak(d, new Cue(parse.token(v).span(), v, rule, v));
        out.add(d);
      }
      return out;
    }

    /**
     * A speech verb with a subject of its own set into the clause it reports ("Local officials, he
     * said, should be vigilant"; "The talks failed, officials said."): it hangs from the reported
     * clause's verb and has no complement of its own.
     */
    private boolean parenthetical(int v) {
      String r = parse.rel[v];
      int h = parse.head[v];
      // A finite verb: "its third profits warning" parsed as a clause is no cue.
      return (r.equals("parataxis") || r.equals("dep"))
          && !parse.token(v).pos().equals("VBG")
          && h >= 0
          && parse.isVerb(h)
          && directSubject(v) >= 0
          && parse.child(v, "obj") < 0
          && !isSpeechVerb(h, true);
    }

    /** The sentence around a parenthetical cue, less the cue clause at either end. */
    private Span aroundCue(int v, List<Draft> marked) {
      var sentence = parse.sentenceOf(v);
      List<Integer> cue = parse.subtree(v, c -> false);
      int cueFirst = cue.get(0);
      int cueLast = cue.get(cue.size() - 1);
      int first = sentence.firstToken();
      int last = sentence.endToken() - 1;
      while (first < last && parse.isPunct(first)) {
        first++;
      }
      while (last > first && parse.isPunct(last)) {
        last--;
      }
      if (cueFirst <= first) {
        first = cueLast + 1;
      } else if (cueLast >= last) {
        last = cueFirst - 1;
      }
      while (first < last && parse.isPunct(first)) {
        first++;
      }
      while (last > first && parse.isPunct(last)) {
        last--;
      }
      if (last - first < 2) {
        return null;
      }
      Span content = new Span(parse.token(first).span().start(), parse.token(last).span().end());
      for (Draft d : marked) {
        if (d.kind == Quote.Kind.DIRECT && d.span.overlaps(content)) {
          return null;
        }
      }
      return content;
    }

    private Draft reported(int v, Span content, String rule) {
      Draft d = new Draft();
      d.span = content;
      d.content = content;
      d.kind = Quote.Kind.INDIRECT;
      d.cue = Optional.of(parse.token(v).span());
      d.cueVerb = v;
      d.rule = rule;
      d.sentence = parse.token(v).sentence();
      speak(d, new Cue(parse.token(v).span(), v, rule, v));
      return d;
    }

    /** A clause under a speech verb: ccomp, or xcomp/parataxis/dep with a subject of its own. */
    private int complementOf(int v) {
      int ccomp = parse.child(v, "ccomp");
      if (ccomp >= 0) {
        return ccomp;
      }
      for (int c : parse.children.get(v)) {
        String r = parse.rel[c];
        if ((r.equals("xcomp") || r.equals("dep")) && parse.isVerb(c) && directSubject(c) >= 0) {
          return c;
        }
      }
      return -1;
    }

    private boolean objectIsContent(int v) {
      return verbs
          .byLemma(parse.token(v).lemma())
          .map(SpeechVerbs.Entry::objectIsContent)
          .orElse(false);
    }

    private boolean insideDirect(int token, List<Draft> marked) {
      Span s = parse.token(token).span();
      for (Draft d : marked) {
        if (d.kind == Quote.Kind.DIRECT && d.span.contains(s)) {
          return true;
        }
      }
      return false;
    }

    /** The span of a reported clause, without a trailing speech participle and end punctuation. */
    private Span clauseSpan(int complement) {
      List<Integer> tokens =
          parse.subtree(
              complement,
              c ->
                  (parse.rel[c].equals("dep")
                          || parse.rel[c].equals("advcl")
                          || parse.rel[c].equals("parataxis")
                          || parse.rel[c].equals("conj"))
                      && parse.token(c).pos().equals("VBG")
                      && isSpeechVerb(c, false));
      if (tokens.isEmpty()) {
        return null;
      }
      int first = tokens.get(0);
      int last = tokens.get(tokens.size() - 1);
      // Keep the tokens contiguous: stop before a gap (a skipped participle clause).
      for (int k = 1; k < tokens.size(); k++) {
        if (tokens.get(k) != tokens.get(k - 1) + 1) {
          last = tokens.get(k - 1);
          break;
        }
      }
      while (last > first && parse.isPunct(last) && !QuoteMarks.isQuoteChar(lastChar(last))) {
        last--;
      }
      while (first < last && parse.isPunct(first) && !QuoteMarks.isQuoteChar(lastChar(first))) {
        first++;
      }
      int start = parse.token(first).span().start();
      int end = parse.token(last).span().end();
      // A quote the clause opens or closes belongs to it whole.
      for (QuoteMarks.Marked m : marks) {
        if (m.outer().start() >= start && m.outer().start() < end && m.outer().end() > end) {
          end = m.outer().end();
        }
        if (m.outer().end() > start && m.outer().end() <= end && m.outer().start() < start) {
          start = m.outer().start();
        }
      }
      return new Span(start, end);
    }

    /** "according to X" on token {@code v}: the cue and X. */
    private Cue accordingCue(int v) {
      if (!parse.lower(v).equals("according")) {
        return null;
      }
      int next = v + 1;
      if (next >= parse.tokens.size() || !parse.lower(next).equals("to")) {
        return null;
      }
      int source = parse.head[v];
      if (source < 0 || source == next) {
        source = parse.head[next];
      }
      if (source < 0) {
        return null;
      }
      Span cue = new Span(parse.token(v).span().start(), parse.token(next).span().end());
      return new Cue(cue, -1, "according to", source);
    }

    /** "according to X" among the children of {@code token}. */
    private Cue according(int token) {
      for (int c : parse.children.get(token)) {
        for (int g : parse.children.get(c)) {
          Cue cue = accordingCue(g);
          if (cue != null) {
            return cue;
          }
        }
      }
      return null;
    }

    private Draft accordingQuote(int v, Cue cue, List<Draft> marked) {
      var sentence = parse.sentenceOf(v);
      int source = cue.sourceToken();
      List<Integer> phrase = parse.subtree(source, c -> false);
      int phraseFirst = Math.min(v, phrase.get(0));
      int phraseLast = Math.max(v + 1, phrase.get(phrase.size() - 1));
      int first = sentence.firstToken();
      int last = sentence.endToken() - 1;
      if (phraseFirst - first <= 1) {
        first = phraseLast + 1;
      } else {
        last = phraseFirst - 1;
      }
      while (first < last && parse.isPunct(first)) {
        first++;
      }
      while (last > first && parse.isPunct(last) && !QuoteMarks.isQuoteChar(lastChar(last))) {
        last--;
      }
      if (first > last || first >= sentence.endToken()) {
        return null;
      }
      Span content = new Span(parse.token(first).span().start(), parse.token(last).span().end());
      for (Draft d : marked) {
        if (d.kind == Quote.Kind.DIRECT && d.span.overlaps(content)) {
          return null;
        }
      }
      Draft d = new Draft();
      d.span = content;
      d.content = content;
      d.kind = Quote.Kind.INDIRECT;
      d.cue = Optional.of(cue.span());
      d.rule = "according to";
      d.sentence = sentence.firstToken();
      speak(d, cue);
      return d;
    }

    // ---- speakers ----

    private boolean isSpeechVerb(int i, boolean thoughtToo) {
      var token = parse.token(i);
      if (!token.pos().startsWith("VB")) {
        return false;
      }
      return verbs
          .byLemma(token.lemma())
          .map(e -> thoughtToo || e.verbClass() == SpeechVerbs.VerbClass.SPEECH)
          .orElse(false);
    }

    /** The subject of a verb, or of the verb a participle or conjoined verb hangs from. */
    private int subjectOf(int verb) {
      int quoted = quotedAsSaying(verb);
      if (quoted >= 0) {
        return quoted;
      }
      int s = directSubject(verb);
      if (s >= 0) {
        return s;
      }
      String r = parse.rel[verb];
      boolean borrows =
          parse.token(verb).pos().equals("VBG")
              || r.equals("conj")
              || r.equals("advcl")
              || r.equals("xcomp")
              || r.equals("dep")
              || r.equals("parataxis");
      if (!borrows) {
        return -1;
      }
      int fallback = -1;
      int cur = parse.head[verb];
      int steps = 0;
      while (cur >= 0 && steps++ < 20) {
        int subject = directSubject(cur);
        if (subject >= 0 && isSpeechVerb(cur, true)) {
          return subject;
        }
        if (subject >= 0
            && fallback < 0
            && !insideMarks(subject)
            && (r.equals("conj")
                || r.equals("xcomp")
                || r.equals("advcl")
                || parse.token(verb).pos().equals("VBG"))) {
          fallback = subject;
        }
        cur = parse.head[cur];
      }
      return fallback;
    }

    /**
     * "The agency quoted Berg as saying ...", "Berg was quoted as saying ...": the one quoted, not
     * who quotes him. Else -1.
     */
    private int quotedAsSaying(int verb) {
      int h = parse.head[verb];
      if (h < 0
          || !parse.token(h).lemma().equalsIgnoreCase("quote")
          || parse.children.get(verb).stream().noneMatch(c -> parse.lower(c).equals("as"))) {
        return -1;
      }
      int object = parse.child(h, "obj");
      return object >= 0 ? object : parse.child(h, "nsubj:pass");
    }

    private int directSubject(int verb) {
      for (int c : parse.children.get(verb)) {
        if (SUBJECT_RELATIONS.contains(parse.rel[c])) {
          return c;
        }
      }
      return invertedSubject(verb);
    }

    /**
     * The speaker after a finite speech verb that follows a quote or a comma ("“...,” said the
     * senator"), which the parser takes for an object: the nominal right after the verb.
     */
    private int invertedSubject(int verb) {
      String pos = parse.token(verb).pos();
      if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
          || verb == 0
          || !isSpeechVerb(verb, false)) {
        return -1;
      }
      int name = verb - 1;
      while (name >= 0 && parse.token(name).pos().startsWith("NNP")) {
        name--;
      }
      if (name < verb - 1 && name >= 0 && parse.isPunct(name)) {
        // "“...,” Merkley said", the name taken into the quote's parse.
        return verb - 1;
      }
      if (!parse.isPunct(verb - 1)) {
        return -1;
      }
      for (int c : parse.children.get(verb)) {
        String r = parse.rel[c];
        if (c <= verb
            || !(r.equals("obj")
                || r.equals("iobj")
                || r.equals("dep")
                || r.equals("obl:npmod")
                || r.equals("xcomp")
                || r.startsWith("nsubj"))) {
          continue;
        }
        String cp = parse.token(c).pos();
        if (!(cp.startsWith("NN") || cp.equals("PRP"))) {
          continue;
        }
        List<Integer> phrase = parse.subtree(c, x -> false);
        if (phrase.get(0) == verb + 1) {
          return c;
        }
      }
      return -1;
    }

    private void speak(Draft d, Cue cue) {
      int subject = cue.verb() < 0 ? cue.sourceToken() : subjectOf(cue.verb());
      if (subject >= 0 && d.kind != Quote.Kind.INDIRECT && insideMarks(subject)) {
        // Nobody speaks from inside quote marks: the parser took a quoted word for the cue's
        // subject ("“... and president -- since Nixon ...,” Mr. Rosenthal said"; "“Wall Street's
        // a cynical place,” said Tim Hess"): the name after or before the cue instead.
        subject = cue.verb() < 0 ? -1 : invertedSubject(cue.verb());
        subject = subject >= 0 ? subject : nameBefore(cue.verb(), d.span);
      }
      if (subject < 0 && cue.verb() >= 0) {
        subject = describedName(cue.verb());
      }
      if (subject < 0) {
        d.reason =
            Optional.of(
                "the cue '"
                    + doc.slice(cue.span())
                    + "' has no subject: the text names no speaker");
        return;
      }
      subject = antecedent(subject, cue.verb());
      Optional<Speaker> speaker = speakerCache.computeIfAbsent(subject, this::speakerAt);
      if (speaker.isEmpty()) {
        d.reason =
            Optional.of(
                "the speaker '"
                    + parse.token(subject).text()
                    + "' is a pronoun the entity layer did not resolve");
      }
      d.speaker = speaker;
    }

    /**
     * The noun or pronoun right before a cue verb, or else the name right after the quote when the
     * cue follows it ("“...,” Flynn, a top surrogate, said"), outside quote marks; or -1.
     */
    private int nameBefore(int verb, Span quote) {
      if (verb <= 0) {
        return -1;
      }
      int t = verb - 1;
      String pos = parse.token(t).pos();
      if (!insideMarks(t) && (pos.startsWith("NN") || pos.equals("PRP"))) {
        return t;
      }
      int verbStart = parse.token(verb).span().start();
      if (verbStart <= quote.end()) {
        return -1;
      }
      int[] after = parse.tokensIn(new Span(quote.end(), verbStart));
      for (int i = after[0]; i < after[1]; i++) {
        if (parse.isPunct(i)) {
          continue;
        }
        String p = parse.token(i).pos();
        return (p.startsWith("NNP") || p.equals("PRP")) && !insideMarks(i) ? i : -1;
      }
      return -1;
    }

    /**
     * The name a subjectless cue verb was parsed into the description of ("Jane Doe, a historian
     * who attended the session, recalled, “...”": the parser hangs "recalled" on "attended" as an
     * unlabeled dependent): up from the verb through that dependent, relative clauses and
     * appositions to a proper noun before it, outside quote marks; or -1.
     */
    private int describedName(int verb) {
      if (!parse.rel[verb].equals("dep")) {
        return -1;
      }
      int cur = verb;
      int steps = 0;
      while (cur >= 0 && steps++ < 10) {
        String r = parse.rel[cur];
        if (!(r.equals("dep") || r.equals("acl:relcl") || r.equals("appos") || cur == verb)) {
          return -1;
        }
        int head = parse.head[cur];
        if (head < 0) {
          return -1;
        }
        if (parse.token(head).pos().startsWith("NNP") && head < verb && !insideMarks(head)) {
          return head;
        }
        cur = head;
      }
      return -1;
    }

    /**
     * A relative pronoun subject ("Trump, who said ...") stands for the noun its relative clause
     * hangs from, when the entity layer has not resolved it.
     */
    private int antecedent(int subject, int verb) {
      String pos = parse.token(subject).pos();
      if (verb < 0 || !(pos.equals("WP") || pos.equals("WDT"))) {
        return subject;
      }
      if (speakerCache.computeIfAbsent(subject, this::speakerAt).isPresent()) {
        return subject;
      }
      int cur = verb;
      int steps = 0;
      while (cur >= 0 && steps++ < 10) {
        if (parse.rel[cur].equals("acl:relcl") && parse.head[cur] >= 0) {
          return parse.head[cur];
        }
        cur = parse.head[cur];
      }
      return subject;
    }

    /** A name mention heading an appositive of the token ("the mayor, Ana Torres,"), or null. */
    private Mention appositiveName(int token) {
      for (int c : parse.children.get(token)) {
        if (!parse.rel[c].equals("appos")) {
          continue;
        }
        Span head = parse.token(c).span();
        for (Mention m : doc.mentions()) {
          if (m.kind() == Mention.Kind.NAME
              && m.span().contains(head)
              && m.entity() >= 0
              && m.entity() < doc.entities().size()) {
            return m;
          }
        }
      }
      return null;
    }

    private Optional<Speaker> speakerAt(int subject) {
      List<Integer> phrase =
          parse.subtree(
              subject,
              c -> {
                String r = parse.rel[c];
                return r.equals("acl:relcl")
                    || r.equals("appos")
                    || r.equals("acl")
                    || r.equals("punct")
                    || r.equals("conj")
                    || r.equals("cc")
                    // "said of the company's executives, who denied it": not the "of".
                    || (r.equals("case") && parse.head[c] == subject);
              });
      Span headSpan = parse.token(subject).span();
      Span phraseSpan =
          new Span(
              parse.token(phrase.get(0)).span().start(),
              parse.token(phrase.get(phrase.size() - 1)).span().end());
      Mention best = null;
      for (Mention m : doc.mentions()) {
        if (m.span().contains(headSpan) && m.entity() >= 0 && m.entity() < doc.entities().size()) {
          if (best == null || m.span().length() > best.span().length()) {
            best = m;
          }
        }
      }
      if (best == null || best.kind() != Mention.Kind.NAME) {
        // "Clinton's campaign manager, Robby Mook, said": the name in apposition, not the
        // possessor inside the description nor the description alone.
        Mention named = appositiveName(subject);
        best = named != null ? named : best;
      }
      if (best == null) {
        for (Mention m : doc.mentions()) {
          if (phraseSpan.contains(m.span())
              && m.entity() >= 0
              && m.entity() < doc.entities().size()
              && m.kind() == Mention.Kind.NAME) {
            best = m;
            break;
          }
        }
      }
      if (best != null) {
        Entity e = doc.entities().get(best.entity());
        Roles.RoleAndAffiliation ra = roles.of(e);
        return Optional.of(
            new Speaker(best.span(), best.entity(), e.name(), ra.role(), ra.affiliation()));
      }
      String pos = parse.token(subject).pos();
      if (pos.startsWith("PRP") || pos.equals("WP") || pos.equals("WDT") || pos.equals("EX")) {
        return Optional.empty();
      }
      return Optional.of(
          new Speaker(phraseSpan, -1, doc.slice(phraseSpan), Optional.empty(), Optional.empty()));
    }
  }
}

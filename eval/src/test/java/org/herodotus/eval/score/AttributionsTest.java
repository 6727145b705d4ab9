package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;
import org.herodotus.eval.corpus.Attribution;
import org.junit.jupiter.api.Test;

/** How our quotes map to PolNeAR attributions, on hand-made quote layers. */
class AttributionsTest {

  private static Span find(String text, String s) {
    int i = text.indexOf(s);
    return new Span(i, i + s.length());
  }

  private static Quote quote(String text, String marked, Quote.Kind kind, String cue) {
    Span outer = find(text, marked);
    Span inner = new Span(outer.start() + 1, outer.end() - 1);
    return new Quote(
        outer,
        inner,
        kind,
        Optional.of(find(text, cue)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "test");
  }

  private static Doc doc(String text, Quote... quotes) {
    return Doc.of("t", text, Metadata.empty(), List.of()).withQuotes(List.of(quotes));
  }

  @Test
  void contentStartsRightAfterACueThatRunsIntoTheQuote() {
    String text = "The mayor called the plan \u201Ca disaster for the city.\u201D";
    List<Attribution> found =
        Attributions.ours(
            doc(
                text,
                quote(text, "\u201Ca disaster for the city.\u201D", Quote.Kind.PARTIAL, "called")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("the plan \u201Ca disaster for the city.\u201D");
    assertThat(found.get(0).direct()).isFalse();
  }

  @Test
  void aQuoteSetOffByACommaKeepsItsOwnSpan() {
    String text = "She told reporters, \u201CWe will win this.\u201D";
    List<Attribution> found =
        Attributions.ours(
            doc(text, quote(text, "\u201CWe will win this.\u201D", Quote.Kind.DIRECT, "told")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text)).isEqualTo("\u201CWe will win this.\u201D");
    assertThat(found.get(0).direct()).isTrue();
  }

  private static Doc oneSentence(String text, Quote... quotes) {
    return doc(text, quotes)
        .withSyntax(List.of(new Sentence(new Span(0, text.length()), 0, 0)), List.of(), List.of());
  }

  @Test
  void aListOfQuotedFragmentsWithOneCueIsOneAttribution() {
    String text =
        "The mayor called the plan a \u201Cdisaster,\u201D a \u201Cjoke\u201D and"
            + " \u201Cunfair.\u201D";
    List<Attribution> found =
        Attributions.ours(
            oneSentence(
                text,
                quote(text, "\u201Cdisaster,\u201D", Quote.Kind.PARTIAL, "called"),
                quote(text, "\u201Cjoke\u201D", Quote.Kind.PARTIAL, "called"),
                quote(text, "\u201Cunfair.\u201D", Quote.Kind.PARTIAL, "called")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(text.indexOf("the plan"), text.length()));
    assertThat(found.get(0).direct()).isFalse();
  }

  @Test
  void quotedFragmentsWithOtherWordsBetweenStayApart() {
    String text = "He called it \u201Cbad\u201D and then praised the \u201Cgood\u201D parts.";
    List<Attribution> found =
        Attributions.ours(
            oneSentence(
                text,
                quote(text, "\u201Cbad\u201D", Quote.Kind.PARTIAL, "called"),
                quote(text, "\u201Cgood\u201D", Quote.Kind.PARTIAL, "called")));
    assertThat(found).hasSize(2);
    assertThat(found.get(1).content().start()).isEqualTo(text.indexOf("\u201Cgood"));
  }

  @Test
  void aFragmentTheSentenceRunsOnFromTakesTheClauseUpToTheSpeaker() {
    String text = "\u201CYou squeezed employees\u201D to drive up the stock price, she said.";
    List<Attribution> found =
        Attributions.ours(
            oneSentence(
                text,
                quote(text, "\u201CYou squeezed employees\u201D", Quote.Kind.DIRECT, "said")));
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("\u201CYou squeezed employees\u201D to drive up the stock price");
  }

  @Test
  void aFragmentRunsOnToTheSentenceEndWithoutItsFullStop() {
    String text = "Police counted \u201C2,521 shooting incidents\u201D in the city since January.";
    List<Attribution> found =
        Attributions.ours(
            oneSentence(
                text,
                quote(
                    text, "\u201C2,521 shooting incidents\u201D", Quote.Kind.PARTIAL, "counted")));
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("\u201C2,521 shooting incidents\u201D in the city since January");
  }

  @Test
  void aFinishedStatementOrASpeakerAfterTheQuoteDoesNotRunOn() {
    String finished = "\u201CWe will win,\u201D she said in a speech.";
    String speaker = "\u201CWe will win\u201D said the mayor at the rally.";
    assertThat(
            Attributions.ours(
                    oneSentence(
                        finished,
                        quote(finished, "\u201CWe will win,\u201D", Quote.Kind.DIRECT, "said")))
                .get(0)
                .content()
                .slice(finished))
        .isEqualTo("\u201CWe will win,\u201D");
    assertThat(
            Attributions.ours(
                    oneSentence(
                        speaker,
                        quote(speaker, "\u201CWe will win\u201D", Quote.Kind.DIRECT, "said")))
                .get(0)
                .content()
                .slice(speaker))
        .isEqualTo("\u201CWe will win\u201D");
  }

  @Test
  void aQuotedTitleBeforeItsVerbDoesNotRunOn() {
    String text = "\u201CAmerican Skin\u201D was written after the shooting, he said.";
    Quote q = quote(text, "\u201CAmerican Skin\u201D", Quote.Kind.PARTIAL, "said");
    Doc doc =
        doc(text, q)
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 2)),
                List.of(
                    new Token(find(text, "American"), "American", "NNP", "American", "O", 0),
                    new Token(find(text, "was"), "was", "VBD", "be", "O", 0)),
                List.of());
    assertThat(Attributions.ours(doc).get(0).content().slice(text))
        .isEqualTo("\u201CAmerican Skin\u201D");
  }

  private static Quote withCue(String text, String marked, Span cue) {
    Span outer = find(text, marked);
    return new Quote(
        outer,
        new Span(outer.start() + 1, outer.end() - 1),
        Quote.Kind.DIRECT,
        Optional.of(cue),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "test");
  }

  @Test
  void aQuoteInterruptedByItsCueIsOneAttribution() {
    String text = "\u201CWe will win,\u201D she said. \u201CNobody doubts it.\u201D";
    Span said = find(text, "said");
    List<Attribution> found =
        Attributions.ours(
            doc(
                text,
                withCue(text, "\u201CWe will win,\u201D", said),
                withCue(text, "\u201CNobody doubts it.\u201D", said)));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text)).isEqualTo(text);
  }

  @Test
  void twoQuotesSharingACueStaySeparateWhenTheFirstIsNotAStatementOrAClauseComesBetween() {
    String fragment =
        "\u201CThat is smart\u201D -- and later, asserting, \u201CI pay my taxes.\u201D";
    Span asserting = find(fragment, "asserting");
    assertThat(
            Attributions.ours(
                doc(
                    fragment,
                    withCue(fragment, "\u201CThat is smart\u201D", asserting),
                    withCue(fragment, "\u201CI pay my taxes.\u201D", asserting))))
        .hasSize(2);

    String clause =
        "\u201CYou winning?\u201D she said, but Kevin was asleep when \u201Cthe rally\u201D";
    Span said = find(clause, "said");
    Doc doc =
        doc(
                clause,
                withCue(clause, "\u201CYou winning?\u201D", said),
                withCue(clause, "\u201Cthe rally\u201D", said))
            .withSyntax(
                List.of(new Sentence(new Span(0, clause.length()), 0, 3)),
                List.of(
                    new Token(said, "said", "VBD", "say", "O", 0),
                    new Token(find(clause, "but"), "but", "CC", "but", "O", 0),
                    new Token(find(clause, "was"), "was", "VBD", "be", "O", 0)),
                List.of());
    assertThat(Attributions.ours(doc)).hasSize(2);
  }

  private static Quote continuing(String text, String marked) {
    Span outer = find(text, marked);
    return new Quote(
        outer,
        new Span(outer.start() + 1, outer.end() - 1),
        Quote.Kind.DIRECT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "continues the quote before it");
  }

  @Test
  void aConjunctionInsideTheSpeakersDescriptionDoesNotSplitTheQuote() {
    String text =
        "\u201CWe will win,\u201D Jane Roe, a fellow and a former mayor, said. \u201CNobody"
            + " doubts it.\u201D";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201CWe will win,\u201D", said),
                withCue(text, "\u201CNobody doubts it.\u201D", said))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 2)),
                List.of(
                    new Token(find(text, "and"), "and", "CC", "and", "O", 0),
                    new Token(said, "said", "VBD", "say", "O", 0)),
                List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(0, text.length()));
  }

  @Test
  void aFragmentRunOnUpToItsCueIsOneAttributionWithTheQuoteAfterTheCue() {
    String text =
        "\u201CI like the design\u201D of the budget, Mr. Roe said. \u201CBut the numbers are"
            + " wrong.\u201D";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201CI like the design\u201D", said),
                continuing(text, "\u201CBut the numbers are wrong.\u201D"))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.indexOf(" \u201CBut")), 0, 2)),
                List.of(
                    new Token(find(text, "of"), "of", "IN", "of", "O", 0),
                    new Token(said, "said", "VBD", "say", "O", 0)),
                List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(0, text.length()));
  }

  @Test
  void aFragmentRunOnStaysApartFromAQuoteAfterMoreNarrative() {
    String text =
        "\u201CYou cut jobs\u201D to raise the price, she said, referring to the layoffs."
            + " \u201CYou blamed the workers.\u201D";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201CYou cut jobs\u201D", said),
                continuing(text, "\u201CYou blamed the workers.\u201D"))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.indexOf(" \u201CYou b")), 0, 3)),
                List.of(
                    new Token(find(text, "to"), "to", "TO", "to", "O", 0),
                    new Token(said, "said", "VBD", "say", "O", 0),
                    new Token(find(text, "referring"), "referring", "VBG", "refer", "O", 0)),
                List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("\u201CYou cut jobs\u201D to raise the price");
  }

  @Test
  void aTitleBetweenTwoPartsOfAQuoteIsInsideItsAttribution() {
    String text =
        "\u201CHe is right,\u201D Okafor said on \u201CMorning Hour.\u201D \u201CThere is a"
            + " gap.\u201D";
    Span said = find(text, "said");
    Span title = find(text, "\u201CMorning Hour.\u201D");
    Quote titleQuote =
        new Quote(
            title,
            new Span(title.start() + 1, title.end() - 1),
            Quote.Kind.PARTIAL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "quote marks, no cue");
    List<Attribution> found =
        Attributions.ours(
            doc(
                text,
                withCue(text, "\u201CHe is right,\u201D", said),
                titleQuote,
                continuing(text, "\u201CThere is a gap.\u201D")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(0, text.length()));
  }

  @Test
  void aDirectQuoteEndingAReportedClauseBelongsToItsAttribution() {
    String text =
        "She said that he wants a policy \"focused on peace.\" Lee said that, angry, Mr. Roe"
            + " wrote, \"We are done.\"";
    Span said = find(text, "said");
    Span clause = new Span(text.indexOf("he wants"), text.indexOf(" Lee"));
    Quote reported =
        new Quote(
            clause,
            clause,
            Quote.Kind.INDIRECT,
            Optional.of(said),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "clausal complement of a speech verb");
    Span lee = find(text, "Lee said");
    Span leeSaid = new Span(lee.end() - 4, lee.end());
    Span leeClause = new Span(text.indexOf("angry"), text.length());
    Quote leeReported =
        new Quote(
            leeClause,
            leeClause,
            Quote.Kind.INDIRECT,
            Optional.of(leeSaid),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "clausal complement of a speech verb");
    List<Attribution> found =
        Attributions.ours(
            doc(
                text,
                reported,
                withCue(text, "\"focused on peace.\"", said),
                leeReported,
                withCue(text, "\"We are done.\"", find(text, "wrote"))));
    assertThat(found)
        .extracting(a -> a.content().slice(text))
        .containsExactly(
            "he wants a policy \"focused on peace.\"",
            "angry, Mr. Roe wrote, \"We are done.\"",
            "\"We are done.\"");
  }

  @Test
  void aQuoteWhoseSubjectStandsBeforeItsMarkTakesTheSubjectIn() {
    String text = "Both parties \u201Csaw the town as a friend,\u201D said Mr. Roe.";
    Span said = find(text, "said");
    Doc doc =
        doc(text, withCue(text, "\u201Csaw the town as a friend,\u201D", said))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 5)),
                List.of(
                    new Token(find(text, "Both"), "Both", "DT", "both", "O", 0),
                    new Token(find(text, "parties"), "parties", "NNS", "party", "O", 0),
                    new Token(find(text, "saw"), "saw", "VBD", "see", "O", 0),
                    new Token(find(text, "town"), "town", "NN", "town", "O", 0),
                    new Token(said, "said", "VBD", "say", "O", 0)),
                List.of(
                    new Dependency(1, 0, "det"),
                    new Dependency(2, 1, "nsubj"),
                    new Dependency(4, 2, "ccomp"),
                    new Dependency(2, 3, "obj"),
                    new Dependency(-1, 4, "root")));
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("Both parties \u201Csaw the town as a friend,\u201D");
    assertThat(found.get(0).direct()).isFalse();
  }

  @Test
  void aPrepositionBeforeAQuotedPhraseIsNotTakenIn() {
    String text = "He likened it to \u201Cburning the flag\u201D on Monday.";
    Quote q =
        new Quote(
            find(text, "\u201Cburning the flag\u201D"),
            find(text, "burning the flag"),
            Quote.Kind.PARTIAL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "quote marks, no cue");
    Doc doc =
        doc(text, q)
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 4)),
                List.of(
                    new Token(find(text, "likened"), "likened", "VBD", "liken", "O", 0),
                    new Token(find(text, "to"), "to", "IN", "to", "O", 0),
                    new Token(find(text, "burning"), "burning", "VBG", "burn", "O", 0),
                    new Token(find(text, "flag"), "flag", "NN", "flag", "O", 0)),
                List.of(
                    new Dependency(-1, 0, "root"),
                    new Dependency(2, 1, "case"),
                    new Dependency(0, 2, "advcl"),
                    new Dependency(2, 3, "obj")));
    assertThat(Attributions.runBack(doc, q, q.span())).isEqualTo(q.span());
  }

  @Test
  void theLastPartOfAnInterruptedQuoteRunsOnLikeAFragment() {
    String text =
        "\u201CIt is a tweak,\u201D said Ann Lee. \u201CIt is a tax increase\u201D for the top"
            + " bracket.";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201CIt is a tweak,\u201D", said),
                continuing(text, "\u201CIt is a tax increase\u201D"))
            .withSyntax(
                List.of(
                    new Sentence(new Span(0, text.indexOf(" \u201CIt is a tax")), 0, 0),
                    new Sentence(new Span(text.indexOf("\u201CIt is a tax"), text.length()), 0, 0)),
                List.of(),
                List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text)).isEqualTo(text.substring(0, text.length() - 1));
  }

  @Test
  void aQuoteWithoutACueRightAfterAReportedClauseGoesOnWithIt() {
    String text =
        "The summit did \"too little,\" he added. \"Without a change, Europe risks a lot.\"";
    Span added = find(text, "added");
    Span clause = new Span(0, text.indexOf(" he added"));
    Quote reported =
        new Quote(
            clause,
            clause,
            Quote.Kind.INDIRECT,
            Optional.of(added),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "reported clause around a parenthetical cue");
    Span second = find(text, "\"Without a change, Europe risks a lot.\"");
    Quote after =
        new Quote(
            second,
            new Span(second.start() + 1, second.end() - 1),
            Quote.Kind.DIRECT,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "quote marks, no cue");
    int split = text.indexOf(" \"Without");
    Doc doc =
        doc(text, reported, after)
            .withSyntax(
                List.of(
                    new Sentence(new Span(0, split), 0, 0),
                    new Sentence(new Span(split + 1, text.length()), 0, 0)),
                List.of(),
                List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(0, text.length()));
    assertThat(found.get(0).direct()).isFalse();
  }

  @Test
  void aQuoteTakingInItsSubjectStaysOpenForTheQuoteAfterItsCue() {
    String text =
        "Both parties \u201Csaw the town as a friend,\u201D said Mr. Roe, who served as mayor."
            + " \u201CIt was easy.\u201D";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201Csaw the town as a friend,\u201D", said),
                continuing(text, "\u201CIt was easy.\u201D"))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 5)),
                List.of(
                    new Token(find(text, "Both"), "Both", "DT", "both", "O", 0),
                    new Token(find(text, "parties"), "parties", "NNS", "party", "O", 0),
                    new Token(find(text, "saw"), "saw", "VBD", "see", "O", 0),
                    new Token(find(text, "town"), "town", "NN", "town", "O", 0),
                    new Token(said, "said", "VBD", "say", "O", 0)),
                List.of(
                    new Dependency(1, 0, "det"),
                    new Dependency(2, 1, "nsubj"),
                    new Dependency(4, 2, "ccomp"),
                    new Dependency(2, 3, "obj"),
                    new Dependency(-1, 4, "root")));
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(new Span(0, text.length()));
    assertThat(found.get(0).direct()).isFalse();
  }

  @Test
  void aFragmentRunsOnToTheEndOfAQuoteClosingItsSentence() {
    String text =
        "Checkers said \u201Cthe mayor exaggerates\u201D the numbers and the claim is"
            + " \u201CMostly False.\u201D";
    Quote first = quote(text, "\u201Cthe mayor exaggerates\u201D", Quote.Kind.PARTIAL, "said");
    Span last = find(text, "\u201CMostly False.\u201D");
    Quote second =
        new Quote(
            last,
            new Span(last.start() + 1, last.end() - 1),
            Quote.Kind.PARTIAL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "quote marks, no cue");
    Doc doc =
        doc(text, first, second)
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length() - 1), 0, 0)), List.of(), List.of());
    assertThat(Attributions.runOn(doc, first, first.span()))
        .isEqualTo(new Span(first.span().start(), text.length()));
  }

  @Test
  void aQuoteAFragmentRanOnOverIsInsideIt() {
    String text = "\u201CYou cut jobs\u201D and \u201Cwe will see,\u201D she said, and left.";
    Span said = find(text, "said");
    Doc doc =
        doc(
                text,
                withCue(text, "\u201CYou cut jobs\u201D", said),
                withCue(text, "\u201Cwe will see,\u201D", said))
            .withSyntax(
                List.of(new Sentence(new Span(0, text.length()), 0, 0)), List.of(), List.of());
    List<Attribution> found = Attributions.ours(doc);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content().slice(text))
        .isEqualTo("\u201CYou cut jobs\u201D and \u201Cwe will see,\u201D");
  }
}

package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

/** The quote layer's rules on sentences of our own (none from the seed article or PolNeAR). */
class QuoteRulesTest {

  private static Doc analyze(String text) {
    return Herodotus.pipeline().analyze("rules", text);
  }

  private static Quote quoteWith(Doc doc, Quote.Kind kind, String words) {
    List<Quote> found =
        doc.quotes().stream()
            .filter(q -> q.kind() == kind && doc.slice(q.content()).contains(words))
            .toList();
    assertThat(found).as("%s quote with '%s' in %s", kind, words, doc.quotes()).isNotEmpty();
    return found.get(0);
  }

  @Test
  void speakerNamedAfterAnInvertedSpeechVerb() {
    Doc doc =
        analyze(
            "Talks\n\n"
                + "“We will not give up on these talks,” said Maria Lopez, the foreign minister.\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "We will not give up");
    assertThat(q.speaker().map(Speaker::name)).contains("Maria Lopez");
  }

  @Test
  void cueInTheSentenceAfterAQuestion() {
    Doc doc =
        analyze(
            "Talks\n\n"
                + "Foreign Minister Maria Lopez spoke in Vienna on Monday.\n\n"
                + "“Does anyone still believe in these talks?” Lopez asked. “Nobody does.”\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "Does anyone still believe");
    assertThat(q.cue().map(doc::slice)).contains("asked");
    assertThat(q.speaker().map(Speaker::name)).contains("Maria Lopez");
  }

  @Test
  void quoteSignedWithADashAndAName() {
    Doc doc =
        analyze(
            "Readers respond\n\n"
                + "We asked readers what they thought of the debate.\n\n"
                + "“The debate changed nothing for me. I still do not know who to vote for.”"
                + " \u2015 Ana Torres\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "The debate changed nothing");
    assertThat(q.cue().map(doc::slice)).contains("\u2015");
    assertThat(q.speaker().map(Speaker::name)).contains("Ana Torres");
  }

  @Test
  void quoteSignedWithADashAndANoBreakSpace() {
    String text =
        "Readers respond\n\n"
            + "We asked readers what they thought of the debate.\n\n"
            + "\u201CThe debate changed nothing for me.\u201D \u2015\u00A0Ana Torres\n";
    Doc doc = analyze(text);
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "The debate changed nothing");
    int dash = text.indexOf('\u2015');
    assertThat(q.cue()).contains(new Span(dash, dash + 1));
    assertThat(q.speaker().map(s -> s.mention()))
        .contains(new Span(dash + 2, dash + 2 + "Ana Torres".length()));
  }

  @Test
  void speakerAfterAnInvertedSpeechVerbOpeningTheSentence() {
    String text =
        "Tax plans\n\n"
            + "Experts say the plan would make the code more complicated. Said Ellis:"
            + " \u201CI do not think she is interested in tax reform.\u201D\n";
    Doc doc = analyze(text);
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "I do not think");
    int said = text.indexOf("Said");
    assertThat(q.cue()).contains(new Span(said, said + 4));
    assertThat(q.speaker().map(s -> s.mention())).contains(new Span(said + 5, said + 10));
  }

  @Test
  void anInvertedSpeechVerbNeedsACapitalizedSpeaker() {
    String text =
        "Tax plans\n\n"
            + "The mayor spoke on Monday. Asked about the plan, \u201CWe will see.\u201D\n";
    Doc doc = analyze(text);
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "We will see");
    assertThat(q.rule()).isNotEqualTo("inverted speech verb opening the sentence");
  }

  @Test
  void speakerNamedBeforeADescriptionTheCueWasParsedInto() {
    String text =
        "Climate\n\n"
            + "Ana Ruiz, a lawyer who joined the meeting, recalled, \"Out of the blue, she said,"
            + " 'If we wait, we lose the vote.'\"\n";
    Doc doc = analyze(text);
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "Out of the blue");
    int name = text.indexOf("Ana Ruiz");
    assertThat(q.speaker().map(s -> s.mention())).contains(new Span(name, name + 8));
  }

  @Test
  void reportedClauseAroundATrailingCue() {
    Doc doc =
        analyze(
            "Talks\n\n" + "The negotiations collapsed late on Monday night, two officials said.\n");
    Quote q = quoteWith(doc, Quote.Kind.INDIRECT, "The negotiations collapsed");
    assertThat(doc.slice(q.content())).isEqualTo("The negotiations collapsed late on Monday night");
    assertThat(q.cue().map(doc::slice)).contains("said");
  }

  @Test
  void twoApostrophesMarkAQuoteAsNewswireArchivesWriteIt() {
    Doc doc =
        analyze(
            "Taxes\n\n"
                + "''It's more tinkering at the edges,'' said Maria Lopez, an economist. The plan"
                + " closes the ''carried interest'' loophole.\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "It's more tinkering at the edges");
    assertThat(doc.slice(q.span())).isEqualTo("''It's more tinkering at the edges,''");
    assertThat(doc.slice(q.content())).isEqualTo("It's more tinkering at the edges,");
    assertThat(q.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(doc.quotes())
        .anySatisfy(other -> assertThat(doc.slice(other.span())).isEqualTo("''carried interest''"));
  }

  @Test
  void aParticipleCueBetweenTwoQuotesIntroducesTheSecond() {
    Doc doc =
        analyze(
            "Budget\n\n"
                + "\u201CWe cannot pay for this any longer,\u201D Lopez said, adding later,"
                + " \u201CThe fund is costing us a fortune.\u201D\n");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "We cannot pay").cue().map(doc::slice))
        .contains("said");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "The fund is costing").cue().map(doc::slice))
        .contains("adding");
  }

  @Test
  void aNarrativeSentenceBetweenTwoQuotesEndsTheFirst() {
    Doc doc =
        analyze(
            "Memoir\n\n"
                + "My aunt asked me whether I believed in ghosts. I said, \u201CI don't believe in"
                + " ghosts.\u201D She grew so upset that I had to change my reply: \u201COf course I"
                + " believe in ghosts.\u201D\n");
    Quote second = quoteWith(doc, Quote.Kind.DIRECT, "Of course I believe");
    assertThat(second.rule()).doesNotStartWith("continues");
  }

  @Test
  void noSpeakerFromInsideQuoteMarks() {
    Doc doc =
        analyze(
            "Taxes\n\n"
                + "''Every mayor should follow the example set by every governor -- and senator --"
                + " since 1990 and publish the accounts,'' Mr. Okafor said.\n\n"
                + "Ms. Lindqvist hardly settled the matter, treating the question first as a joke --"
                + " ''That is my business'' -- and, when pressed after the hearing, insisting,"
                + " ''Of course I pay what I owe.''\n");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "Every mayor").speaker().map(Speaker::name))
        .contains("Okafor");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "Of course I pay").speaker().map(Speaker::name))
        .contains("Lindqvist");
  }

  @Test
  void aQuoteOpeningItsSentenceIsAStatementAndItsSpeakerIsOutsideIt() {
    Doc doc =
        analyze(
            "Money\n\n"
                + "\"Main Street's a pretty tough place,\" said Ana Ruiz, a shop owner in Ohio, who"
                + " lent Mr. Berg money. \"But when you see that kind of energy, people lean in.\"\n\n"
                + "\u201CHe is absolutely right. There is a gap between this office and the army,\u201D"
                + " Okafor, a senior adviser, said Thursday on \u201CMorning Hour.\u201D \u201CI mean,"
                + " there is a lot of frustration in the ranks.\u201D\n");
    Quote street = quoteWith(doc, Quote.Kind.DIRECT, "Main Street");
    assertThat(street.speaker().map(Speaker::name)).contains("Ana Ruiz");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "people lean in").speaker().map(Speaker::name))
        .contains("Ana Ruiz");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "absolutely right").speaker().map(Speaker::name))
        .contains("Okafor");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "lot of frustration").speaker().map(Speaker::name))
        .contains("Okafor");
  }

  @Test
  void aNicknameInsideANameIsNoQuote() {
    Doc doc =
        analyze(
            "Rally\n\n"
                + "The mayor, Robert \"Bobby\" Lane, spoke to the crowd on Sunday for an hour.\n");
    assertThat(doc.quotes()).noneMatch(q -> doc.slice(q.content()).equals("Bobby"));
  }

  @Test
  void aProgramNamedWhereSomethingWasSaidHasNoCue() {
    String text =
        "Talks\n\n"
            + "\u201CThere is no plan,\u201D Mary Stone said on CNN's \u201CState of the"
            + " Union.\u201D\n";
    Doc doc = analyze(text);
    Quote title = quoteWith(doc, Quote.Kind.PARTIAL, "State of the Union");
    assertThat(title.cue()).isEmpty();
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "There is no plan").cue().map(doc::slice))
        .contains("said");
  }

  @Test
  void aQuoteContinuesPastASpeakerTheSplitterCutAfterAnAbbreviation() {
    Doc doc =
        analyze(
            "Caucus\n\n"
                + "\u201CThis is a sad morning,\u201D said Rep. Anna Stone (D-N.C.), head of the"
                + " rural caucus. \u201CThe bill is a fraud. It will not pass.\u201D\n");
    Quote second = quoteWith(doc, Quote.Kind.DIRECT, "The bill is a fraud");
    assertThat(second.rule()).startsWith("continues");
    assertThat(second.speaker().map(Speaker::name)).contains("Anna Stone");
  }

  @Test
  void aLongSpeakerBeforeTheVerbInTheSentenceAfterAnExclamation() {
    Doc doc =
        analyze(
            "Rally\n\n"
                + "\"This is a big year for our town!\" Smith's niece, Marcia Price, a state"
                + " delegate, shouted to the crowd. \"The state is watching.\"\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "big year");
    assertThat(q.cue().map(doc::slice)).contains("shouted");
    assertThat(q.speaker()).isPresent();
  }

  @Test
  void aWholeUtteranceWithoutAClauseIsDirect() {
    Doc doc =
        analyze(
            "Protest\n\n"
                + "Asked about the device, Stone said, \"Not going to go into that.\" He called the"
                + " report \"Mostly False.\" She called it \"a disaster.\"\n");
    assertThat(quoteWith(doc, Quote.Kind.DIRECT, "Not going to go").cue().map(doc::slice))
        .contains("said");
    quoteWith(doc, Quote.Kind.PARTIAL, "Mostly False");
    quoteWith(doc, Quote.Kind.PARTIAL, "a disaster");
  }

  @Test
  void accordingToBeforeAQuoteIsItsCue() {
    Doc doc =
        analyze(
            "Debate\n\n"
                + "According to Mr. Okafor, \u201Cthe moderator ought to have no role in the"
                + " debate.\u201D\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "the moderator ought");
    assertThat(q.cue().map(doc::slice)).contains("According to");
    assertThat(q.speaker().map(Speaker::name)).contains("Okafor");
  }

  @Test
  void anOpeningMarkTypedAtTheEndOfAQuoteClosesIt() {
    String text =
        "Checks\n\n"
            + "The fact checkers rated the claim \u201CMostly False.\u201C The mayor said,"
            + " \u201CWe will check again.\u201D\n";
    Doc doc = analyze(text);
    Quote rated = quoteWith(doc, Quote.Kind.PARTIAL, "Mostly False");
    assertThat(doc.slice(rated.span())).isEqualTo("\u201CMostly False.\u201C");
    assertThat(doc.slice(quoteWith(doc, Quote.Kind.DIRECT, "We will check").span()))
        .isEqualTo("\u201CWe will check again.\u201D");
  }

  @Test
  void transcriptTurnsAreDirectQuotesOfTheirLabelledSpeakers() {
    Doc doc =
        analyze(
            "Interview with the mayor\n\n"
                + "Mayor Ana Torres spoke to Radio Norte host David Quinn on Sunday. A partial"
                + " transcript follows:\n\n"
                + "\"QUINN: Will the bridge open this year?\n\n"
                + "\"TORRES: It will open in May. We have the money and the workers.\n\n"
                + "\"And the council voted for it twice.\n\n"
                + "\"(CROSSTALK.)\n\n"
                + "\"QUINN: Thank you, Mayor.\n\n"
                + "\"Follow David Quinn on Twitter @dquinn.\"\n");
    Quote answer = quoteWith(doc, Quote.Kind.DIRECT, "It will open in May");
    // The turn runs on over the paragraph that continues it, up to the stage direction.
    assertThat(doc.slice(answer.content()))
        .isEqualTo(
            "It will open in May. We have the money and the workers.\n\n"
                + "\"And the council voted for it twice.");
    assertThat(answer.cue().map(doc::slice)).contains(":");
    assertThat(answer.speaker().map(Speaker::name)).contains("Ana Torres");
    assertThat(answer.rule()).startsWith("transcript");
    Quote last = quoteWith(doc, Quote.Kind.DIRECT, "Thank you, Mayor");
    assertThat(doc.slice(last.content())).isEqualTo("Thank you, Mayor.");
    assertThat(last.speaker().map(Speaker::name)).contains("David Quinn");
    // The opening marks of the turns are not one long quotation.
    assertThat(doc.quotes())
        .noneMatch(q -> doc.slice(q.span()).contains("QUINN:") || q.span().start() == 0);
    assertThat(doc.attributions())
        .anyMatch(a -> a.direct() && doc.slice(a.content()).startsWith("It will open in May"));
  }

  @Test
  void oneLabelInCapitalsIsNoTranscript() {
    Doc doc =
        analyze(
            "Council vote\n\n"
                + "The council approved the budget on Monday.\n\n"
                + "CORRECTION: An earlier version of this story gave the wrong date.\n\n"
                + "UPDATE: The mayor signed the budget on Tuesday.\n");
    assertThat(doc.quotes()).noneMatch(q -> q.rule().startsWith("transcript"));
  }

  @Test
  void headlineSourceBeforeAColonSaysTheHeadline() {
    Doc doc =
        analyze(
            "Torres: Bridge Will Open in May.\n\n"
                + "Mayor Ana Torres said on Sunday that the new bridge would open in May.\n");
    Quote q = quoteWith(doc, Quote.Kind.INDIRECT, "Bridge Will Open");
    assertThat(doc.slice(q.content())).isEqualTo("Bridge Will Open in May");
    assertThat(q.cue().map(doc::slice)).contains(":");
    assertThat(q.speaker().map(Speaker::name)).contains("Ana Torres");
    assertThat(q.rule()).startsWith("headline");
  }

  @Test
  void headlineSourceBeforeASpeechVerbSaysTheHeadline() {
    Doc doc =
        analyze(
            "Torres Vows To Open the Bridge in May\n\n"
                + "Mayor Ana Torres spoke to reporters at city hall on Sunday.\n");
    Quote q = quoteWith(doc, Quote.Kind.INDIRECT, "To Open the Bridge");
    assertThat(doc.slice(q.content())).isEqualTo("To Open the Bridge in May");
    assertThat(q.cue().map(doc::slice)).contains("Vows");
    assertThat(q.speaker().map(Speaker::name)).contains("Ana Torres");
  }

  @Test
  void headlineSectionBeforeAColonIsNoSource() {
    Doc doc =
        analyze(
            "The Latest: Bridge Will Open in May\n\n"
                + "Mayor Ana Torres said on Sunday that the new bridge would open in May.\n");
    assertThat(doc.quotes()).noneMatch(q -> q.rule().startsWith("headline"));
  }

  @Test
  void theNameInAppositionSpeaksNotThePossessor() {
    Doc doc =
        analyze(
            "Budget\n\n"
                + "The mayor's chief of staff, Dan Weller, said the budget \"was a mistake\" from"
                + " the start.\n");
    Quote q = quoteWith(doc, Quote.Kind.INDIRECT, "was a mistake");
    assertThat(q.speaker().map(Speaker::name)).contains("Dan Weller");
  }

  @Test
  void whomItWasToldIsNotWhatWasSaid() {
    Doc doc =
        analyze(
            "Budget\n\n"
                + "Ana Torres told reporters that \"the budget is dead\" and left.\n\n"
                + "Dan Weller told Radio Norte \"we will vote no.\"\n");
    List<String> contents = doc.attributions().stream().map(a -> doc.slice(a.content())).toList();
    assertThat(contents).contains("that \"the budget is dead\"", "\"we will vote no.\"");
  }

  @Test
  void headlineQuoteAfterItsSourcesNameIsTheSources() {
    Doc doc =
        analyze(
            "Torres: \u2018The Bridge Will Open in May\u2019\n\n"
                + "Mayor Ana Torres spoke to reporters at city hall on Sunday.\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "The Bridge Will Open");
    assertThat(q.cue().map(doc::slice)).contains(":");
    assertThat(q.speaker().map(Speaker::name)).contains("Ana Torres");
  }

  @Test
  void accordingToAfterTheQuoteGivesCueAndSpeaker() {
    Doc doc =
        analyze(
            "Bridge\n\n"
                + "Mayor Ana Torres visited the site on Sunday.\n\n"
                + "\"The bridge will open in May,\" according to the city engineer, Dan Weller.\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "The bridge will open");
    assertThat(q.cue().map(doc::slice)).contains("according to");
    assertThat(q.speaker().map(Speaker::name)).contains("Dan Weller");
  }

  @Test
  void aQuotedVerbWhoseClauseGoesOnIsAFragment() {
    Doc doc =
        analyze(
            "Health law\n\n"
                + "Ana Torres warned that the council would \"roll back\" the health program.\n");
    assertThat(quoteWith(doc, Quote.Kind.PARTIAL, "roll back").speaker().map(Speaker::name))
        .contains("Ana Torres");
    assertThat(doc.attributions().stream().map(a -> doc.slice(a.content())))
        .containsExactly("that the council would \"roll back\" the health program");
  }

  @Test
  void theSubjectOfAClauseEndingInAColonSpeaks() {
    Doc doc =
        analyze(
            "Budget\n\n"
                + "Mayor Ana Torres presented the budget on Monday. Council member Dan Weller"
                + " disagreed: \"The budget is not enough. It leaves out the schools.\"\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "The budget is not enough");
    assertThat(q.cue().map(doc::slice)).contains("disagreed");
    assertThat(q.speaker().map(Speaker::name)).contains("Dan Weller");
  }

  @Test
  void aReopeningMarkAfterAFullStopStartsTheNextParagraphsQuote() {
    // Scraped text that ran two paragraphs of one quote into one line, keeping the reopening mark.
    Doc doc =
        analyze(
            "Bridge\n\n"
                + "Mayor Ana Torres said: \"We will open the bridge in May. \"The money is there"
                + " and the workers are ready.\"\n");
    Quote first = quoteWith(doc, Quote.Kind.DIRECT, "We will open the bridge");
    assertThat(doc.slice(first.content())).isEqualTo("We will open the bridge in May.");
    assertThat(first.speaker().map(Speaker::name)).contains("Ana Torres");
    Quote second = quoteWith(doc, Quote.Kind.DIRECT, "The money is there");
    assertThat(doc.slice(second.content()))
        .isEqualTo("The money is there and the workers are ready.");
  }

  @Test
  void aQuoteGoesOnFromTheFragmentItsSpeakerWasJustReportedSaying() {
    Doc doc =
        analyze(
            "Bridge\n\n"
                + "Council member Dan Weller described the plan as \"very important\". \"It is"
                + " the best plan this city has seen in years.\"\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "the best plan this city");
    assertThat(q.speaker().map(Speaker::name)).contains("Dan Weller");
    assertThat(q.rule()).isEqualTo("goes on from the fragment before it");
  }

  @Test
  void aNounInIngParsedAsAClauseIsNoParentheticalCue() {
    Doc doc =
        analyze(
            "Carmaker\n\n"
                + "In March, Northwind Motors issued its second profits warning in a year, and cut"
                + " its sales forecasts for the year to June 2006.\n");
    assertThat(doc.quotes()).isEmpty();
  }

  @Test
  void theOneQuotedAsSayingSpeaksNotWhoQuotesHim() {
    Doc doc =
        analyze(
            "Bridge\n\n"
                + "The city newspaper quoted engineer Dan Weller as saying that \"the bridge is"
                + " safe.\"\n");
    Quote q = quoteWith(doc, Quote.Kind.DIRECT, "the bridge is safe");
    assertThat(q.cue().map(doc::slice)).contains("saying");
    assertThat(q.speaker().map(Speaker::name)).contains("Dan Weller");
  }
}

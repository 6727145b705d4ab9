package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mends two sentence breaks CoreNLP's tokenizer makes inside American political bylines, before the
 * parser sees the sentences:
 *
 * <ul>
 *   <li>a party-state tag whose state has two letters, "(R-S.C.)", is tokenized as "R-S.C" and a
 *       period that ends the sentence, so "Sen. Lindsey Graham (R-S.C.) told reporters" becomes two
 *       sentences; the period is put back on the tag;
 *   <li>"Del." (Delegate) as a title before a capitalized name, "said Del. Stacey Plaskett", is
 *       taken for the state Delaware ending a sentence; the title is one that does not follow a
 *       comma (the state does: "Dover, Del.").
 * </ul>
 *
 * A sentence that ended on such a token is joined to the next one, unless a line break (a paragraph
 * end) lies between them.
 */
final class SentenceRepair {

  private static final Pattern PARTY_STATE = Pattern.compile("[A-Z]-(?:[A-Z]\\.)+[A-Z]");

  private SentenceRepair() {}

  /** Mends the tokens and sentences of a tokenized, sentence-split annotation in place. */
  static void apply(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null || sentences.isEmpty()) {
      return;
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    boolean joinNext = false;
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens =
          new ArrayList<>(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
      CoreLabel previous = s > 0 ? lastOf(sentences.get(s - 1)) : null;
      if (joinNext
          && !groups.isEmpty()
          && !tokens.isEmpty()
          && previous != null
          && text.substring(previous.endPosition(), tokens.get(0).beginPosition()).indexOf('\n')
              < 0) {
        groups.get(groups.size() - 1).addAll(tokens);
      } else {
        groups.add(tokens);
      }
      joinNext = false;
      List<CoreLabel> group = groups.get(groups.size() - 1);
      int mended = mend(group, s + 1 < sentences.size() ? firstOf(sentences.get(s + 1)) : null);
      if (mended >= 0 && endsAfter(group, mended)) {
        joinNext = true;
      }
    }
    if (groups.size() == sentences.size()
        && groups.stream().mapToInt(List::size).sum()
            == annotation.get(CoreAnnotations.TokensAnnotation.class).size()) {
      return;
    }
    rebuild(annotation, text, groups);
  }

  /**
   * Mends the misread tokens of one sentence; returns the index of the last token mended, or -1.
   *
   * @param next the first token of the following sentence, or null
   */
  private static int mend(List<CoreLabel> tokens, CoreLabel next) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      CoreLabel following = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (PARTY_STATE.matcher(token.word()).matches()
          && following != null
          && ".".equals(following.word())
          && following.beginPosition() == token.endPosition()) {
        String word = token.word() + ".";
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setEndPosition(following.endPosition());
        token.set(CoreAnnotations.AfterAnnotation.class, following.after());
        tokens.remove(i + 1);
        last = i;
      } else if ("Del.".equals(token.word())
          && "Del".equals(token.originalText())
          && i > 0
          && !",".equals(tokens.get(i - 1).word())
          && following != null
          && ".".equals(following.word())
          && following.beginPosition() == token.endPosition()
          && i + 2 == tokens.size()
          && next != null
          && Character.isUpperCase(next.word().charAt(0))) {
        token.setOriginalText("Del.");
        token.setEndPosition(following.endPosition());
        token.set(CoreAnnotations.AfterAnnotation.class, following.after());
        tokens.remove(i + 1);
        last = i;
      }
    }
    return last;
  }

  /** Whether only closing brackets follow the token at index. */
  private static boolean endsAfter(List<CoreLabel> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!word.equals(")") && !word.equals("-RRB-")) {
        return false;
      }
    }
    return true;
  }

  private static CoreLabel lastOf(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
  }

  private static CoreLabel firstOf(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return tokens.isEmpty() ? null : tokens.get(0);
  }

  private static void rebuild(Annotation annotation, String text, List<List<CoreLabel>> groups) {
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> sentences = new ArrayList<>();
    for (List<CoreLabel> group : groups) {
      if (group.isEmpty()) {
        continue;
      }
      int sentenceIndex = sentences.size();
      int first = all.size();
      for (int i = 0; i < group.size(); i++) {
        CoreLabel token = group.get(i);
        token.setIndex(i + 1);
        token.setSentIndex(sentenceIndex);
        token.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        token.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        all.add(token);
      }
      int begin = group.get(0).beginPosition();
      int end = group.get(group.size() - 1).endPosition();
      Annotation sentence = new Annotation(text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, group);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      sentences.add(sentence);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }
}

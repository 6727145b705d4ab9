package org.herodotus.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What the words of an element's {@code class} and {@code id} say it holds. */
final class ClassNames {

  private ClassNames() {}

  /** Class and id words of page furniture. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "cookie|consent|gdpr|banner|newsletter|subscri|signup|sign-up|related|recommend"
              + "|share|sharing|social|comment|disqus|promo|advert|\\bads?\\b|\\bad-|-ad\\b"
              + "|sponsor|outbrain|taboola|sidebar|footer|\\bnav|menu|breadcrumb|popup|modal"
              + "|overlay|masthead|toolbar|tags\\b|\\btag-list|most-?popular|trending|read-?more"
              + "|more-stories|also-read|byline|author-bio|skip|hidden|visually-hidden"
              + "|sr-only|print-only|widget|inline-link|newsletter|in-article-link|caption-credit",
          Pattern.CASE_INSENSITIVE);

  /** Class and id words of article text. */
  private static final Pattern LIKELY =
      Pattern.compile(
          "article|body|content|entry|main|story|text|post|blog|column|prose|rich-?text",
          Pattern.CASE_INSENSITIVE);

  /** Class and id words of a caption block. */
  private static final Pattern CAPTION = Pattern.compile("(?i)(^|[\\s_-])caption");

  /** The element's class and id words, space-separated (blank when it has neither). */
  static String of(Element e) {
    return e.className() + " " + e.id();
  }

  /** Words of furniture: comments, sharing, ads, navigation ... */
  static boolean furniture(String words) {
    return UNLIKELY.matcher(words).find();
  }

  /** Words of article text: article, body, content, story ... */
  static boolean articleLike(String words) {
    return LIKELY.matcher(words).find();
  }

  /** Words of a caption. */
  static boolean caption(String words) {
    return CAPTION.matcher(words).find();
  }
}

package org.herodotus.read;

import java.util.Set;

/** The HTML elements the extractor treats alike, by tag name (jsoup's normal, lower-case name). */
final class HtmlTags {

  private HtmlTags() {}

  /**
   * Elements that never hold article text: scripts, media, forms and their controls, navigation.
   */
  static final Set<String> FURNITURE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "aside",
          "footer",
          "menu",
          "dialog",
          "head",
          "link",
          "meta",
          "audio",
          "video",
          "picture",
          "img",
          "map");

  /** Elements that start and end a block of text. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "caption",
          "address",
          "hr",
          "br",
          "center",
          "details",
          "summary",
          "fieldset",
          "body");

  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
}

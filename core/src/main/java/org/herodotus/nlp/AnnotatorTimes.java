package org.herodotus.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads CoreNLP's per-annotator timing report ("POSTaggerAnnotator: 1.2 sec."). */
final class AnnotatorTimes {

  private static final Pattern LINE =
      Pattern.compile("^\\s*([A-Za-z]+?)(?:Annotator)?:\\s*([0-9.]+)\\s*sec", Pattern.MULTILINE);

  private AnnotatorTimes() {}

  static Map<String, Double> parse(String report) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    Matcher m = LINE.matcher(report);
    while (m.find()) {
      String name = m.group(1);
      if (!name.equals("TOTAL")) {
        seconds.merge(name, Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return seconds;
  }
}

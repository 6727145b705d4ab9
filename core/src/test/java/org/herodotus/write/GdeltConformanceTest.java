package org.herodotus.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.AnalyzedSeed;
import org.herodotus.doc.Doc;
import org.herodotus.lexicon.ActorLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GDELT tables of the example article checked the way a reader of GDELT's own files checks
 * them: the rules of the project's outside validator ({@code shared/tools/gdelt_check.py}, written
 * from the GDELT codebook and GDELT's sample file), in Java, against the CAMEO tables the project
 * bundles (event codes with quad class and Goldstein; country, region, type and known-group
 * blocks).
 */
class GdeltConformanceTest {

  private static Doc doc;
  private static List<String[]> events;
  private static List<String[]> mentions;
  private static Map<String, String[]> cameo;

  @BeforeAll
  static void write() throws IOException {
    doc = AnalyzedSeed.doc();
    events = split(GdeltEvents.eventRows(doc));
    mentions = split(GdeltEvents.mentionRows(doc));
    cameo = new HashMap<>();
    try (InputStream in =
            GdeltConformanceTest.class.getResourceAsStream("/org/herodotus/event/cameo-codes.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", -1);
          cameo.put(f[0], f);
        }
      }
    }
  }

  private static List<String[]> split(List<String> rows) {
    List<String[]> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.split("\t", -1)));
    return out;
  }

  /** The problems of the Events table, by kind, as the validator names them. */
  private static Map<String, Integer> problems() {
    Map<String, Integer> problems = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    ActorLexicon blocks = ActorLexicon.bundled();
    for (String[] c : events) {
      if (c.length != 61) {
        problems.merge("columns " + c.length + " != 61", 1, Integer::sum);
        continue;
      }
      List<String> bad = new ArrayList<>();
      if (!c[0].matches("\\d+") || !ids.add(c[0])) {
        bad.add("GlobalEventID not a unique integer");
      }
      String day = c[1];
      if (!day.matches("\\d{8}")) {
        bad.add("Day not YYYYMMDD");
      } else if (!c[2].equals(day.substring(0, 6)) || !c[3].equals(day.substring(0, 4))) {
        bad.add("MonthYear/Year disagree with Day");
      } else {
        int y = Integer.parseInt(day.substring(0, 4));
        int m = Integer.parseInt(day.substring(4, 6));
        int d = Integer.parseInt(day.substring(6, 8));
        if (Math.abs(Double.parseDouble(c[4]) - (y + ((m - 1) * 30 + d) / 365.0)) > 0.0006) {
          bad.add("FractionDate not ((M-1)*30+D)/365 as GDELT's files");
        }
      }
      for (int off : new int[] {5, 15}) {
        String code = c[off];
        if (!code.isEmpty() && c[off + 1].isEmpty()) {
          bad.add("ActorCode without ActorName");
        }
        String country = c[off + 2];
        Set<String> kinds = blocks.blockKinds(country);
        if (!country.isEmpty() && !kinds.contains("country") && !kinds.contains("region")) {
          bad.add("ActorCountryCode unknown (" + country + ")");
        }
        if (!c[off + 3].isEmpty() && !blocks.blockKinds(c[off + 3]).contains("group")) {
          bad.add("ActorKnownGroupCode unknown (" + c[off + 3] + ")");
        }
        for (int t = off + 7; t < off + 10; t++) {
          if (!c[t].isEmpty() && !blocks.blockKinds(c[t]).contains("type")) {
            bad.add("ActorType code unknown (" + c[t] + ")");
          }
        }
        if (code.length() % 3 != 0) {
          bad.add("ActorCode length not a multiple of 3");
        }
      }
      if (!c[25].equals("0") && !c[25].equals("1")) {
        bad.add("IsRootEvent not 0/1");
      }
      String[] row = cameo.get(c[26]);
      if (row == null) {
        bad.add("EventCode unknown (" + c[26] + ")");
      } else {
        if (!c[27].equals(c[26].substring(0, 3))) {
          bad.add("EventBaseCode != code[:3]");
        }
        if (!c[28].equals(c[26].substring(0, 2))) {
          bad.add("EventRootCode != code[:2]");
        }
        if (!c[29].equals(row[5])) {
          bad.add("QuadClass disagrees with CAMEO");
        }
        if (Math.abs(Double.parseDouble(c[30]) - Double.parseDouble(row[6])) > 1e-6) {
          bad.add("GoldsteinScale disagrees with CAMEO");
        }
      }
      for (int i = 31; i <= 33; i++) {
        if (!c[i].matches("\\d+") || Integer.parseInt(c[i]) < 1) {
          bad.add("NumMentions/NumSources/NumArticles not a positive integer");
        }
      }
      try {
        double tone = Double.parseDouble(c[34]);
        if (tone < -100 || tone > 100) {
          bad.add("AvgTone out of -100..100");
        }
      } catch (NumberFormatException e) {
        bad.add("AvgTone not a number");
      }
      for (int off : new int[] {35, 43, 51}) {
        String type = c[off];
        if (!Set.of("", "0", "1", "2", "3", "4", "5").contains(type)) {
          bad.add("Geo_Type not 0-5");
        }
        if (!type.isEmpty() && !type.equals("0")) {
          if (c[off + 1].isEmpty()) {
            bad.add("Geo_Fullname empty");
          }
          if (!c[off + 2].matches("[A-Z]{2}")) {
            bad.add("Geo_CountryCode not FIPS 2 letters");
          }
          double lat = Double.parseDouble(c[off + 5]);
          double lon = Double.parseDouble(c[off + 6]);
          if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            bad.add("Geo lat/lon out of range");
          }
        }
      }
      if (!c[59].matches("\\d{14}")) {
        bad.add("DATEADDED not YYYYMMDDHHMMSS");
      }
      if (c[60].isEmpty()) {
        bad.add("SOURCEURL empty");
      }
      bad.forEach(b -> problems.merge(b, 1, Integer::sum));
    }
    return problems;
  }

  @Test
  void theExamplesEventsPassEveryCheckAGdeltReaderMakes() {
    assertThat(events).hasSize(doc.events().size()).isNotEmpty();
    assertThat(problems()).isEmpty();
  }

  @Test
  void fractionDateIsComputedAsGdeltsOwnFilesDo() {
    assertThat(GdeltEvents.fractionDate(java.time.LocalDate.of(2016, 9, 12)))
        .isEqualTo("2016.6904");
    assertThat(events.get(0)[4]).isEqualTo("2023.7123"); // 20 September 2023
  }

  @Test
  void avgToneIsTheArticlesToneOnEveryRowAndInTheMentions() {
    double tone = doc.metadata().tone().orElseThrow().tone();
    assertThat(tone).isBetween(-100.0, 100.0);
    for (String[] c : events) {
      assertThat(Double.parseDouble(c[34]))
          .isCloseTo(tone, org.assertj.core.data.Offset.offset(1e-4));
    }
    for (String[] m : mentions) {
      assertThat(Double.parseDouble(m[13]))
          .isCloseTo(tone, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void sourceUrlNamesTheArticleWhenItHasNoUrl() {
    assertThat(doc.metadata().url()).isEmpty();
    assertThat(events).allSatisfy(c -> assertThat(c[60]).isEqualTo(doc.id()));
  }

  @Test
  void mentionsPointAtTheEventsRows() {
    assertThat(mentions).hasSameSizeAs(events);
    for (int i = 0; i < events.size(); i++) {
      assertThat(mentions.get(i)).hasSize(16);
      assertThat(mentions.get(i)[0]).isEqualTo(events.get(i)[0]);
    }
  }

  @Test
  void eventIdsDifferBetweenArticlesWithTheSameFileName() {
    Doc other = Doc.of("karabakh-2023-09-20", doc.text() + " ", doc.metadata(), doc.paragraphs());
    assertThat(GdeltEvents.eventId(other, 0)).isNotEqualTo(GdeltEvents.eventId(doc, 0));
    assertThat(GdeltEvents.eventId(doc, 0)).isLessThan(1L << 53);
  }
}

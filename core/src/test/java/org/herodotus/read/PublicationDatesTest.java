package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "20 September, 2023 | 2023-09-20",
        "20 September 2023 | 2023-09-20",
        "20th September 2023 | 2023-09-20",
        "20 Sep 2023 | 2023-09-20",
        "Sep 20, 2023 | 2023-09-20",
        "Sept. 20, 2023 | 2023-09-20",
        "September 20, 2023 | 2023-09-20",
        "september 20 2023 | 2023-09-20",
        "2023-09-20 | 2023-09-20",
        "Wednesday 20 September 2023 10:41 BST | 2023-09-20T10:41:00+01:00",
        "Wednesday, 20 September 2023, 10:41 GMT | 2023-09-20T10:41:00Z",
        "20 September 2023 10:41 UTC | 2023-09-20T10:41:00Z",
        "Sep 20, 2023 10:41 AM EDT | 2023-09-20T10:41:00-04:00",
        "September 20, 2023 at 3:05 p.m. EST | 2023-09-20T15:05:00-05:00",
        "20 September 2023 12:00 CEST | 2023-09-20T12:00:00+02:00",
        "20 September 2023 12:00 CET | 2023-09-20T12:00:00+01:00",
        "20 September 2023 12:00 PDT | 2023-09-20T12:00:00-07:00",
        "20 September 2023 12:00 GMT+4 | 2023-09-20T12:00:00+04:00",
        "Wed, 20 Sep 2023 10:41:00 +0100 | 2023-09-20T10:41:00+01:00",
        "Wed, 20 Sep 2023 10:41:00 GMT | 2023-09-20T10:41:00Z",
        "2023-09-20T10:41:00Z | 2023-09-20T10:41:00Z",
        "2023-09-20T10:41:00+01:00 | 2023-09-20T10:41:00+01:00",
        "2023-09-20T10:41:00.123-05:00 | 2023-09-20T10:41:00-05:00",
        "2023-09-20 10:41 | 2023-09-20",
        "20 September 2023 10:41 | 2023-09-20",
        "Published: 20 September 2023 | 2023-09-20",
        "Published on Sep 20, 2023 | 2023-09-20",
        "First published 2023-09-20T10:41:00Z | 2023-09-20T10:41:00Z",
        "Updated 20 September 2023 10:41 BST | 2023-09-20T10:41:00+01:00",
        "Last updated: September 20, 2023. | 2023-09-20",
        "  20 September, 2023\u00A0 | 2023-09-20",
      })
  void parsesDateLines(String line, String expected) {
    assertThat(PublicationDates.parse(line)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "",
        "   ",
        "Azerbaijan said on 20 September 2023 that it aimed to reintegrate Armenians.",
        "The ceasefire of 20 September 2023 held.",
        "On Sep 20, 2023, talks began.",
        "20 September 2023 was a Wednesday",
        "Published by Reuters",
        "1 min read",
        "2023",
        "September 2023",
        "31 February 2023",
        "2023-13-01",
        "20 September 2023 25:00 BST",
        "20 September 2023 10:41 XYZ",
        "By Jane Doe",
      })
  void rejectsLinesThatAreNotDates(String line) {
    assertThat(PublicationDates.parse(line)).isEmpty();
  }

  @Test
  void reportsWhereTheDateIsAndWhetherItIsAnUpdate() {
    String line = "Updated: 20 September 2023";
    PublicationDates.DateLine found = PublicationDates.find(line).orElseThrow();
    assertThat(line.substring(found.start(), found.end())).isEqualTo("20 September 2023");
    assertThat(found.updated()).isTrue();
    assertThat(PublicationDates.find("Published 2023-09-20").orElseThrow().updated()).isFalse();
  }
}

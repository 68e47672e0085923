package dev.quorum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-03-07|2023-03-07",
        "2023-03-07T10:15:00Z|2023-03-07T10:15:00Z",
        "2023-03-07T10:15:00.123Z|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+02:00|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+0200|2023-03-07T10:15:00Z",
        "2023-03-07 10:15:00|2023-03-07",
        "1999-01-25 19:19|1999-01-25",
        "2023/03/07|2023-03-07",
        "Tue, 07 Mar 2023 10:15:00 GMT|2023-03-07T10:15:00Z",
        "Tue, 7 Mar 2023 05:15:00 -0500|2023-03-07T10:15:00Z",
        "7 Mar 23 05:15 EST|2023-03-07T10:15:00Z",
        "March 7, 2023|2023-03-07",
        "Mar. 7, 2023|2023-03-07",
        "Tuesday, March 7, 2023|2023-03-07",
        "7 March 2023|2023-03-07",
        "March 13, 2001, Tuesday|2001-03-13",
        "20230307|2023-03-07",
        "1678184100|2023-03-07T10:15:00Z",
        "1678184100000|2023-03-07T10:15:00Z",
      })
  void commonFormatsAreNormalised(String in, String expected) {
    assertThat(Dates.toIso(in)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "yesterday",
        "07/03/2023",
        "2023-13-40",
        "20231345",
        "Feb 30, 2023",
        "99999999999999",
        "0"
      })
  void nonDatesGiveNull(String in) {
    assertThat(Dates.toIso(in)).isNull();
  }

  @org.junit.jupiter.api.Test
  void nullGivesNull() {
    assertThat(Dates.toIso(null)).isNull();
  }

  /** The forms HTML pages give in meta tags, JSON-LD and time elements. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-03-07T10:15:00Z|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+02:00|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+0200|2023-03-07T10:15:00Z",
        "2023-03-07 10:15:00|2023-03-07",
        "2023-03-07|2023-03-07",
        "Tue, 7 Mar 2023 10:15:00 GMT|2023-03-07T10:15:00Z",
        "March 7, 2023|2023-03-07",
        "7 March 2023|2023-03-07",
        "20230307|2023-03-07",
      })
  void normalizesPageMetadataForms(String raw, String iso) {
    assertThat(Dates.toIso(raw)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2023-13-45", "not a date at all", "''"})
  void unreadableDatesGiveNull(String raw) {
    assertThat(Dates.toIso(raw)).isNull();
  }
}

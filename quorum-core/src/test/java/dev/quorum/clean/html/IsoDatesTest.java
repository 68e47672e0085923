package dev.quorum.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-03-07T10:15:00Z|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+02:00|2023-03-07T10:15:00Z",
        "2023-03-07T12:15:00+0200|2023-03-07T10:15:00Z",
        "2023-03-07 10:15:00|2023-03-07T10:15",
        "2023-03-07|2023-03-07",
        "Tue, 7 Mar 2023 10:15:00 GMT|2023-03-07T10:15:00Z",
        "March 7, 2023|2023-03-07",
        "7 March 2023|2023-03-07",
        "20230307|2023-03-07",
      })
  void normalizesCommonForms(String raw, String iso) {
    assertThat(IsoDates.normalize(raw)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2023-13-45", "not a date at all", "''"})
  void unreadableDatesGiveNull(String raw) {
    assertThat(IsoDates.normalize(raw)).isNull();
  }
}

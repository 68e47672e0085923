package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  private static final double EPS = 1e-9;

  @Test
  void missingShingleHalvesRecall() {
    // truth shingles: [a b c d], [b c d e]; prediction: [a b c d] -> TP 1, FP 0, FN 1
    ExtractionScore.Page p = ExtractionScore.page("a b c d e", "a b c d");
    assertThat(p.tp()).isCloseTo(0.5, within(EPS));
    assertThat(p.fp()).isCloseTo(0.0, within(EPS));
    assertThat(p.fn()).isCloseTo(0.5, within(EPS));
    ExtractionScore.Result r = ExtractionScore.aggregate(List.of(p));
    assertThat(r.precision()).isCloseTo(1.0, within(EPS));
    assertThat(r.recall()).isCloseTo(0.5, within(EPS));
    assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(EPS));
  }

  @Test
  void shinglesAreCountedNotJustSeen() {
    // truth: xyzw x2, yzwx, zwxy, wxyz (5 shingles); prediction: xyzw once -> TP 1, FN 4
    ExtractionScore.Page p = ExtractionScore.page("x y z w x y z w", "x y z w");
    assertThat(p.tp()).isCloseTo(0.2, within(EPS));
    assertThat(p.fn()).isCloseTo(0.8, within(EPS));
    // extra copies in the prediction are false positives: TP 1, FP 1
    ExtractionScore.Page q = ExtractionScore.page("x y z w", "x y z w x y z w");
    assertThat(q.tp()).isCloseTo(0.2, within(EPS));
    assertThat(q.fp()).isCloseTo(0.8, within(EPS));
  }

  @Test
  void tokensIgnorePunctuationKeepCaseAndReadAnyScript() {
    assertThat(ExtractionScore.page("a, b. c! d", "a b c d").tp()).isCloseTo(1.0, within(EPS));
    assertThat(ExtractionScore.page("Привет мир как дела", "Привет мир как дела").tp())
        .isCloseTo(1.0, within(EPS));
    ExtractionScore.Page caseDiffers = ExtractionScore.page("The cat sat down", "the cat sat down");
    assertThat(caseDiffers.tp()).isZero();
    assertThat(caseDiffers.fp()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void emptyPredictionCountsForRecallOnlyAndEmptyPairCountsAsPerfect() {
    ExtractionScore.Page half = ExtractionScore.page("a b c d e", "a b c d"); // P 1, R 0.5
    ExtractionScore.Page nothing = ExtractionScore.page("a b c d e", ""); // P undefined, R 0
    ExtractionScore.Result r = ExtractionScore.aggregate(List.of(half, nothing));
    assertThat(r.precision()).isCloseTo(1.0, within(EPS));
    assertThat(r.recall()).isCloseTo(0.25, within(EPS));
    assertThat(r.f1()).isCloseTo(0.4, within(EPS));

    ExtractionScore.Page empty = ExtractionScore.page("", "too short");
    ExtractionScore.Result both = ExtractionScore.aggregate(List.of(empty, nothing));
    assertThat(both.precision()).isCloseTo(1.0, within(EPS));
    assertThat(both.recall()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void accumulatorMatchesAggregate() {
    ExtractionScore s = new ExtractionScore();
    s.add("one two three four five six", "one two three four five six");
    s.add("one two three four five six", "zero one two three four");
    ExtractionScore.Result r = s.result();
    assertThat(r.pages()).isEqualTo(2);
    // page 2: truth 3 shingles, prediction 2 (0123, 1234); TP 1, FP 1, FN 2
    assertThat(r.precision()).isCloseTo((1.0 + 0.5) / 2, within(EPS));
    assertThat(r.recall()).isCloseTo((1.0 + 1.0 / 3) / 2, within(EPS));
    assertThat(ExtractionScore.f1(ExtractionScore.page("a b c d", "a b c d")))
        .isCloseTo(1.0, within(EPS));
  }
}

package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoriesEvalTest {

  @Test
  void bcubedOfAPerfectAndAMergedClustering() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    assertThat(StoriesEval.bcubed(gold, gold).f1()).isEqualTo(1.0);
    Map<String, String> one = Map.of("a", "1", "b", "1", "c", "1", "d", "1");
    StoriesEval.BCubed b = StoriesEval.bcubed(one, gold);
    assertThat(b.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(b.recall()).isEqualTo(1.0);
    Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3", "d", "4");
    assertThat(StoriesEval.bcubed(singletons, gold).recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void extendedBcubedCountsADocumentInTwoFoldersRightInEither() {
    StoriesEval.Labelled gold = new StoriesEval.Labelled(List.of(),
        Map.of("a", "x", "b", "x", "s", "x", "c", "y"), Map.of("s", Set.of("y")));
    // s with c (its second folder), a and b together: every pair shares a gold cluster
    StoriesEval.BCubed b = StoriesEval.bcubed(Map.of("a", "1", "b", "1", "s", "2", "c", "2"),
        gold);
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isLessThan(1.0);
    StoriesEval.BCubed merged = StoriesEval.bcubed(
        Map.of("a", "1", "b", "1", "s", "1", "c", "1"), gold);
    // s with itself shares two folders and counts 1/2 (Amigó's multiplicity): 3.5 of 4
    assertThat(merged.recall()).isCloseTo((1 + 1 + 1 + 3.5 / 4) / 4, within(1e-9));
    assertThat(merged.precision()).isLessThan(1.0);
  }

  @Test
  void adjustedRandIndexIsOneForEqualPartitionsAndAboutZeroForUnrelated() {
    Map<String, String> a = Map.of("1", "x", "2", "x", "3", "y", "4", "y");
    Map<String, String> renamed = Map.of("1", "p", "2", "p", "3", "q", "4", "q");
    assertThat(StoriesEval.ari(a, renamed)).isEqualTo(1.0);
    Map<String, String> crossed = Map.of("1", "p", "2", "q", "3", "p", "4", "q");
    assertThat(StoriesEval.ari(a, crossed)).isLessThan(0.0);
  }

  @Test
  void wikirefTopicIsTheFileNameWithoutItsNumber() {
    assertThat(StoriesEval.topic("ParisAttacks2015 (12).txt")).isEqualTo("ParisAttacks2015");
    assertThat(StoriesEval.topic("malaysia.airlines.flight.276.txt"))
        .isEqualTo("malaysia.airlines.flight");
    assertThat(StoriesEval.topic("samsung.galaxy.s5.4.txt")).isEqualTo("samsung.galaxy.s5");
  }
}

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

  @Test
  void linkageSpecificationsOfTheSweep() {
    assertThat(StoriesEvalCommand.linkage("off")).isNull();
    dev.quorum.stories.Linkage l = StoriesEvalCommand.linkage("5:30:0.65");
    assertThat(l.scaleRank()).isEqualTo(5);
    assertThat(l.neighbours()).isEqualTo(30);
    assertThat(l.threshold()).isEqualTo(0.65);
    assertThat(l.minUnits()).isEqualTo(100);
    assertThat(l.mergeRatio()).isInfinite();
    assertThat(StoriesEvalCommand.linkage("4:20:0.7:50:0.9").mergeRatio()).isEqualTo(0.9);
  }

  @Test
  void foldersOfOneKindKeepOnlyTheirLabels() {
    dev.quorum.model.Article a = article("a");
    dev.quorum.model.Article b = article("b");
    dev.quorum.model.Article c = article("c");
    StoriesEval.Labelled all = new StoriesEval.Labelled(List.of(a, b, c),
        Map.of("a", "d30001t", "b", "d100a", "c", "d30002t"),
        Map.of("a", Set.of("d30002t", "d101b")));
    StoriesEval.Labelled tdt = StoriesEvalCommand.folders(all, "d3");
    assertThat(tdt.labels()).containsOnlyKeys("a", "c");
    assertThat(tdt.all("a")).containsExactly("d30001t", "d30002t");
    assertThat(tdt.articles()).extracting(dev.quorum.model.Article::id).containsExactly("a", "c");
  }

  private static dev.quorum.model.Article article(String id) {
    return new dev.quorum.model.Article(id, dev.quorum.model.Source.file(id),
        dev.quorum.model.Metadata.EMPTY, "eng", "x", List.of(), List.of(), List.of());
  }
}

package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Holds language identification per language at floors below the measured accuracy. */
class LanguageEvalGateTest {

  @Test
  void everyMultiLingLanguageAtLeast97Percent() throws IOException {
    Optional<Path> source = SharedData.dataSet("multiling2011")
        .map(d -> d.resolve("source")).filter(Files::isDirectory);
    assumeTrue(source.isPresent(), "shared multiling2011/source not found");
    Map<String, LanguageEval.Count> counts = LanguageEval.accuracy(
        LanguageEval.analyzer(600, true), LanguageEval.multiling(source.get()));
    assertThat(counts).hasSize(7);
    counts.forEach((k, c) -> assertThat(c.accuracy()).as(k).isGreaterThanOrEqualTo(0.97));
  }

  @Test
  void semEvalNewsAbove90PercentPerLanguageAndShortcutRarelyMisfires() throws IOException {
    Optional<Path> csv = SharedData.dataSet("semeval2022-task8")
        .map(d -> d.resolve("training_set.csv")).filter(Files::isRegularFile);
    assumeTrue(csv.isPresent(), "shared semeval2022-task8/training_set.csv not found");
    LanguageEval.SemEval r = LanguageEval.scoreSemEval(LanguageEval.semeval(csv.get()));
    assertThat(r.byLanguage()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(r.shortcutMisfires()).isLessThanOrEqualTo(2);
    r.byLanguage().forEach((k, c) -> assertThat(c.accuracy()).as(k).isGreaterThan(0.9));
  }
}

package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds the cleaner's false-removal rates under ceilings a little above the measured figures, on
 * texts that are all article text; skipped when the data is absent. Speed is printed by {@code
 * quorum eval cleaning}, not asserted.
 */
class CleaningEvalGateTest {

  private static List<CleaningEval.DucText> duc() throws IOException {
    Optional<Path> docs = SharedData.dataSet("duc2003")
        .map(d -> d.resolve("docs")).filter(Files::isDirectory);
    assumeTrue(docs.isPresent(), "shared duc2003/docs not found");
    return CleaningEval.ducTexts(docs.get());
  }

  @Test
  void groundTruthBodiesLoseAlmostNothing() throws IOException {
    Optional<Path> gt = SharedData.dataSet("article-extraction-benchmark")
        .map(d -> d.resolve("ground-truth.json")).filter(Files::isRegularFile);
    assumeTrue(gt.isPresent(), "shared article-extraction-benchmark/ground-truth.json not found");
    CleaningEval.Tally tally = CleaningEval.groundTruth(CleaningEval.groundTruthBodies(gt.get()));
    assertThat(tally.words()).isGreaterThan(100_000);
    assertThat(tally.wordRate(true)).isLessThan(0.005);
    assertThat(tally.wordRate(false)).isLessThan(0.003);
  }

  @Test
  void ducNewswireLosesAlmostNothing() throws IOException {
    CleaningEval.Tally tally = CleaningEval.duc(duc());
    assertThat(tally.texts()).isGreaterThan(500);
    assertThat(tally.wordRate(true)).isLessThan(0.010);
    assertThat(tally.wordRate(false)).isLessThan(0.0015);
  }

  @Test
  void repetitionMemoryTakesOnlyWireDebris() throws IOException {
    CleaningEval.Repeated r = CleaningEval.ducWithMemory(duc());
    // the wire services' recurring service lines are found, and little else
    assertThat(r.lines()).hasSizeGreaterThan(5);
    assertThat(r.wordRate()).isLessThan(0.005);
  }
}

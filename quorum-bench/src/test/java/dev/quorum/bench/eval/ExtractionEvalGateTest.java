package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Holds Quorum's extraction quality on the shared benchmark; skipped when the data is absent. */
class ExtractionEvalGateTest {

  /** Just below the F1 measured when this gate was set (0.9781 on the 181 pages). */
  private static final double F1_FLOOR = 0.973;

  @Test
  void quorumStaysAboveItsFloorAndAboveReadability() throws IOException {
    Optional<Path> data = SharedData.dataSet("article-extraction-benchmark");
    assumeTrue(data.isPresent(), "shared article-extraction-benchmark not found");
    List<ExtractionEvalCommand.BenchPage> pages = ExtractionEvalCommand.load(data.get());
    assumeTrue(!pages.isEmpty(), "benchmark has no pages");

    Map<String, ExtractionEvalCommand.Extractor> systems = ExtractionEvalCommand.systems(false);
    ExtractionEvalCommand.SystemResult quorum =
        ExtractionEvalCommand.run("quorum", systems.get("quorum"), pages, 0);
    ExtractionEvalCommand.SystemResult readability =
        ExtractionEvalCommand.run("readability4j", systems.get("readability4j"), pages, 0);

    assertThat(quorum.score().f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    assertThat(quorum.score().f1()).isGreaterThanOrEqualTo(readability.score().f1());
  }
}

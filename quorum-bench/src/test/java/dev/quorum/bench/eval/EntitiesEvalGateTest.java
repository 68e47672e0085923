package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins entity canonicalization on the hand-labelled DUC name clusters; skips without data. */
class EntitiesEvalGateTest {

  static final Path DIR = Path.of("src/test/resources/dev/quorum/bench/eval");

  @Test
  void mergesStayPreciseAndFindMostVariants() throws Exception {
    Path duc = SharedData.dataSet("duc2003").filter(d -> Files.isDirectory(d.resolve("docs")))
        .orElse(null);
    assumeTrue(duc != null, "shared/data/duc2003 absent");
    EntitiesEvalCommand.Result r =
        EntitiesEvalCommand.run(duc.getParent(), DIR.resolve("entity-gold-duc.tsv"));
    // measured: precision 1.000 (96 of 96 merged pairs), recall 0.733 (96 of 131)
    assertThat(r.precision()).as(r.wrong().toString()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.71);
  }

  @Test
  void heldOutMultiLingMergesStayPrecise() throws Exception {
    Path ml = SharedData.dataSet("multiling2011").orElse(null);
    assumeTrue(ml != null, "shared/data/multiling2011 absent");
    EntitiesEvalCommand.Result r =
        EntitiesEvalCommand.run(ml.getParent(), DIR.resolve("entity-gold-multiling.tsv"));
    // measured: precision 1.000 (97 of 97 merged pairs), recall 0.693 (97 of 140)
    assertThat(r.precision()).as(r.wrong().toString()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.67);
  }
}

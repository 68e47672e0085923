package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins entity canonicalization on the hand-labelled DUC name clusters; skips without data. */
class EntitiesEvalGateTest {

  static final Path GOLD = Path.of("src/test/resources/dev/quorum/bench/eval/entity-gold-duc.tsv");

  @Test
  void mergesStayPreciseAndFindMostVariants() throws Exception {
    Path duc = SharedData.dataSet("duc2003").filter(d -> Files.isDirectory(d.resolve("docs")))
        .orElse(null);
    assumeTrue(duc != null, "shared/data/duc2003 absent");
    EntitiesEvalCommand.Result r = EntitiesEvalCommand.run(duc, GOLD);
    // measured: precision 1.000 (102 of 102 merged pairs), recall 0.708 (102 of 144)
    assertThat(r.precision()).as(r.wrong().toString()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.69);
  }
}

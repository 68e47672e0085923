package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import dev.quorum.bench.copies.Spinner;
import dev.quorum.bench.copies.WordNet;
import dev.quorum.copies.CopyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds the copy detector's scores on the planted corpus (400 bases, seed 42) at floors a little
 * below the measured figures; skipped when the shared data or WordNet is absent.
 */
class CopiesEvalGateTest {

  @Test
  void plantedCopiesAreFoundWithoutFalseCopies() {
    Optional<Path> data = SharedData.locate().map(s -> s.resolve("data"))
        .filter(d -> Files.isDirectory(d.resolve("duc2003")));
    assumeTrue(data.isPresent(), "shared duc2003 not found");
    assumeTrue(WordNet.available(WordNet.defaultDir()), "WordNet not installed");
    CopiesEvalCommand.Run run =
        CopiesEvalCommand.run(data.get(), 400, 42, Spinner.Options.DEFAULT);
    CopiesEval.Result r = run.score();
    assertThat(run.corpus().planted()).hasSizeGreaterThan(300);
    assertThat(r.kinds().get(CopyKind.DUPLICATE).recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.kinds().get(CopyKind.NEAR_DUPLICATE).recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.kinds().get(CopyKind.REWRITE).recall()).isGreaterThanOrEqualTo(0.95);
    CopiesEval.KindScore rw = r.kinds().get(CopyKind.REWRITE);
    assertThat((double) rw.foundSameKind() / rw.planted()).isGreaterThanOrEqualTo(0.9);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.precisionVerified()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.verifiedNatural().size()).isGreaterThanOrEqualTo(r.natural().size() - 2);
    assertThat(r.purity()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.completeness()).isGreaterThanOrEqualTo(0.98);
  }
}

package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds quote attribution on PolNeAR dev at floors a little below the measured figures, in both
 * modes (keeping long unattributed quoted passages or not); skipped when the data is absent.
 */
class QuotesEvalGateTest {

  @Test
  void directQuotesAndSpeakersOnDev() throws Exception {
    Optional<Path> set = EvalData.set(null, "polnear").map(p -> p.resolve("dev"))
        .filter(p -> Files.isDirectory(p.resolve("attributions")));
    assumeTrue(set.isPresent(), "shared polnear/dev not found");
    List<QuotesEval.Doc> docs = QuotesEval.load(set.get());
    assertThat(docs).hasSizeGreaterThan(80);

    QuotesEval.Result keep = QuotesEval.score(docs, QuotesEvalCommand.finder(true));
    // measured: P 0.973, R 0.870, named speaker 0.913; all: P 0.955, R 0.472
    assertThat(keep.direct().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(keep.direct().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(keep.direct().namedSpeakerAccuracy()).isGreaterThanOrEqualTo(0.89);
    assertThat(keep.all().precision()).isGreaterThanOrEqualTo(0.93);
    assertThat(keep.all().recall()).isGreaterThanOrEqualTo(0.45);

    QuotesEval.Result strict = QuotesEval.score(docs, QuotesEvalCommand.finder(false));
    // measured: P 0.976, R 0.842, named speaker 0.947
    assertThat(strict.direct().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(strict.direct().recall()).isGreaterThanOrEqualTo(0.82);
    assertThat(strict.direct().namedSpeakerAccuracy()).isGreaterThanOrEqualTo(0.92);
  }
}

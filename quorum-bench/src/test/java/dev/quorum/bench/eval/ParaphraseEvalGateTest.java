package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher.NumberRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins the sentence matcher's MSRP-train figures just below what was measured; skips without data. */
class ParaphraseEvalGateTest {

  @Test
  void matcherHoldsItsMeasuredFloors() throws Exception {
    Path file = SharedData.dataSet("msrp")
        .map(d -> d.resolve(ParaphraseEvalCommand.TRAIN_FILE))
        .filter(Files::isRegularFile)
        .orElse(null);
    assumeTrue(file != null, "shared/data/msrp absent");
    // two fold shuffles keep the test short; the eval command runs five
    ParaphraseEvalCommand.Result r =
        ParaphraseEvalCommand.evaluate(file, SentenceEmbedder.Options.defaults(), 2, false);
    assertThat(r.pairs()).isEqualTo(4076);

    ParaphraseEvalCommand.RuleResult learned = r.rules().get(NumberRule.LEARNED);
    // MEASURED_LEARNED
    assertThat(learned.cv().minAccuracy()).isGreaterThanOrEqualTo(0.775);
    assertThat(learned.cv().minF1()).isGreaterThanOrEqualTo(0.838);
    assertThat(learned.shipped().accuracy()).isGreaterThanOrEqualTo(0.78);

    ParaphraseEvalCommand.RuleResult veto = r.rules().get(NumberRule.VETO);
    // MEASURED_VETO
    assertThat(veto.cv().minAccuracy()).isGreaterThanOrEqualTo(0.75);

    // all-positive baseline accuracy on this file is 0.675; the matcher must beat it clearly
    assertThat(learned.cv().meanAccuracy()).isGreaterThan(0.70);
    // the float model: batching does not change a vector
    assertThat(r.maxBatchDifference()).isEqualTo(0.0);
    assertThat(r.sentencesPerSecond()).isPositive();
  }
}

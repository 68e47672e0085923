package dev.quorum.bench.eval;

import dev.quorum.bench.SharedData;
import dev.quorum.text.embed.Confusion;
import dev.quorum.text.embed.LabelledPair;
import dev.quorum.text.embed.MatcherTraining;
import dev.quorum.text.embed.PairFeatures;
import dev.quorum.text.embed.PairFitter;
import dev.quorum.text.embed.PairModel;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher;
import dev.quorum.text.embed.SentenceMatcher.NumberRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores the sentence matcher on MSRP train (k-fold cross-validated over several fold shuffles,
 * and the shipped model) under each number rule, optionally each feature group's contribution, and
 * measures batched embedding throughput and whether batching changes the vectors.
 */
@Command(
    name = "paraphrase",
    mixinStandardHelpOptions = true,
    description = "Sentence matcher on MSRP train: CV accuracy/P/R/F1 with spread over fold "
        + "shuffles, feature-group ablation; embedding sentences/s and batch-order equality.")
public final class ParaphraseEvalCommand implements Callable<Integer> {

  /** The file inside the msrp folder. */
  public static final String TRAIN_FILE = "msr_paraphrase_train.txt";

  /** Sentences compared one at a time against their batched vectors. */
  static final int EQUALITY_SAMPLE = 200;

  /** One number rule's scores: cross-validated, and the shipped model scored on train. */
  public record RuleResult(MatcherTraining.Cv cv, Confusion shipped) {}

  /**
   * What the number rules do with the pairs in which each side has a number the other lacks.
   *
   * @param pairs such pairs
   * @param goldSame how many of them MSRP calls paraphrases
   * @param learnedSame how many the shipped model calls the same without the veto
   * @param learnedRight how many of them the shipped model decides as MSRP does
   */
  public record NumberConflicts(int pairs, int goldSame, int learnedSame, int learnedRight) {}

  /**
   * A whole evaluation.
   *
   * @param pairs labelled pairs read
   * @param rules scores per number rule
   * @param conflicts the pairs with conflicting numbers
   * @param ablation cross-validated scores (learned numbers) with each feature group left out
   * @param sentences distinct sentences embedded for the throughput figure
   * @param sentencesPerSecond embedding throughput, cache off
   * @param maxBatchDifference largest absolute difference of a vector component between the
   *     batched run and one-sentence runs, over a sample of sentences
   * @param loadMillis model load time
   */
  public record Result(
      int pairs, Map<NumberRule, RuleResult> rules, NumberConflicts conflicts,
      Map<String, MatcherTraining.Cv> ablation, int sentences, double sentencesPerSecond,
      double maxBatchDifference, long loadMillis) {}

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "msrp folder (default: located shared/data/msrp)")
  Path data;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
      description = "sentences per model run (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "ONNX intra-op threads per batch (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "batches run at once (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "FLOAT",
      description = "embedding model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the "
          + "shipped weights are fitted on FLOAT vectors")
  SentenceEmbedder.Model model;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "5",
      description = "fold shuffles to cross-validate over, 1 to 5 (default: ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--ablation",
      description = "also cross-validate with each feature group left out (first shuffle only)")
  boolean ablation;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data : SharedData.dataSet("msrp").orElse(null);
    if (dir == null || !Files.isRegularFile(dir.resolve(TRAIN_FILE))) {
      err.println("msrp/" + TRAIN_FILE + " not found; pass --data DIR or set " + SharedData.ENV);
      return 2;
    }
    if (seeds < 1 || seeds > MatcherTraining.SEEDS.length) {
      err.println("--seeds must be 1 to " + MatcherTraining.SEEDS.length);
      return 2;
    }
    Result r = evaluate(dir.resolve(TRAIN_FILE),
        SentenceEmbedder.Options.defaults().withBatchSize(batch).withThreads(threads)
            .withWorkers(workers).withModel(model), seeds, ablation);
    out.printf(Locale.ROOT, "MSRP train: %d pairs (the test part is held back)%n", r.pairs());
    out.println("baselines: all-positive 66.5/79.9, Wan 2006 75.6/83.0 (accuracy/F1, on test)");
    out.printf(Locale.ROOT, "%d-fold CV (fit on 9/10, scored on 1/10), mean [min..max] over fold "
        + "shuffles, sd of single folds:%n", MatcherTraining.FOLDS);
    r.rules().forEach((rule, s) -> {
      out.printf(Locale.ROOT, "numbers %-7s CV:      %s%n", rule, s.cv().summary());
      out.printf(Locale.ROOT, "numbers %-7s shipped model, scored on train: %s%n", rule, s.shipped());
    });
    NumberConflicts c = r.conflicts();
    out.printf(Locale.ROOT, "pairs where each side has a number the other lacks: %d, %d of them "
            + "paraphrases in MSRP; the shipped model calls %d the same without the veto (%d "
            + "decided as MSRP does); VETO calls none the same%n",
        c.pairs(), c.goldSame(), c.learnedSame(), c.learnedRight());
    if (!r.ablation().isEmpty()) {
      out.println("feature groups left out (numbers LEARNED, first shuffle):");
      r.ablation().forEach((group, cv) -> out.printf(Locale.ROOT, "  %-22s accuracy %.4f  F1 %.4f%n",
          group, cv.meanAccuracy(), cv.meanF1()));
    }
    out.printf(Locale.ROOT,
        "embedding (%s model): %d distinct sentences at %.0f sentences/s (batch %d, %d worker(s) x %d "
            + "intra-op thread(s), cache off); model load %d ms%n",
        model, r.sentences(), r.sentencesPerSecond(), batch, workers, threads, r.loadMillis());
    out.printf(Locale.ROOT, "batched vs one-sentence vectors, %d sentences: max abs difference %.3g%n",
        Math.min(EQUALITY_SAMPLE, r.sentences()), r.maxBatchDifference());
    out.flush();
    return 0;
  }

  /** Runs the evaluation with every fold shuffle and no ablation. */
  public static Result evaluate(Path trainFile, SentenceEmbedder.Options options)
      throws IOException {
    return evaluate(trainFile, options, MatcherTraining.SEEDS.length, false);
  }

  /** Runs the evaluation on a labelled pair file with the given embedder options. */
  public static Result evaluate(
      Path trainFile, SentenceEmbedder.Options options, int seedCount, boolean ablation)
      throws IOException {
    List<LabelledPair> pairs = LabelledPair.read(trainFile);
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (LabelledPair p : pairs) {
      distinct.add(p.a());
      distinct.add(p.b());
    }
    List<String> sentences = new ArrayList<>(distinct);
    double perSecond;
    long loadMillis;
    double maxDifference = 0;
    try (SentenceEmbedder cold = SentenceEmbedder.open(options.withCacheCapacity(0));
        SentenceEmbedder single = SentenceEmbedder.open(
            options.withCacheCapacity(0).withBatchSize(1).withWorkers(1))) {
      loadMillis = cold.loadTime().toMillis();
      cold.embed(sentences.subList(0, Math.min(256, sentences.size()))); // warm-up
      long t0 = System.nanoTime();
      float[][] batched = cold.embed(sentences);
      perSecond = sentences.size() / ((System.nanoTime() - t0) / 1e9);
      List<String> sample = sentences.subList(0, Math.min(EQUALITY_SAMPLE, sentences.size()));
      float[][] one = single.embed(sample);
      for (int i = 0; i < sample.size(); i++) {
        for (int d = 0; d < one[i].length; d++) {
          maxDifference = Math.max(maxDifference, Math.abs(one[i][d] - batched[i][d]));
        }
      }
    }
    MatcherTraining.Data data;
    try (SentenceEmbedder embedder = SentenceEmbedder.open(options)) {
      data = MatcherTraining.featurise(embedder, pairs);
    }
    PairFitter fitter = MatcherTraining.fitter();
    long[] seeds = Arrays.copyOf(MatcherTraining.SEEDS, seedCount);
    Map<NumberRule, MatcherTraining.Cv> cv =
        MatcherTraining.crossValidate(fitter, PairFeatures.NAMES, data, seeds);
    Map<NumberRule, RuleResult> rules = new EnumMap<>(NumberRule.class);
    PairModel shipped = SentenceMatcher.defaultModel(options.model());
    for (NumberRule rule : NumberRule.values()) {
      rules.put(rule, new RuleResult(cv.get(rule), MatcherTraining.score(shipped, data, rule)));
    }
    Map<String, MatcherTraining.Cv> dropped = new LinkedHashMap<>();
    if (ablation) {
      for (Map.Entry<String, List<String>> g : MatcherTraining.GROUPS.entrySet()) {
        List<String> kept = new ArrayList<>(PairFeatures.NAMES);
        kept.removeAll(g.getValue());
        dropped.put(g.getKey(), MatcherTraining.crossValidate(fitter, kept, data.select(kept),
            new long[] {MatcherTraining.SEED}).get(NumberRule.LEARNED));
      }
    }
    return new Result(pairs.size(), rules, conflicts(shipped, data), dropped, distinct.size(),
        perSecond, maxDifference, loadMillis);
  }

  private static NumberConflicts conflicts(PairModel model, MatcherTraining.Data data) {
    int pairs = 0;
    int gold = 0;
    int same = 0;
    int right = 0;
    for (int i = 0; i < data.y().length; i++) {
      double[] f = data.x().get(i);
      if (SentenceMatcher.vetoed(NumberRule.VETO, f)) {
        boolean p = model.positive(model.probability(f));
        pairs++;
        gold += data.y()[i] ? 1 : 0;
        same += p ? 1 : 0;
        right += p == data.y()[i] ? 1 : 0;
      }
    }
    return new NumberConflicts(pairs, gold, same, right);
  }
}

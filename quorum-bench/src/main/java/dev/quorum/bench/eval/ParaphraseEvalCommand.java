package dev.quorum.bench.eval;

import dev.quorum.bench.SharedData;
import dev.quorum.text.embed.Confusion;
import dev.quorum.text.embed.LabelledPair;
import dev.quorum.text.embed.LogisticFitter;
import dev.quorum.text.embed.MatcherTraining;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher;
import dev.quorum.text.embed.SentenceMatcher.NumberRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Scores the sentence matcher on MSRP train (k-fold cross-validated, fitted on all, and the shipped
 * weights) under each number rule, and measures batched embedding throughput.
 */
@Command(
    name = "paraphrase",
    mixinStandardHelpOptions = true,
    description = "Sentence matcher on MSRP train: CV and fitted-on-all accuracy/P/R/F1; "
        + "embedding sentences/s.")
public final class ParaphraseEvalCommand implements Callable<Integer> {

  /** The file inside the msrp folder. */
  public static final String TRAIN_FILE = "msr_paraphrase_train.txt";

  /** One number rule's scores. */
  public record RuleResult(Confusion cv, Confusion fittedOnAll, Confusion shipped) {}

  /**
   * A whole evaluation.
   *
   * @param pairs labelled pairs read
   * @param rules scores per number rule
   * @param sentences distinct sentences embedded for the throughput figure
   * @param sentencesPerSecond embedding throughput, cache off
   * @param loadMillis model load time
   */
  public record Result(
      int pairs, Map<NumberRule, RuleResult> rules, int sentences, double sentencesPerSecond,
      long loadMillis) {}

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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data : SharedData.dataSet("msrp").orElse(null);
    if (dir == null || !Files.isRegularFile(dir.resolve(TRAIN_FILE))) {
      err.println("msrp/" + TRAIN_FILE + " not found; pass --data DIR or set " + SharedData.ENV);
      return 2;
    }
    Result r = evaluate(dir.resolve(TRAIN_FILE),
        SentenceEmbedder.Options.defaults().withBatchSize(batch).withThreads(threads)
            .withWorkers(workers));
    out.printf(Locale.ROOT, "MSRP train: %d pairs (the test part is held back)%n", r.pairs());
    out.println("baselines: all-positive 66.5/79.9, Wan 2006 75.6/83.0 (accuracy/F1, on test)");
    r.rules().forEach((rule, s) -> {
      out.printf(Locale.ROOT, "numbers %-7s %d-fold CV (fit on 9/10, scored on 1/10): %s%n",
          rule, MatcherTraining.FOLDS, s.cv());
      out.printf(Locale.ROOT, "numbers %-7s refitted on all train, scored on train:  %s%n",
          rule, s.fittedOnAll());
      out.printf(Locale.ROOT, "numbers %-7s shipped weights, scored on train:         %s%n",
          rule, s.shipped());
    });
    out.printf(Locale.ROOT,
        "embedding: %d distinct sentences at %.0f sentences/s (batch %d, %d worker(s) x %d "
            + "intra-op thread(s), cache off); model load %d ms%n",
        r.sentences(), r.sentencesPerSecond(), batch, workers, threads, r.loadMillis());
    out.flush();
    return 0;
  }

  /** Runs the evaluation on a labelled pair file with the given embedder options. */
  public static Result evaluate(Path trainFile, SentenceEmbedder.Options options)
      throws IOException {
    List<LabelledPair> pairs = LabelledPair.read(trainFile);
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (LabelledPair p : pairs) {
      distinct.add(p.a());
      distinct.add(p.b());
    }
    double perSecond;
    long loadMillis;
    try (SentenceEmbedder cold = SentenceEmbedder.open(options.withCacheCapacity(0))) {
      loadMillis = cold.loadTime().toMillis();
      List<String> sentences = new ArrayList<>(distinct);
      cold.embed(sentences.subList(0, Math.min(256, sentences.size()))); // warm-up
      long t0 = System.nanoTime();
      cold.embed(sentences);
      perSecond = sentences.size() / ((System.nanoTime() - t0) / 1e9);
    }
    MatcherTraining.Data data;
    try (SentenceEmbedder embedder = SentenceEmbedder.open(options)) {
      data = MatcherTraining.featurise(embedder, pairs);
    }
    Map<NumberRule, RuleResult> rules = new EnumMap<>(NumberRule.class);
    LogisticFitter fitter = new LogisticFitter(MatcherTraining.L2);
    for (NumberRule rule : NumberRule.values()) {
      MatcherTraining.Scores s = MatcherTraining.score(fitter, data, rule);
      rules.put(rule, new RuleResult(s.cv(), s.all(),
          shipped(SentenceMatcher.defaultModel(rule), rule, data)));
    }
    return new Result(pairs.size(), rules, distinct.size(), perSecond, loadMillis);
  }

  private static Confusion shipped(
      dev.quorum.text.embed.LogisticModel model, NumberRule rule, MatcherTraining.Data data) {
    boolean[] predicted = new boolean[data.y().length];
    for (int i = 0; i < predicted.length; i++) {
      double[] f = data.x().get(i);
      predicted[i] = model.positive(model.probability(f)) && !SentenceMatcher.vetoed(rule, f);
    }
    return Confusion.of(predicted, data.y());
  }
}

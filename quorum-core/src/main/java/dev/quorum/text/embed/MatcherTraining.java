package dev.quorum.text.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the sentence matcher's weights on a labelled pair file (MSRP train), prints k-fold
 * cross-validated and fitted-on-all scores, and writes {@link MatcherWeights} as Java source.
 *
 * <p>Run from the repository root after {@code mvn -pl quorum-core compile}:
 *
 * <pre>
 * java -cp quorum-core/target/classes:$(cat cp.txt) dev.quorum.text.embed.MatcherTraining \
 *     ../shared/data/msrp/msr_paraphrase_train.txt \
 *     quorum-core/src/main/java/dev/quorum/text/embed/MatcherWeights.java
 * </pre>
 *
 * where cp.txt comes from {@code mvn -pl quorum-core dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Deterministic: fixed folds (seed 20061), fixed penalty, embeddings in
 * file order with the default batch size.
 */
public final class MatcherTraining {

  /** The L2 penalty on standardised weights. */
  public static final double L2 = 1.0;
  /** Number of cross-validation folds. */
  public static final int FOLDS = 10;
  /** The fold shuffle seed. */
  public static final long SEED = 20061;

  private MatcherTraining() {}

  /** The features and labels of labelled pairs. */
  public record Data(List<double[]> x, boolean[] y) {}

  /** Embeds and featurises the pairs. */
  public static Data featurise(SentenceEmbedder embedder, List<LabelledPair> pairs) {
    List<SentencePair> sp = new ArrayList<>(pairs.size());
    boolean[] y = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      sp.add(new SentencePair(pairs.get(i).a(), pairs.get(i).b()));
      y[i] = pairs.get(i).same();
    }
    return new Data(SentenceMatcher.features(embedder, sp), y);
  }

  /** The fitted model and its cross-validated and fitted-on-all scores under one number rule. */
  public record Scores(LogisticModel model, Confusion cv, Confusion all) {}

  /**
   * Scores the fitting procedure under a number rule with the fixed folds. Under the veto, pairs
   * with conflicting numbers are decided by the rule and left out of the fit.
   */
  public static Scores score(LogisticFitter fitter, Data data, SentenceMatcher.NumberRule rule) {
    java.util.function.Predicate<double[]> vetoed = f -> SentenceMatcher.vetoed(rule, f);
    boolean[] cv = fitter.crossValidatedPredictions(
        PairFeatures.NAMES, data.x(), data.y(), FOLDS, SEED, vetoed);
    List<double[]> fitX = new ArrayList<>();
    List<Boolean> fitY = new ArrayList<>();
    for (int i = 0; i < data.y().length; i++) {
      if (!vetoed.test(data.x().get(i))) {
        fitX.add(data.x().get(i));
        fitY.add(data.y()[i]);
      }
    }
    boolean[] y = new boolean[fitY.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = fitY.get(i);
    }
    LogisticModel model = fitter.fit(PairFeatures.NAMES, fitX, y);
    boolean[] all = new boolean[cv.length];
    for (int i = 0; i < all.length; i++) {
      double[] f = data.x().get(i);
      all[i] = !vetoed.test(f) && model.positive(model.probability(f));
    }
    return new Scores(model, Confusion.of(cv, data.y()), Confusion.of(all, data.y()));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: MatcherTraining PAIRS_FILE [WEIGHTS_JAVA_OUT [BATCH_SIZE]]");
      System.exit(2);
    }
    List<LabelledPair> pairs = LabelledPair.read(Path.of(args[0]));
    Data data;
    SentenceEmbedder.Options options = SentenceEmbedder.Options.defaults();
    if (args.length > 2) {
      options = options.withBatchSize(Integer.parseInt(args[2]));
    }
    try (SentenceEmbedder embedder = SentenceEmbedder.open(options)) {
      data = featurise(embedder, pairs);
    }
    LogisticFitter fitter = new LogisticFitter(L2);
    System.out.println("pairs: " + pairs.size());
    java.util.Map<SentenceMatcher.NumberRule, Scores> scores = new java.util.EnumMap<>(SentenceMatcher.NumberRule.class);
    for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
      Scores s = score(fitter, data, rule);
      scores.put(rule, s);
      System.out.printf(Locale.ROOT, "numbers %-7s %d-fold CV:    %s%n", rule, FOLDS, s.cv());
      System.out.printf(Locale.ROOT, "numbers %-7s fitted on all: %s%n", rule, s.all());
      LogisticModel model = s.model();
      for (int i = 0; i < model.names().size(); i++) {
        System.out.printf(Locale.ROOT, "  %-20s %+.4f%n", model.names().get(i), model.weights()[i]);
      }
      System.out.printf(Locale.ROOT, "  bias %+.4f threshold %.4f%n", model.bias(), model.threshold());
    }
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), source(scores, pairs.size()), StandardCharsets.UTF_8);
    }
  }

  static String source(java.util.Map<SentenceMatcher.NumberRule, Scores> scores, int n) {
    StringBuilder sb = new StringBuilder();
    sb.append("package dev.quorum.text.embed;\n\n");
    sb.append("import java.util.List;\n\n");
    sb.append("/**\n * The sentence matcher's logistic weights, fitted on MSRP train (")
        .append(n).append(" pairs), one model per number rule.\n *\n");
    sb.append(" * <p>Generated by {@link MatcherTraining}; do not edit by hand. ")
        .append(FOLDS).append("-fold CV on the same file:\n");
    scores.forEach((rule, s) -> sb.append(" * ").append(rule).append(": ")
        .append(s.cv().toString().replace("(", "").replace(")", "")).append(".\n"));
    sb.append(" */\nfinal class MatcherWeights {\n\n  private MatcherWeights() {}\n");
    scores.forEach((rule, s) -> {
      LogisticModel m = s.model();
      sb.append("\n  static final LogisticModel ").append(rule).append(" =\n      new LogisticModel(\n");
      sb.append("          List.of(");
      for (int i = 0; i < m.names().size(); i++) {
        sb.append(i > 0 ? "," : "").append(i % 4 == 0 ? "\n              " : " ")
            .append('"').append(m.names().get(i)).append('"');
      }
      sb.append("),\n");
      sb.append("          new double[] {").append(doubles(m.mean())).append("},\n");
      sb.append("          new double[] {").append(doubles(m.scale())).append("},\n");
      sb.append("          new double[] {").append(doubles(m.weights())).append("},\n");
      sb.append("          ").append(m.bias()).append(",\n");
      sb.append("          ").append(m.threshold()).append(");\n");
    });
    return sb.append("}\n").toString();
  }

  private static String doubles(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i > 0 ? "," : "").append(i % 4 == 0 ? "\n            " : " ").append(v[i]);
    }
    return sb.append("\n          ").toString();
  }
}

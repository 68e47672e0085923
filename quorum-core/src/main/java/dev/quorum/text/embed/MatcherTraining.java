package dev.quorum.text.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the sentence matcher's model on a labelled pair file (MSRP train), prints k-fold
 * cross-validated scores over several fold shuffles, and writes {@link MatcherWeights} as Java
 * source.
 *
 * <p>Run from the repository root after {@code mvn -pl quorum-core -am install -DskipTests}:
 *
 * <pre>
 * java -cp quorum-core/target/classes:$(cat cp.txt) dev.quorum.text.embed.MatcherTraining \
 *     ../shared/data/msrp/msr_paraphrase_train.txt \
 *     quorum-core/src/main/java/dev/quorum/text/embed/MatcherWeights.java
 * </pre>
 *
 * where cp.txt comes from {@code mvn -o -q -pl quorum-core dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Deterministic: fixed fold seeds, fixed initialisation seed and epochs,
 * and order-independent embeddings (the float model).
 */
public final class MatcherTraining {

  /** Number of cross-validation folds. */
  public static final int FOLDS = 10;
  /** The fold shuffle seed of the first (headline) cross-validation run. */
  public static final long SEED = 20061;
  /** The fold shuffle seeds: each gives one cross-validation run; the spread shows how robust it is. */
  public static final long[] SEEDS = {SEED, 1, 2, 3, 4};

  /** Hidden units of the shipped model. */
  public static final int UNITS = 16;
  /** L2 penalty of the shipped model. */
  public static final double L2 = 0.003;
  /** Adam steps of the shipped model. */
  public static final int EPOCHS = 300;
  /** Adam learning rate of the shipped model. */
  public static final double RATE = 0.01;
  /** Initialisation seed of the shipped model. */
  public static final long INIT_SEED = 7;

  /** The feature groups whose contribution the evaluation measures by leaving each out. */
  public static final Map<String, List<String>> GROUPS = groups();

  private MatcherTraining() {}

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> g = new LinkedHashMap<>();
    g.put("sentence cosine", List.of("cosine", "cosineSquared", "cosineTimesStemDice", "contentCosine"));
    g.put("token soft alignment", List.of("alignF", "alignMin", "weakestToken", "contentAlignMin",
        "weakestContent", "poorlyAligned", "alignMax", "idfAlignMin", "idfAlignF"));
    g.put("word overlap", List.of("wordDice", "stemDice", "bigramDice", "minCoverage", "maxCoverage",
        "ngram1", "ngram2", "ngram3", "ngram4", "editDistance", "commonSubsequence",
        "unmatchedContent", "charGramDice"));
    g.put("IDF-weighted overlap", List.of("idfDice", "idfMinCoverage", "idfMaxCoverage", "idfUnmatched"));
    g.put("numbers", List.of("numbersDiffer", "unmatchedNumbers", "numbersConflict", "numbersEqual",
        "numbersSubset"));
    g.put("names", List.of("unmatchedNames"));
    g.put("negation", List.of("negationDiffers"));
    g.put("length", List.of("lengthRatio", "lengthGap"));
    return java.util.Collections.unmodifiableMap(g);
  }

  /** The fitter of the shipped model. */
  public static PairFitter fitter() {
    return new MlpFitter(UNITS, L2, EPOCHS, RATE, INIT_SEED);
  }

  /** The features and labels of labelled pairs. */
  public record Data(List<double[]> x, boolean[] y) {

    /** The same rows restricted to the named features, in the order given. */
    public Data select(List<String> names) {
      int[] at = new int[names.size()];
      for (int j = 0; j < at.length; j++) {
        at[j] = PairFeatures.NAMES.indexOf(names.get(j));
        if (at[j] < 0) {
          throw new IllegalArgumentException("unknown feature " + names.get(j));
        }
      }
      List<double[]> out = new ArrayList<>(x.size());
      for (double[] row : x) {
        double[] r = new double[at.length];
        for (int j = 0; j < at.length; j++) {
          r[j] = row[at[j]];
        }
        out.add(r);
      }
      return new Data(out, y);
    }
  }

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

  /**
   * Cross-validated scores of one rule: pooled counts per fold shuffle (seed) and counts per fold.
   */
  public record Cv(List<Confusion> perSeed, List<Confusion> perFold) {

    public double meanAccuracy() {
      return perSeed.stream().mapToDouble(Confusion::accuracy).average().orElse(0);
    }

    public double meanF1() {
      return perSeed.stream().mapToDouble(Confusion::f1).average().orElse(0);
    }

    public double minAccuracy() {
      return perSeed.stream().mapToDouble(Confusion::accuracy).min().orElse(0);
    }

    public double maxAccuracy() {
      return perSeed.stream().mapToDouble(Confusion::accuracy).max().orElse(0);
    }

    public double minF1() {
      return perSeed.stream().mapToDouble(Confusion::f1).min().orElse(0);
    }

    public double maxF1() {
      return perSeed.stream().mapToDouble(Confusion::f1).max().orElse(0);
    }

    /** Standard deviation of the accuracy of single folds (about 408 pairs each). */
    public double foldAccuracySd() {
      return sd(perFold.stream().mapToDouble(Confusion::accuracy).toArray());
    }

    /** Standard deviation of the F1 of single folds. */
    public double foldF1Sd() {
      return sd(perFold.stream().mapToDouble(Confusion::f1).toArray());
    }

    private static double sd(double[] v) {
      double m = java.util.Arrays.stream(v).average().orElse(0);
      double s = 0;
      for (double x : v) {
        s += (x - m) * (x - m);
      }
      return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }

    /** One line: mean accuracy and F1 over seeds with their range, and the per-fold spread. */
    public String summary() {
      return String.format(Locale.ROOT,
          "accuracy %.4f [%.4f..%.4f] sd/fold %.4f   F1 %.4f [%.4f..%.4f] sd/fold %.4f   "
              + "(%d shuffles x %d folds; first: %s)",
          meanAccuracy(), minAccuracy(), maxAccuracy(), foldAccuracySd(), meanF1(), minF1(),
          maxF1(), foldF1Sd(), perSeed.size(), perFold.size() / Math.max(1, perSeed.size()),
          perSeed.isEmpty() ? "-" : perSeed.get(0));
    }
  }

  /**
   * k-fold cross-validation of the fitter on the data, once per seed, scored under every number
   * rule from the same fits (the veto only overrides decisions).
   */
  public static Map<SentenceMatcher.NumberRule, Cv> crossValidate(
      PairFitter fitter, List<String> names, Data data, long[] seeds) {
    int n = data.y().length;
    int conflict = names.indexOf("numbersConflict");
    Map<SentenceMatcher.NumberRule, Cv> out = new java.util.EnumMap<>(SentenceMatcher.NumberRule.class);
    for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
      out.put(rule, new Cv(new ArrayList<>(), new ArrayList<>()));
    }
    for (long seed : seeds) {
      int[] fold = PairFitter.folds(n, FOLDS, seed);
      Map<SentenceMatcher.NumberRule, boolean[]> predicted = new java.util.EnumMap<>(SentenceMatcher.NumberRule.class);
      for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
        predicted.put(rule, new boolean[n]);
      }
      for (int f = 0; f < FOLDS; f++) {
        List<double[]> tx = new ArrayList<>();
        List<Boolean> ty = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (fold[i] != f) {
            tx.add(data.x().get(i));
            ty.add(data.y()[i]);
          }
        }
        boolean[] tya = new boolean[ty.size()];
        for (int i = 0; i < tya.length; i++) {
          tya[i] = ty.get(i);
        }
        PairModel m = fitter.fit(names, tx, tya);
        for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
          List<Boolean> pf = new ArrayList<>();
          List<Boolean> gf = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (fold[i] == f) {
              double[] row = data.x().get(i);
              boolean veto = rule == SentenceMatcher.NumberRule.VETO && conflict >= 0 && row[conflict] > 0;
              boolean p = !veto && m.positive(m.probability(row));
              predicted.get(rule)[i] = p;
              pf.add(p);
              gf.add(data.y()[i]);
            }
          }
          out.get(rule).perFold().add(confusion(pf, gf));
        }
      }
      for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
        out.get(rule).perSeed().add(Confusion.of(predicted.get(rule), data.y()));
      }
    }
    return out;
  }

  private static Confusion confusion(List<Boolean> predicted, List<Boolean> gold) {
    boolean[] p = new boolean[predicted.size()];
    boolean[] g = new boolean[gold.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = predicted.get(i);
      g[i] = gold.get(i);
    }
    return Confusion.of(p, g);
  }

  /** The decisions of a model under a rule on every row, scored against the labels. */
  public static Confusion score(PairModel model, Data data, SentenceMatcher.NumberRule rule) {
    boolean[] predicted = new boolean[data.y().length];
    for (int i = 0; i < predicted.length; i++) {
      double[] f = data.x().get(i);
      predicted[i] = model.positive(model.probability(f)) && !SentenceMatcher.vetoed(rule, f);
    }
    return Confusion.of(predicted, data.y());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: MatcherTraining PAIRS_FILE [WEIGHTS_JAVA_OUT [FLOAT|QUANTIZED]]");
      System.exit(2);
    }
    List<LabelledPair> pairs = LabelledPair.read(Path.of(args[0]));
    SentenceEmbedder.Model embedding =
        args.length > 2 ? SentenceEmbedder.Model.valueOf(args[2]) : SentenceEmbedder.Model.FLOAT;
    Data data;
    try (SentenceEmbedder embedder = SentenceEmbedder.open(embedderOptions(embedding))) {
      data = featurise(embedder, pairs);
    }
    PairFitter fitter = fitter();
    System.out.println("pairs: " + pairs.size());
    Map<SentenceMatcher.NumberRule, Cv> cv = crossValidate(fitter, PairFeatures.NAMES, data, SEEDS);
    cv.forEach((rule, c) ->
        System.out.printf(Locale.ROOT, "numbers %-7s %d-fold CV: %s%n", rule, FOLDS, c.summary()));
    MlpModel model = (MlpModel) fitter.fit(PairFeatures.NAMES, data.x(), data.y());
    for (SentenceMatcher.NumberRule rule : SentenceMatcher.NumberRule.values()) {
      System.out.printf(Locale.ROOT, "numbers %-7s fitted on all, scored on all: %s%n",
          rule, score(model, data, rule));
    }
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), source(model, cv, pairs.size(), embedding),
          StandardCharsets.UTF_8);
    }
  }

  /**
   * The embedder the weights for a model are fitted with: the float model as {@link
   * SentenceEmbedder.Options#defaults()} runs it, the quantized one as {@link
   * SentenceEmbedder.Options#fastExact()} does (one sentence per model run, so order-independent).
   */
  public static SentenceEmbedder.Options embedderOptions(SentenceEmbedder.Model model) {
    return model == SentenceEmbedder.Model.FLOAT
        ? SentenceEmbedder.Options.defaults() : SentenceEmbedder.Options.fastExact();
  }

  /** The generated class holding the weights fitted on a model's vectors. */
  static String weightsClass(SentenceEmbedder.Model model) {
    return model == SentenceEmbedder.Model.FLOAT ? "MatcherWeights" : "MatcherWeightsQuantized";
  }

  static String source(MlpModel m, Map<SentenceMatcher.NumberRule, Cv> cv, int n,
      SentenceEmbedder.Model embedding) {
    StringBuilder sb = new StringBuilder();
    sb.append("package dev.quorum.text.embed;\n\n");
    sb.append("import java.util.List;\n\n");
    sb.append("/**\n * The sentence matcher's model, fitted on MSRP train (").append(n)
        .append(" pairs) with ").append(m.out().length).append(" hidden units");
    if (embedding != SentenceEmbedder.Model.FLOAT) {
      sb.append(",\n * on ").append(embedding.name().toLowerCase(Locale.ROOT))
          .append(" model vectors embedded one sentence per run");
    }
    sb.append(".\n *\n");
    sb.append(" * <p>Generated by {@link MatcherTraining}; do not edit by hand. ")
        .append(FOLDS).append("-fold CV on the same file,\n * mean [min..max] over ")
        .append(SEEDS.length).append(" fold shuffles:\n");
    cv.forEach((rule, c) -> sb.append(String.format(Locale.ROOT,
        " * %s: accuracy %.4f [%.4f..%.4f], F1 %.4f [%.4f..%.4f].%n", rule, c.meanAccuracy(),
        c.minAccuracy(), c.maxAccuracy(), c.meanF1(), c.minF1(), c.maxF1())));
    String name = weightsClass(embedding);
    sb.append(" */\nfinal class ").append(name).append(" {\n\n  private ").append(name)
        .append("() {}\n");
    sb.append("\n  static final MlpModel MODEL =\n      new MlpModel(\n");
    sb.append("          List.of(");
    for (int i = 0; i < m.names().size(); i++) {
      sb.append(i > 0 ? "," : "").append(i % 4 == 0 ? "\n              " : " ")
          .append('"').append(m.names().get(i)).append('"');
    }
    sb.append("),\n");
    sb.append("          new double[] {").append(doubles(m.mean())).append("},\n");
    sb.append("          new double[] {").append(doubles(m.scale())).append("},\n");
    sb.append("          new double[][] {");
    for (int k = 0; k < m.hidden().length; k++) {
      sb.append(k > 0 ? "," : "").append("\n            {").append(doubles(m.hidden()[k]))
          .append("}");
    }
    sb.append("\n          },\n");
    sb.append("          new double[] {").append(doubles(m.hiddenBias())).append("},\n");
    sb.append("          new double[] {").append(doubles(m.out())).append("},\n");
    sb.append("          ").append(m.outBias()).append(",\n");
    sb.append("          ").append(m.threshold()).append(");\n");
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

package dev.quorum.stories;

import java.util.List;

/**
 * How the similarity signals of an article and a cluster combine: the article joins the cluster
 * when {@code bias + Σ weight·signal >= 0} (the log-odds of a fitted logistic model).
 *
 * @param bias constant term
 * @param terms weight of the TF-IDF cosine of content words
 * @param entities weight of the IDF-weighted cosine of names
 * @param embedding weight of the cosine of sentence-embedding centroids
 * @param time weight of the time closeness {@code exp(-gap/tau)} (0 when a date is unknown)
 * @param undated weight of the indicator "a date is unknown"
 */
public record Weights(
    double bias, double terms, double entities, double embedding, double time, double undated) {

  /** Names of the signals, in the order {@link #signals} fills them. */
  public static final List<String> SIGNALS =
      List.of("terms", "entities", "embedding", "time", "undated");

  /** The log-odds for the signals in {@link #SIGNALS} order. */
  public double score(double[] s) {
    return bias + terms * s[0] + entities * s[1] + embedding * s[2] + time * s[3]
        + undated * s[4];
  }

  /** Weights from a bias and per-signal weights in {@link #SIGNALS} order. */
  public static Weights of(double bias, double[] w) {
    return new Weights(bias, w[0], w[1], w[2], w[3], w[4]);
  }

  /** The per-signal weights in {@link #SIGNALS} order. */
  public double[] signals() {
    return new double[] {terms, entities, embedding, time, undated};
  }

  /** The same weights with the bias moved by {@code delta} (looser when positive). */
  public Weights shifted(double delta) {
    return new Weights(bias + delta, terms, entities, embedding, time, undated);
  }
}

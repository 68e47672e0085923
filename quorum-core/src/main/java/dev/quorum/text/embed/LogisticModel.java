package dev.quorum.text.embed;

import java.util.List;

/**
 * A fitted logistic model over standardised features: P(same) = sigmoid(bias + Σ w·(x−mean)/scale),
 * with the decision threshold chosen when fitting.
 */
public record LogisticModel(
    List<String> names, double[] mean, double[] scale, double[] weights, double bias,
    double threshold) implements PairModel {

  public LogisticModel {
    names = List.copyOf(names);
    int d = names.size();
    if (mean.length != d || scale.length != d || weights.length != d) {
      throw new IllegalArgumentException("one mean, scale and weight per feature");
    }
    mean = mean.clone();
    scale = scale.clone();
    weights = weights.clone();
  }

  /** The probability that the pair with these features is positive; non-finite features count 0. */
  @Override
  public double probability(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      double x = i < features.length && Double.isFinite(features[i]) ? features[i] : mean[i];
      z += weights[i] * (x - mean[i]) / scale[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the probability reaches the fitted threshold. */
  @Override
  public boolean positive(double probability) {
    return probability >= threshold;
  }
}

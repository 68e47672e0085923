package dev.quorum.text.embed;

import java.util.List;

/**
 * A fitted one-hidden-layer perceptron over standardised features: P(same) = sigmoid(outBias +
 * Σₖ out[k]·tanh(hiddenBias[k] + Σⱼ hidden[k][j]·(x[j]−mean[j])/scale[j])), with the decision
 * threshold chosen when fitting.
 */
public record MlpModel(
    List<String> names, double[] mean, double[] scale, double[][] hidden, double[] hiddenBias,
    double[] out, double outBias, double threshold) implements PairModel {

  public MlpModel {
    names = List.copyOf(names);
    int d = names.size();
    int h = hiddenBias.length;
    if (mean.length != d || scale.length != d || hidden.length != h || out.length != h) {
      throw new IllegalArgumentException("one mean and scale per feature, one row and weight per unit");
    }
    double[][] copy = new double[h][];
    for (int k = 0; k < h; k++) {
      if (hidden[k].length != d) {
        throw new IllegalArgumentException("a hidden unit needs one weight per feature");
      }
      copy[k] = hidden[k].clone();
    }
    hidden = copy;
    mean = mean.clone();
    scale = scale.clone();
    hiddenBias = hiddenBias.clone();
    out = out.clone();
  }

  /** The probability that the pair with these features is positive; non-finite features count as the mean. */
  @Override
  public double probability(double[] features) {
    int d = mean.length;
    double[] z = new double[d];
    for (int j = 0; j < d; j++) {
      double x = j < features.length && Double.isFinite(features[j]) ? features[j] : mean[j];
      z[j] = (x - mean[j]) / scale[j];
    }
    return probabilityOfStandardised(z);
  }

  double probabilityOfStandardised(double[] z) {
    double o = outBias;
    for (int k = 0; k < out.length; k++) {
      double s = hiddenBias[k];
      double[] w = hidden[k];
      for (int j = 0; j < z.length; j++) {
        s += w[j] * z[j];
      }
      o += out[k] * StrictMath.tanh(s);
    }
    return 1 / (1 + StrictMath.exp(-o));
  }

  /** Whether the probability reaches the fitted threshold. */
  @Override
  public boolean positive(double probability) {
    return probability >= threshold;
  }
}

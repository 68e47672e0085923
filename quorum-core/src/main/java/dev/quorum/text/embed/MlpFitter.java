package dev.quorum.text.embed;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits an {@link MlpModel} (one tanh hidden layer) by full-batch Adam on the L2-penalised log
 * loss, from a seeded initialisation, and picks the threshold that maximises training accuracy.
 *
 * <p>Why a hidden layer: the evidence interacts (a low word overlap is fine when the token
 * alignment is strong, a number mismatch matters less when everything else agrees), which a
 * logistic model cannot express without hand-made products. Deterministic: fixed seed, fixed
 * number of epochs, StrictMath.
 */
public final class MlpFitter implements PairFitter {

  private final int units;
  private final double l2;
  private final int epochs;
  private final double rate;
  private final long seed;

  /**
   * A fitter.
   *
   * @param units hidden units
   * @param l2 penalty on every weight (not the biases), added to the mean log loss
   * @param epochs full-batch Adam steps
   * @param rate Adam's learning rate
   * @param seed seeds the initial weights
   */
  public MlpFitter(int units, double l2, int epochs, double rate, long seed) {
    if (units < 1 || epochs < 1 || l2 < 0 || rate <= 0) {
      throw new IllegalArgumentException("units, epochs >= 1, l2 >= 0, rate > 0");
    }
    this.units = units;
    this.l2 = l2;
    this.epochs = epochs;
    this.rate = rate;
    this.seed = seed;
  }

  @Override
  public MlpModel fit(List<String> names, List<double[]> x, boolean[] y) {
    int n = x.size();
    int d = names.size();
    int h = units;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x.get(i)[j];
        z[i][j] = Double.isFinite(v) ? (v - mean[j]) / scale[j] : 0;
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    // parameters in one vector: hidden weights (h*d), hidden biases (h), output weights (h), output bias
    int size = h * d + 2 * h + 1;
    double[] w = new double[size];
    for (int k = 0; k < h; k++) {
      for (int j = 0; j < d; j++) {
        w[k * d + j] = gaussian(random) / Math.sqrt(d);
      }
      w[h * d + h + k] = gaussian(random) / Math.sqrt(h);
    }
    double[] m1 = new double[size];
    double[] m2 = new double[size];
    double[] g = new double[size];
    double[] act = new double[h];
    final double beta1 = 0.9;
    final double beta2 = 0.999;
    for (int step = 1; step <= epochs; step++) {
      java.util.Arrays.fill(g, 0);
      for (int i = 0; i < n; i++) {
        double[] zi = z[i];
        double o = w[size - 1];
        for (int k = 0; k < h; k++) {
          double s = w[h * d + k];
          int base = k * d;
          for (int j = 0; j < d; j++) {
            s += w[base + j] * zi[j];
          }
          act[k] = StrictMath.tanh(s);
          o += w[h * d + h + k] * act[k];
        }
        double p = 1 / (1 + StrictMath.exp(-o));
        double r = (p - (y[i] ? 1 : 0)) / n;
        g[size - 1] += r;
        for (int k = 0; k < h; k++) {
          g[h * d + h + k] += r * act[k];
          double dh = r * w[h * d + h + k] * (1 - act[k] * act[k]);
          g[h * d + k] += dh;
          int base = k * d;
          for (int j = 0; j < d; j++) {
            g[base + j] += dh * zi[j];
          }
        }
      }
      for (int a = 0; a < h * d; a++) {
        g[a] += l2 * w[a];
      }
      for (int k = 0; k < h; k++) {
        g[h * d + h + k] += l2 * w[h * d + h + k];
      }
      double c1 = 1 - StrictMath.pow(beta1, step);
      double c2 = 1 - StrictMath.pow(beta2, step);
      for (int a = 0; a < size; a++) {
        m1[a] = beta1 * m1[a] + (1 - beta1) * g[a];
        m2[a] = beta2 * m2[a] + (1 - beta2) * g[a] * g[a];
        w[a] -= rate * (m1[a] / c1) / (Math.sqrt(m2[a] / c2) + 1e-8);
      }
    }
    double[][] hidden = new double[h][d];
    double[] hiddenBias = new double[h];
    double[] out = new double[h];
    for (int k = 0; k < h; k++) {
      System.arraycopy(w, k * d, hidden[k], 0, d);
      hiddenBias[k] = w[h * d + k];
      out[k] = w[h * d + h + k];
    }
    MlpModel unthresholded =
        new MlpModel(names, mean, scale, hidden, hiddenBias, out, w[size - 1], 0.5);
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = unthresholded.probabilityOfStandardised(z[i]);
    }
    return new MlpModel(names, mean, scale, hidden, hiddenBias, out, w[size - 1],
        PairFitter.bestThreshold(p, y));
  }

  /** A standard normal draw by the Box-Muller transform (SplittableRandom has no nextGaussian in 17). */
  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }
}

package dev.quorum.text.embed;

import java.util.List;

/**
 * Fits a {@link LogisticModel} by Newton's method with a small L2 penalty, picks the threshold that
 * maximises training accuracy, and cross-validates the whole procedure over seeded folds.
 */
public final class LogisticFitter implements PairFitter {

  private final double l2;

  /** A fitter with the given L2 penalty on the standardised weights (not on the bias). */
  public LogisticFitter(double l2) {
    this.l2 = l2;
  }

  /** Fits rows x (one feature vector each) to labels y. */
  @Override
  public LogisticModel fit(List<String> names, List<double[]> x, boolean[] y) {
    int n = x.size();
    int d = names.size();
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
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        z[i][j + 1] = (x.get(i)[j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 100; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, z[i]));
        double r = p - (y[i] ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-12);
        for (int a = 0; a <= d; a++) {
          g[a] += r * z[i][a];
          for (int b = 0; b <= a; b++) {
            h[a][b] += s * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          h[b][a] = h[a][b];
        }
        if (a > 0) {
          g[a] += l2 * w[a];
          h[a][a] += l2;
        }
      }
      double[] step = solve(h, g);
      double max = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        max = Math.max(max, Math.abs(step[a]));
      }
      if (max < 1e-9) {
        break;
      }
    }
    double[] weights = new double[d];
    System.arraycopy(w, 1, weights, 0, d);
    LogisticModel unthresholded = new LogisticModel(names, mean, scale, weights, w[0], 0.5);
    double threshold = bestThreshold(unthresholded, x, y);
    return new LogisticModel(names, mean, scale, weights, w[0], threshold);
  }

  /** The threshold with the best training accuracy ({@link PairFitter#bestThreshold}). */
  static double bestThreshold(LogisticModel m, List<double[]> x, boolean[] y) {
    double[] p = new double[x.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = m.probability(x.get(i));
    }
    return PairFitter.bestThreshold(p, y);
  }

  /** Pooled k-fold cross-validated counts; folds come from a shuffle seeded with seed. */
  public Confusion crossValidate(List<String> names, List<double[]> x, boolean[] y, int k, long seed) {
    return Confusion.of(crossValidatedPredictions(names, x, y, k, seed), y);
  }

  /** Each row's decision by the model fitted on the other k−1 folds. */
  public boolean[] crossValidatedPredictions(
      List<String> names, List<double[]> x, boolean[] y, int k, long seed) {
    return crossValidatedPredictions(names, x, y, k, seed, row -> false);
  }

  /** The counts of the model's decisions on rows x against labels y. */
  public static Confusion evaluate(PairModel m, List<double[]> x, boolean[] y) {
    boolean[] pred = new boolean[x.size()];
    for (int i = 0; i < pred.length; i++) {
      pred[i] = m.positive(m.probability(x.get(i)));
    }
    return Confusion.of(pred, y);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] tr = a[c];
      a[c] = a[piv];
      a[piv] = tr;
      double tb = b[c];
      b[c] = b[piv];
      b[piv] = tb;
      if (Math.abs(a[c][c]) < 1e-15) {
        continue;
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = Math.abs(a[r][r]) < 1e-15 ? 0 : s / a[r][r];
    }
    return x;
  }
}

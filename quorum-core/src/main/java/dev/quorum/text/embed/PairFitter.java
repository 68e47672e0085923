package dev.quorum.text.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Fits a {@link PairModel} to labelled feature vectors and cross-validates the fitting over seeded folds. */
public interface PairFitter {

  /** Fits rows x (one feature vector each) to labels y. */
  PairModel fit(List<String> names, List<double[]> x, boolean[] y);

  /** Each of n rows' fold in [0, k): a shuffle seeded with seed, dealt round-robin. */
  static int[] folds(int n, int k, long seed) {
    List<Integer> idx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    int[] fold = new int[n];
    for (int r = 0; r < n; r++) {
      fold[idx.get(r)] = r % k;
    }
    return fold;
  }

  /**
   * Each row's decision by the model fitted on the other k−1 folds, where rows matching
   * forcedNegative are decided negative by rule and left out of every fit.
   */
  default boolean[] crossValidatedPredictions(
      List<String> names, List<double[]> x, boolean[] y, int k, long seed,
      Predicate<double[]> forcedNegative) {
    int n = x.size();
    int[] fold = folds(n, k, seed);
    boolean[] predicted = new boolean[n];
    for (int f = 0; f < k; f++) {
      List<double[]> trainX = new ArrayList<>();
      List<Boolean> trainY = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f && !forcedNegative.test(x.get(i))) {
          trainX.add(x.get(i));
          trainY.add(y[i]);
        }
      }
      boolean[] ty = new boolean[trainY.size()];
      for (int i = 0; i < ty.length; i++) {
        ty[i] = trainY.get(i);
      }
      PairModel m = fit(names, trainX, ty);
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          predicted[i] = !forcedNegative.test(x.get(i)) && m.positive(m.probability(x.get(i)));
        }
      }
    }
    return predicted;
  }

  /** The threshold (midway between neighbouring scores) with the best accuracy; ties go nearer 0.5. */
  static double bestThreshold(double[] p, boolean[] y) {
    int n = p.length;
    Integer[] order = new Integer[n];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      positives += y[i] ? 1 : 0;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    // threshold below everything: all predicted positive
    int correct = positives;
    int bestCorrect = correct;
    double best = 0.5;
    boolean haveBest = false;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      correct += y[i] ? -1 : 1; // item i now predicted negative
      if (k + 1 < n && p[order[k + 1]] == p[i]) {
        continue;
      }
      double t = k + 1 < n ? (p[i] + p[order[k + 1]]) / 2 : p[i] + 1e-9;
      if (correct > bestCorrect
          || (correct == bestCorrect && (!haveBest || Math.abs(t - 0.5) < Math.abs(best - 0.5)))) {
        bestCorrect = correct;
        best = t;
        haveBest = true;
      }
    }
    return best;
  }
}

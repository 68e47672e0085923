package dev.quorum.text.embed;

/** Counts of a binary decision against gold labels, with accuracy, precision, recall and F1. */
public record Confusion(int tp, int fp, int tn, int fn) {

  /** The counts of predictions against gold labels. */
  public static Confusion of(boolean[] predicted, boolean[] gold) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i]) {
        if (gold[i]) tp++; else fp++;
      } else {
        if (gold[i]) fn++; else tn++;
      }
    }
    return new Confusion(tp, fp, tn, fn);
  }

  public Confusion plus(Confusion o) {
    return new Confusion(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
  }

  public int total() {
    return tp + fp + tn + fn;
  }

  public double accuracy() {
    return total() == 0 ? 0 : (double) (tp + tn) / total();
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  (n=%d)",
        accuracy(), precision(), recall(), f1(), total());
  }
}

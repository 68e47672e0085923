package dev.quorum.corroborate;

import java.util.Locale;

/**
 * The range of true values a stated figure admits once its qualifier is read: "nearly 20" admits
 * 16 to 20, "more than 170" anything above 170, a bare "1,600" only values that round to it.
 */
record Interval(double low, double high) {

  /** Relative slack of an unqualified figure: journalists round. */
  private static final double EXACT = 0.005;
  private static final double APPROX = 0.1;
  private static final double NEARLY = 0.2;

  static Interval of(double value, String qualifier) {
    double v = Math.abs(value);
    double sign = Math.signum(value) == 0 ? 1 : Math.signum(value);
    String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).trim();
    double lo;
    double hi;
    if (q.isEmpty()) {
      lo = v * (1 - EXACT);
      hi = v * (1 + EXACT);
    } else if (q.matches("(more|greater|higher) than|over|above|in excess of|upwards of")) {
      lo = v;
      hi = Double.POSITIVE_INFINITY;
    } else if (q.matches("at least|no (fewer|less) than|a minimum of")) {
      lo = v * (1 - EXACT);
      hi = Double.POSITIVE_INFINITY;
    } else if (q.matches("nearly|almost|close to|just under|just below|short of")) {
      lo = v * (1 - NEARLY);
      hi = v * (1 + EXACT);
    } else if (q.matches("(less|fewer|lower) than|under|below")) {
      lo = 0;
      hi = v;
    } else if (q.matches("up to|at most|no more than|a maximum of")) {
      lo = 0;
      hi = v * (1 + EXACT);
    } else if (q.matches("just over|just above|just more than")) {
      lo = v;
      hi = v * (1 + NEARLY);
    } else {
      // about, around, some, roughly, approximately, an estimated, and anything unknown
      lo = v * (1 - APPROX);
      hi = v * (1 + APPROX);
    }
    return sign > 0 ? new Interval(lo, hi) : new Interval(-hi, -lo);
  }

  boolean overlaps(Interval o) {
    return low <= o.high && o.low <= high;
  }
}

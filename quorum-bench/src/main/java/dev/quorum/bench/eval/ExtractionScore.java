package dev.quorum.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main-text extraction score of the article-extraction benchmark: per page, 4-token shingle
 * counts compared as normalised TP/FP/FN; precision and recall averaged over pages; F1 of the means.
 */
public final class ExtractionScore {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  /**
   * One page's normalised counts: tp + fp + fn = 1, or all zero when both texts have no shingles.
   *
   * @param tp the share of shingles found in both texts
   * @param fp the share found only in the prediction
   * @param fn the share found only in the truth
   */
  public record Page(double tp, double fp, double fn) {}

  /** The aggregate over pages. */
  public record Result(int pages, double precision, double recall, double f1) {}

  private final List<Page> pages = new ArrayList<>();

  /** Scores one page and adds it to the aggregate. */
  public Page add(String truth, String predicted) {
    Page p = page(truth, predicted);
    pages.add(p);
    return p;
  }

  /** The means over the pages added so far. */
  public Result result() {
    return aggregate(pages);
  }

  /** Scores one page without recording it. */
  public static Page page(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (List<String> k : keys) {
      int ct = t.getOrDefault(k, 0);
      int cp = p.getOrDefault(k, 0);
      tp += Math.min(ct, cp);
      fp += Math.max(0, cp - ct);
      fn += Math.max(0, ct - cp);
    }
    double sum = tp + fp + fn;
    if (sum == 0) {
      return new Page(0, 0, 0);
    }
    return new Page(tp / sum, fp / sum, fn / sum);
  }

  /** Precision and recall as means over pages, F1 of the two means. */
  public static Result aggregate(List<Page> pages) {
    double precision = mean(pages, true);
    double recall = mean(pages, false);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(pages.size(), precision, recall, f1);
  }

  /** F1 of one page on its own. */
  public static double f1(Page p) {
    double pr = zeroIfUndefined(ratio(p, true));
    double re = zeroIfUndefined(ratio(p, false));
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }

  private static double zeroIfUndefined(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static double mean(List<Page> pages, boolean precision) {
    double sum = 0;
    int n = 0;
    for (Page p : pages) {
      double r = ratio(p, precision);
      if (!Double.isNaN(r)) {
        sum += r;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** TP/(TP+FP) or TP/(TP+FN); 1 when FP = FN = 0; NaN when undefined (nothing predicted). */
  private static double ratio(Page p, boolean precision) {
    if (p.fp == 0 && p.fn == 0) {
      return 1;
    }
    double denom = p.tp + (precision ? p.fp : p.fn);
    return denom == 0 ? Double.NaN : p.tp / denom;
  }

  /** The 4-token shingles of a text with their counts. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        tokens.add(m.group());
      }
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }
}

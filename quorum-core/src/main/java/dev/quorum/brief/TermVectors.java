package dev.quorum.brief;

import dev.quorum.brief.Units.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of units over their content stems, the inverse document frequency taken over the
 * units themselves (each sentence a document), with cosine similarity and an inverted index.
 */
final class TermVectors {

  private final List<Unit> units;
  private final List<Map<String, Double>> vectors;
  private final Map<String, List<int[]>> postings = new HashMap<>();

  TermVectors(List<Unit> units) {
    this.units = units;
    Map<String, Integer> df = new HashMap<>();
    for (Unit u : units) {
      for (String t : u.content.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = Math.max(1, units.size());
    vectors = new ArrayList<>(units.size());
    for (Unit u : units) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : u.content.entrySet()) {
        double w = e.getValue() * (1 + Math.log((double) n / df.get(e.getKey())));
        v.put(e.getKey(), w);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      if (norm > 0) {
        for (Map.Entry<String, Double> e : v.entrySet()) {
          e.setValue(e.getValue() / norm);
        }
      }
      vectors.add(v);
    }
  }

  /** Cosine similarity of two units. */
  double cosine(int a, int b) {
    Map<String, Double> x = vectors.get(a);
    Map<String, Double> y = vectors.get(b);
    if (x.size() > y.size()) {
      Map<String, Double> t = x;
      x = y;
      y = t;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : x.entrySet()) {
      Double w = y.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** Cosine similarity of unit {@code a} with every unit (index = unit index). */
  double[] cosines(int a) {
    double[] out = new double[units.size()];
    for (int b = 0; b < out.length; b++) {
      out[b] = cosine(a, b);
    }
    return out;
  }

  /**
   * LexRank centrality: the stationary distribution of a random walk over the graph linking units
   * whose cosine is at least {@code threshold}, with damping {@code d}; scores sum to 1.
   */
  double[] lexRank(double threshold, double d, int iterations) {
    int n = units.size();
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    List<List<Integer>> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new ArrayList<>());
    }
    buildPostings();
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> dots = new HashMap<>();
      for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
        for (int[] p : postings.get(e.getKey())) {
          if (p[0] > i) {
            dots.merge(p[0], e.getValue() * vectors.get(p[0]).get(e.getKey()), Double::sum);
          }
        }
      }
      for (Map.Entry<Integer, Double> e : dots.entrySet()) {
        if (e.getValue() >= threshold) {
          links.get(i).add(e.getKey());
          links.get(e.getKey()).add(i);
        }
      }
    }
    java.util.Arrays.fill(out, 1.0 / n);
    double[] next = new double[n];
    for (int it = 0; it < iterations; it++) {
      java.util.Arrays.fill(next, (1 - d) / n);
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        List<Integer> l = links.get(i);
        if (l.isEmpty()) {
          dangling += out[i];
          continue;
        }
        double share = d * out[i] / l.size();
        for (int j : l) {
          next[j] += share;
        }
      }
      for (int i = 0; i < n; i++) {
        next[i] += d * dangling / n;
      }
      double[] t = out;
      out = next;
      next = t;
    }
    return out;
  }

  private void buildPostings() {
    if (!postings.isEmpty()) {
      return;
    }
    for (int i = 0; i < vectors.size(); i++) {
      for (String t : vectors.get(i).keySet()) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {i});
      }
    }
  }
}

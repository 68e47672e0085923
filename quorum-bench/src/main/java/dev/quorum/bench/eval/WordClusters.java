package dev.quorum.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hierarchical word clusters from unlabelled text: each frequent word is described by PPMI-weighted
 * counts of its left and right neighbours among the most frequent words, then the words are split
 * in two again and again by spherical 2-means; a word's cluster is its path of left/right choices.
 *
 * <p>A cheap stand-in for Brown clusters with the same use (bit-path prefixes as features);
 * deterministic: no random initialisation, ties broken by word.
 */
public final class WordClusters {

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'.-]*|\\p{N}+|[^\\s\\p{L}\\p{N}]");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");

  private final Map<String, Integer> counts = new HashMap<>();
  private final List<int[]> sentences = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> vocab = new ArrayList<>();

  /** Adds the words of one text (markup removed). */
  public void addText(String text) {
    for (String line : TAG.matcher(text).replaceAll(" ").split("\n")) {
      Matcher m = TOKEN.matcher(line);
      List<Integer> s = new ArrayList<>();
      while (m.find()) {
        String w = norm(m.group());
        Integer id = ids.get(w);
        if (id == null) {
          id = vocab.size();
          ids.put(w, id);
          vocab.add(w);
        }
        counts.merge(w, 1, Integer::sum);
        s.add(id);
      }
      if (s.size() > 1) {
        sentences.add(s.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  /** Adds every file under {@code dir} whose name ends with {@code suffix} (or all when empty). */
  public void addFiles(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
    for (Path f : files) {
      addText(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
    }
  }

  static String norm(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(l.length());
    for (int k = 0; k < l.length(); k++) {
      char c = l.charAt(k);
      sb.append(Character.isDigit(c) ? '0' : c);
    }
    return sb.toString();
  }

  /**
   * Bit paths (depth at most {@code depth}) for the words seen at least {@code minCount} times,
   * described by their neighbours among the {@code contexts} most frequent words.
   */
  public Map<String, String> cluster(int minCount, int contexts, int depth) {
    List<String> byFreq = new ArrayList<>(counts.keySet());
    byFreq.sort(Comparator.comparingInt((String w) -> -counts.get(w)).thenComparing(w -> w));
    int nc = Math.min(contexts, byFreq.size());
    int[] ctxOf = new int[vocab.size()];
    Arrays.fill(ctxOf, -1);
    for (int i = 0; i < nc; i++) {
      ctxOf[ids.get(byFreq.get(i))] = i;
    }
    List<String> words = byFreq.stream().filter(w -> counts.get(w) >= minCount).toList();
    int[] row = new int[vocab.size()];
    Arrays.fill(row, -1);
    for (int i = 0; i < words.size(); i++) {
      row[ids.get(words.get(i))] = i;
    }
    int dims = 2 * nc;
    float[][] v = new float[words.size()][dims];
    double[] colSum = new double[dims];
    double total = 0;
    for (int[] s : sentences) {
      for (int k = 0; k < s.length; k++) {
        int r = row[s[k]];
        if (r < 0) {
          continue;
        }
        if (k > 0 && ctxOf[s[k - 1]] >= 0) {
          v[r][ctxOf[s[k - 1]]]++;
          colSum[ctxOf[s[k - 1]]]++;
          total++;
        }
        if (k + 1 < s.length && ctxOf[s[k + 1]] >= 0) {
          v[r][nc + ctxOf[s[k + 1]]]++;
          colSum[nc + ctxOf[s[k + 1]]]++;
          total++;
        }
      }
    }
    for (float[] x : v) {
      double rowSum = 0;
      for (float f : x) {
        rowSum += f;
      }
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        if (x[d] > 0) {
          double pmi = Math.log(x[d] * total / (rowSum * colSum[d]));
          x[d] = (float) Math.max(0, pmi);
          norm += x[d] * x[d];
        }
      }
      norm = Math.sqrt(norm);
      if (norm > 0) {
        for (int d = 0; d < dims; d++) {
          x[d] /= norm;
        }
      }
    }
    String[] paths = new String[words.size()];
    Arrays.fill(paths, "");
    int[] all = new int[words.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    split(v, all, paths, depth);
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < words.size(); i++) {
      out.put(words.get(i), paths[i].isEmpty() ? "0" : paths[i]);
    }
    return out;
  }

  /** Splits {@code members} in two by spherical 2-means, appending 0/1 to their paths. */
  private static void split(float[][] v, int[] members, String[] paths, int depth) {
    if (depth == 0 || members.length < 8) {
      return;
    }
    int dims = v[0].length;
    // seeds: the most frequent member, and the member least like it
    int a = members[0];
    int b = members[1];
    double worst = Double.MAX_VALUE;
    for (int m : members) {
      double s = dot(v[a], v[m]);
      if (s < worst) {
        worst = s;
        b = m;
      }
    }
    float[] ca = v[a].clone();
    float[] cb = v[b].clone();
    boolean[] left = new boolean[members.length];
    for (int iter = 0; iter < 8; iter++) {
      float[] na = new float[dims];
      float[] nb = new float[dims];
      for (int k = 0; k < members.length; k++) {
        float[] x = v[members[k]];
        left[k] = dot(ca, x) >= dot(cb, x);
        float[] c = left[k] ? na : nb;
        for (int d = 0; d < dims; d++) {
          c[d] += x[d];
        }
      }
      ca = normalize(na);
      cb = normalize(nb);
    }
    int nl = 0;
    for (boolean l : left) {
      nl += l ? 1 : 0;
    }
    if (nl == 0 || nl == members.length) {
      return;
    }
    int[] l = new int[nl];
    int[] r = new int[members.length - nl];
    int il = 0;
    int ir = 0;
    for (int k = 0; k < members.length; k++) {
      if (left[k]) {
        paths[members[k]] += "0";
        l[il++] = members[k];
      } else {
        paths[members[k]] += "1";
        r[ir++] = members[k];
      }
    }
    split(v, l, paths, depth - 1);
    split(v, r, paths, depth - 1);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  private static float[] normalize(float[] x) {
    double n = Math.sqrt(dot(x, x));
    if (n > 0) {
      for (int d = 0; d < x.length; d++) {
        x[d] /= n;
      }
    }
    return x;
  }
}

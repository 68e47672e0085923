package dev.quorum.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron over BILOU tags on CoNLL documents,
 * deterministic for a given seed.
 *
 * <p>Why the gazetteer is built per fold: names seen in training always match the gazetteer of
 * their own training data, which would teach the model to trust it blindly; each document is
 * trained with the gazetteer of the other folds, as the model will meet new text.
 */
public final class NerTrainer {

  private static final int T = Tags.COUNT;
  private static final int FOLDS = 5;

  private final int groups;
  private final int epochs;
  private final long seed;
  private final int minCount;
  private final Map<String, String> clusters;

  /**
   * @param groups feature groups ({@link NerFeatures} bits)
   * @param epochs passes over the training data
   * @param seed shuffling seed
   * @param minCount features seen fewer times in training are dropped
   * @param clusters word (lower case) to cluster bit path, or null
   */
  public NerTrainer(int groups, int epochs, long seed, int minCount, Map<String, String> clusters) {
    this.groups = groups;
    this.epochs = epochs;
    this.seed = seed;
    this.minCount = minCount;
    this.clusters = clusters;
  }

  /** All feature groups. */
  public static int allGroups() {
    return NerFeatures.ALL;
  }

  /** Names of the feature groups, bit by bit. */
  public static Map<String, Integer> groupNames() {
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    m.put("context", NerFeatures.CONTEXT);
    m.put("document", NerFeatures.DOCUMENT);
    m.put("gazetteer", NerFeatures.GAZETTEER);
    m.put("history", NerFeatures.HISTORY);
    m.put("clusters", NerFeatures.CLUSTERS);
    return m;
  }

  /**
   * Trains on {@code docs}; after each epoch, {@code afterEpoch} (if not null) gets the epoch
   * number and the averaged model so far.
   */
  public NerModel train(List<ConllDocument> docs, BiConsumer<Integer, NerModel> afterEpoch) {
    Gazetteer full = Gazetteer.empty();
    Gazetteer[] foldGaz = new Gazetteer[FOLDS];
    for (int f = 0; f < FOLDS; f++) {
      foldGaz[f] = Gazetteer.empty();
    }
    for (int d = 0; d < docs.size(); d++) {
      for (ConllDocument.Sentence s : docs.get(d).sentences()) {
        for (TokenChunk c : s.gold()) {
          full.add(s.wordsShared(), c);
          for (int f = 0; f < FOLDS; f++) {
            if (f != d % FOLDS) {
              foldGaz[f].add(s.wordsShared(), c);
            }
          }
        }
      }
    }
    NerFeatures features = new NerFeatures(groups, full, clusters);
    // static features of every token, and their counts
    List<List<long[][]>> raw = new ArrayList<>();
    List<DocumentContext> contexts = new ArrayList<>();
    Map<Long, int[]> counts = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      List<String[]> words = new ArrayList<>();
      for (ConllDocument.Sentence s : docs.get(d).sentences()) {
        words.add(s.wordsShared());
      }
      DocumentContext ctx = new DocumentContext(words);
      contexts.add(ctx);
      List<long[][]> docFeats = new ArrayList<>();
      for (String[] w : words) {
        long[][] f = features.sentence(w, ctx, foldGaz[d % FOLDS]);
        for (long[] tok : f) {
          for (long h : tok) {
            counts.computeIfAbsent(h, k -> new int[1])[0]++;
          }
        }
        docFeats.add(f);
      }
      raw.add(docFeats);
    }
    Map<Long, Integer> ids = new HashMap<>();
    List<Long> keyList = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= minCount)
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(k -> {
          ids.put(k, keyList.size());
          keyList.add(k);
        });
    for (String t : new String[] {"P", "O", "L", "M"}) {
      for (String name : new String[] {"hist", "histonly"}) {
        long k = NerFeatures.h(name, t);
        if (!ids.containsKey(k)) {
          ids.put(k, keyList.size());
          keyList.add(k);
        }
      }
    }
    counts.clear();
    List<List<int[][]>> feats = new ArrayList<>();
    for (List<long[][]> doc : raw) {
      List<int[][]> out = new ArrayList<>();
      for (long[][] sent : doc) {
        int[][] s = new int[sent.length][];
        for (int i = 0; i < sent.length; i++) {
          int[] buf = new int[sent[i].length];
          int n = 0;
          for (long h : sent[i]) {
            Integer id = ids.get(h);
            if (id != null) {
              buf[n++] = id;
            }
          }
          s[i] = java.util.Arrays.copyOf(buf, n);
        }
        out.add(s);
      }
      feats.add(out);
    }
    raw.clear();

    int nf = keyList.size();
    float[] w = new float[nf * T];
    double[] u = new double[nf * T];
    float[] tw = new float[(T + 1) * T];
    double[] tu = new double[(T + 1) * T];
    long c = 1;
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      order.add(d);
    }
    NerFeatures.Sink sink = new NerFeatures.Sink();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int d : order) {
        DocumentContext ctx = contexts.get(d);
        ctx.history.clear();
        List<ConllDocument.Sentence> sents = docs.get(d).sentences();
        for (int si = 0; si < sents.size(); si++) {
          ConllDocument.Sentence s = sents.get(si);
          String[] words = s.wordsShared();
          int n = words.length;
          int[][] f = feats.get(d).get(si);
          int[][] hist = new int[n][];
          float[][] emission = new float[n][T];
          for (int i = 0; i < n; i++) {
            sink.n = 0;
            features.history(words[i], ctx, sink);
            hist[i] = new int[sink.n];
            for (int k = 0; k < sink.n; k++) {
              hist[i][k] = ids.get(sink.buf[k]);
            }
            score(f[i], w, emission[i]);
            score(hist[i], w, emission[i]);
          }
          int[] pred = NerModel.viterbi(emission, tw);
          int[] gold = Tags.encode(s.gold(), n);
          for (int i = 0; i < n; i++) {
            int pg = i == 0 ? -1 : gold[i - 1];
            int pp = i == 0 ? -1 : pred[i - 1];
            if (gold[i] != pred[i]) {
              update(f[i], gold[i], pred[i], w, u, c);
              update(hist[i], gold[i], pred[i], w, u, c);
            }
            if (gold[i] != pred[i] || pg != pp) {
              int a = (pg + 1) * T + gold[i];
              int b = (pp + 1) * T + pred[i];
              tw[a] += 1;
              tu[a] += c;
              tw[b] -= 1;
              tu[b] -= c;
            }
          }
          ctx.record(words, Tags.decode(pred));
          c++;
        }
      }
      if (afterEpoch != null || epoch == epochs) {
        NerModel m = average(keyList, w, u, tw, tu, c, full);
        if (afterEpoch != null) {
          afterEpoch.accept(epoch, m);
        }
        if (epoch == epochs) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException("epochs must be positive");
  }

  private static void score(int[] f, float[] w, float[] out) {
    for (int id : f) {
      int base = id * T;
      for (int t = 0; t < T; t++) {
        out[t] += w[base + t];
      }
    }
  }

  private static void update(int[] f, int gold, int pred, float[] w, double[] u, long c) {
    for (int id : f) {
      w[id * T + gold] += 1;
      u[id * T + gold] += c;
      w[id * T + pred] -= 1;
      u[id * T + pred] -= c;
    }
  }

  /** The averaged model, with features whose weights all round to nothing left out. */
  private NerModel average(List<Long> keyList, float[] w, double[] u, float[] tw, double[] tu,
      long c, Gazetteer gaz) {
    int nf = keyList.size();
    float[] avg = new float[nf * T];
    float max = 0;
    for (int k = 0; k < avg.length; k++) {
      avg[k] = (float) (w[k] - u[k] / c);
      max = Math.max(max, Math.abs(avg[k]));
    }
    float cut = max / 32000f * 0.5f;
    int kept = 0;
    boolean[] keep = new boolean[nf];
    for (int r = 0; r < nf; r++) {
      for (int t = 0; t < T && !keep[r]; t++) {
        keep[r] = Math.abs(avg[r * T + t]) >= cut;
      }
      if (keep[r]) {
        kept++;
      }
    }
    long[] keys = new long[kept];
    float[] weights = new float[kept * T];
    int j = 0;
    for (int r = 0; r < nf; r++) {
      if (keep[r]) {
        keys[j] = keyList.get(r);
        System.arraycopy(avg, r * T, weights, j * T, T);
        j++;
      }
    }
    float[] trans = new float[tw.length];
    for (int k = 0; k < trans.length; k++) {
      trans[k] = (float) (tw[k] - tu[k] / c);
    }
    return new NerModel(groups, gaz, clusters, keys, weights, trans);
  }
}

package dev.quorum.extract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: an averaged structured perceptron over BILOU tags, decoded per
 * sentence with Viterbi, documents read sentence by sentence so earlier decisions inform later ones.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class NerModel {

  /** The resource the shipped English model is stored in. */
  public static final String RESOURCE = "/dev/quorum/extract/ner/conll-en.bin.gz";

  private static final int MAGIC = 0x514E4552; // "QNER"
  private static final int VERSION = 1;
  private static final int T = Tags.COUNT;

  private final NerFeatures features;
  private final Gazetteer gazetteer;
  private final Map<String, String> clusters;
  private final long[] keys;
  private final LongIndex index;
  /** Row-major weights, {@code T} per feature row. */
  private final float[] weights;
  /** Transition weights, {@code (prev + 1) * T + next}. */
  private final float[] transitions;

  NerModel(int groups, Gazetteer gazetteer, Map<String, String> clusters, long[] keys,
      float[] weights, float[] transitions) {
    if (weights.length != keys.length * T || transitions.length != (T + 1) * T) {
      throw new IllegalArgumentException("weights do not fit the feature count");
    }
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.features = new NerFeatures(groups, gazetteer, clusters);
    this.keys = keys;
    this.index = new LongIndex(keys);
    this.weights = weights;
    this.transitions = transitions;
  }

  private static volatile NerModel shipped;

  /** The English model shipped with Quorum, loaded once. */
  public static NerModel english() {
    NerModel m = shipped;
    if (m == null) {
      synchronized (NerModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("NER model resource missing: " + RESOURCE);
            }
            m = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  /** Number of weighted features. */
  public int featureCount() {
    return keys.length;
  }

  /** The feature groups the model uses, as {@link NerFeatures} bits. */
  public int groups() {
    return features.groups();
  }

  /** Tags one document given as sentences of words; the names of each sentence in order. */
  public List<List<TokenChunk>> tag(List<String[]> sentences) {
    DocumentContext doc = new DocumentContext(sentences);
    List<List<TokenChunk>> out = new ArrayList<>(sentences.size());
    NerFeatures.Sink sink = new NerFeatures.Sink();
    for (String[] words : sentences) {
      if (words.length == 0) {
        out.add(List.of());
        continue;
      }
      long[][] feats = features.sentence(words, doc, null);
      float[][] emission = new float[words.length][T];
      for (int i = 0; i < words.length; i++) {
        add(feats[i], feats[i].length, emission[i]);
        sink.n = 0;
        features.history(words[i], doc, sink);
        add(sink.buf, sink.n, emission[i]);
      }
      List<TokenChunk> chunks = Tags.decode(viterbi(emission, transitions));
      doc.record(words, chunks);
      out.add(chunks);
    }
    return out;
  }

  private void add(long[] feats, int n, float[] scores) {
    for (int k = 0; k < n; k++) {
      int r = index.get(feats[k]);
      if (r < 0) {
        continue;
      }
      int base = r * T;
      for (int t = 0; t < T; t++) {
        scores[t] += weights[base + t];
      }
    }
  }

  /** The best well-formed tag sequence for the emission scores. */
  static int[] viterbi(float[][] emission, float[] trans) {
    int n = emission.length;
    float[][] score = new float[n][T];
    int[][] back = new int[n][T];
    for (int t = 0; t < T; t++) {
      score[0][t] = Tags.allowed(-1, t) ? trans[t] + emission[0][t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          if (score[i - 1][p] == Float.NEGATIVE_INFINITY || !ALLOWED[p][t]) {
            continue;
          }
          float v = score[i - 1][p] + trans[(p + 1) * T + t];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[i][t] = best == Float.NEGATIVE_INFINITY ? best : best + emission[i][t];
        back[i][t] = arg;
      }
    }
    int last = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < T; t++) {
      if (Tags.allowedLast(t) && score[n - 1][t] > best) {
        best = score[n - 1][t];
        last = t;
      }
    }
    int[] tags = new int[n];
    tags[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      tags[i - 1] = back[i][tags[i]];
    }
    return tags;
  }

  private static final boolean[][] ALLOWED = new boolean[T][T];

  static {
    for (int p = 0; p < T; p++) {
      for (int t = 0; t < T; t++) {
        ALLOWED[p][t] = Tags.allowed(p, t);
      }
    }
  }

  /**
   * Writes the model: weights quantized to 16 bits with one scale, zero weights left out, features
   * in hash order, gzip-compressed; the same model always gives the same bytes.
   */
  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(features.groups());
    out.writeInt(T);
    for (float v : transitions) {
      out.writeFloat(v);
    }
    TreeMap<String, Integer> gaz = new TreeMap<>(gazetteer.entries);
    out.writeInt(gaz.size());
    for (Map.Entry<String, Integer> e : gaz.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    TreeMap<String, String> cl = new TreeMap<>(clusters == null ? Map.of() : clusters);
    out.writeInt(cl.size());
    for (Map.Entry<String, String> e : cl.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    float max = 0;
    for (float v : weights) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max == 0 ? 1 : max / 32000f;
    out.writeFloat(scale);
    Integer[] order = new Integer[keys.length];
    for (int r = 0; r < order.length; r++) {
      order[r] = r;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    out.writeInt(keys.length);
    for (int r : order) {
      out.writeLong(keys[r]);
      int mask = 0;
      short[] q = new short[T];
      for (int t = 0; t < T; t++) {
        q[t] = (short) Math.round(weights[r * T + t] / scale);
        if (q[t] != 0) {
          mask |= 1 << t;
        }
      }
      out.writeInt(mask);
      for (int t = 0; t < T; t++) {
        if (q[t] != 0) {
          out.writeShort(q[t]);
        }
      }
    }
    out.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. */
  public static NerModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Quorum NER model");
    }
    int groups = in.readInt();
    if (in.readInt() != T) {
      throw new IOException("NER model has a different tag set");
    }
    float[] trans = new float[(T + 1) * T];
    for (int k = 0; k < trans.length; k++) {
      trans[k] = in.readFloat();
    }
    int ng = in.readInt();
    Map<String, Integer> gaz = new HashMap<>(ng * 2);
    for (int k = 0; k < ng; k++) {
      gaz.put(in.readUTF(), (int) in.readByte());
    }
    int nc = in.readInt();
    Map<String, String> clusters = new HashMap<>(nc * 2);
    for (int k = 0; k < nc; k++) {
      clusters.put(in.readUTF(), in.readUTF());
    }
    float scale = in.readFloat();
    int n = in.readInt();
    long[] keys = new long[n];
    float[] weights = new float[n * T];
    for (int r = 0; r < n; r++) {
      keys[r] = in.readLong();
      int mask = in.readInt();
      for (int t = 0; t < T; t++) {
        if ((mask & (1 << t)) != 0) {
          weights[r * T + t] = in.readShort() * scale;
        }
      }
    }
    return new NerModel(groups, new Gazetteer(gaz), clusters.isEmpty() ? null : clusters, keys,
        weights, trans);
  }
}

package dev.quorum.text.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Embeds sentences with the all-MiniLM-L6-v2 ONNX model (float by default, see {@link Model}): WordPiece ids, batched model
 * runs, attention-masked mean pooling and L2 normalisation, with repeated sentences served from an
 * {@link EmbeddingCache}.
 *
 * <p>Why batched by hand: the library wrapper runs one sentence per model call; sorting sentences
 * by length and running them in padded batches cuts per-call overhead while wasting little work on
 * padding. Batch size 1 ({@link Options#fastExact()}) skips batching altogether: the quantized
 * model shares its activation scale across a batch, so it is only order-independent one sentence
 * at a time. Thread-safe: the ONNX session allows concurrent runs and the cache is synchronised.
 */
public final class SentenceEmbedder implements AutoCloseable {

  /** The length of every vector. */
  public static final int DIMENSIONS = 384;

  /** Which all-MiniLM-L6-v2 artifact runs. */
  public enum Model {
    /**
     * The float model. A sentence's vector does not depend on what else is in its batch: padded
     * positions are masked out of attention and pooling, and no statistic spans the batch.
     */
    FLOAT("/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-tokenizer.json"),
    /**
     * The dynamically quantized model: activations are quantized with one scale per tensor, so a
     * vector shifts slightly (cosine 0.96 to 0.99) with its batch neighbours and padding.
     */
    QUANTIZED("/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json");

    final String modelResource;
    final String tokenizerResource;

    Model(String modelResource, String tokenizerResource) {
      this.modelResource = modelResource;
      this.tokenizerResource = tokenizerResource;
    }
  }

  /**
   * How the embedder runs.
   *
   * @param batchSize sentences per model run; 1 runs the model once per sentence with no batch
   *     machinery (the only order-independent setting for the quantized model)
   * @param threads intra-op threads of the ONNX session
   * @param cacheCapacity vectors kept for repeated sentences (0 = no cache)
   * @param workers batches run at the same time (each with {@code threads} intra-op threads)
   * @param model which model artifact runs
   */
  public record Options(int batchSize, int threads, int cacheCapacity, int workers, Model model) {

    public Options {
      if (batchSize < 1 || threads < 1 || cacheCapacity < 0 || workers < 1 || model == null) {
        throw new IllegalArgumentException(
            "batchSize, threads and workers >= 1, cacheCapacity >= 0, a model");
      }
    }

    public Options(int batchSize, int threads, int cacheCapacity, int workers) {
      this(batchSize, threads, cacheCapacity, workers, Model.FLOAT);
    }

    public Options(int batchSize, int threads, int cacheCapacity) {
      this(batchSize, threads, cacheCapacity, 1);
    }

    /**
     * The float model, batches of 32, one intra-op thread, as many concurrent batches as cores up
     * to 2, 50,000 cached vectors. Two single-threaded batches at once beat one batch on two
     * intra-op threads on a shared 2-core machine (the intra-op pool synchronises per operator).
     */
    public static Options defaults() {
      int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
      return new Options(32, 1, 50_000, workers, Model.FLOAT);
    }

    /**
     * The quantized model run one sentence per model call, on as many workers as cores up to 2,
     * 50,000 cached vectors: order-independent like {@link #defaults()} (no batch, so nothing can
     * shift a vector) and about twice as fast per CPU second, but its vectors are the quantized
     * model's, not the float vectors the shipped matcher weights were fitted on.
     */
    public static Options fastExact() {
      return defaults().withModel(Model.QUANTIZED).withBatchSize(1);
    }

    /** Whether a sentence's vector is the same whatever else is embedded with it. */
    public boolean orderIndependent() {
      return model == Model.FLOAT || batchSize == 1;
    }

    public Options withBatchSize(int size) {
      return new Options(size, threads, cacheCapacity, workers, model);
    }

    public Options withThreads(int n) {
      return new Options(batchSize, n, cacheCapacity, workers, model);
    }

    public Options withCacheCapacity(int n) {
      return new Options(batchSize, threads, n, workers, model);
    }

    public Options withWorkers(int n) {
      return new Options(batchSize, threads, cacheCapacity, n, model);
    }

    public Options withModel(Model m) {
      return new Options(batchSize, threads, cacheCapacity, workers, m);
    }
  }

  private final Options options;
  private final WordPieceTokenizer tokenizer;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final Set<String> inputs;
  private final Set<String> outputs;
  private final ThreadLocal<Scratch> scratch;
  private final EmbeddingCache cache;
  private final Duration loadTime;
  private final java.util.concurrent.ExecutorService pool;

  private SentenceEmbedder(Options options) throws OrtException {
    long t0 = System.nanoTime();
    this.options = options;
    try (InputStream tok = resource(options.model().tokenizerResource)) {
      this.tokenizer = WordPieceTokenizer.fromTokenizerJson(tok, WordPieceTokenizer.DEFAULT_MAX_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] model;
    try (InputStream in = resource(options.model().modelResource)) {
      model = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setIntraOpNumThreads(options.threads());
      if (options.threads() > 1) {
        so.addConfigEntry("session.intra_op.allow_spinning", "0");
      }
      so.setInterOpNumThreads(1);
      so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model, so);
    }
    Map<String, NodeInfo> in = session.getInputInfo();
    this.inputs = Set.copyOf(in.keySet());
    this.outputs = Set.of(session.getOutputNames().iterator().next());
    int maxTokens = WordPieceTokenizer.DEFAULT_MAX_TOKENS;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxTokens));
    this.cache = new EmbeddingCache(options.cacheCapacity());
    this.pool = options.workers() < 2 ? null
        : java.util.concurrent.Executors.newFixedThreadPool(options.workers(), r -> {
          Thread t = new Thread(r, "quorum-embed");
          t.setDaemon(true);
          return t;
        });
    this.loadTime = Duration.ofNanos(System.nanoTime() - t0);
  }

  /** Loads the model with the default options. */
  public static SentenceEmbedder open() {
    return open(Options.defaults());
  }

  /** Loads the model from the class path; fails if the model jar is missing or unusable. */
  public static SentenceEmbedder open(Options options) {
    try {
      return new SentenceEmbedder(options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence embedding model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " (langchain4j all-MiniLM-L6-v2 jar)");
    }
    return in;
  }

  /** The options this embedder was opened with. */
  public Options options() {
    return options;
  }

  /** How long loading the tokenizer and the model took. */
  public Duration loadTime() {
    return loadTime;
  }

  /** The vector cache. */
  public EmbeddingCache cache() {
    return cache;
  }

  /** The token ids the model sees for a sentence (after normalising it as the cache does). */
  public int[] tokenize(String sentence) {
    return tokenizer.encode(EmbeddingCache.normalize(sentence));
  }

  /** The unit vector of one sentence. */
  public float[] embed(String sentence) {
    return embed(List.of(sentence == null ? "" : sentence))[0];
  }

  /** One unit vector per sentence, in order; null sentences count as empty. */
  public float[][] embed(List<String> sentences) {
    int n = sentences.size();
    float[][] out = new float[n][];
    Map<EmbeddingCache.Key, List<Integer>> missing = new LinkedHashMap<>();
    Map<EmbeddingCache.Key, String> texts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String text = EmbeddingCache.normalize(sentences.get(i));
      EmbeddingCache.Key key = EmbeddingCache.keyOf(text);
      List<Integer> waiting = missing.get(key);
      if (waiting != null) {
        waiting.add(i);
        continue;
      }
      float[] v = cache.get(key);
      if (v != null) {
        out[i] = v;
      } else {
        waiting = new ArrayList<>(2);
        waiting.add(i);
        missing.put(key, waiting);
        texts.put(key, text);
      }
    }
    if (!missing.isEmpty()) {
      List<EmbeddingCache.Key> keys = new ArrayList<>(missing.keySet());
      List<String> pending = new ArrayList<>(keys.size());
      for (EmbeddingCache.Key k : keys) {
        pending.add(texts.get(k));
      }
      float[][] vectors = embedIds(encodings(pending));
      for (int j = 0; j < keys.size(); j++) {
        cache.put(keys.get(j), vectors[j]);
        List<Integer> at = missing.get(keys.get(j));
        for (int k = 0; k < at.size(); k++) {
          out[at.get(k)] = k == 0 ? vectors[j] : vectors[j].clone();
        }
      }
    }
    return out;
  }

  /**
   * A sentence's unit vector with the unit vectors of its word pieces in context ([CLS] and [SEP]
   * left out), for token-level alignment.
   */
  public record TokenEmbedding(float[] sentence, float[][] tokens, List<String> pieces, int[] ids) {}

  /** One token embedding per sentence, in order; not cached (the sentence vectors are). */
  public List<TokenEmbedding> embedTokens(List<String> sentences) {
    List<String> normalized = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      normalized.add(EmbeddingCache.normalize(s));
    }
    List<int[]> ids = encodings(normalized);
    TokenEmbedding[] out = new TokenEmbedding[ids.size()];
    runSorted(ids, (index, h, row, len, dim) -> {
      int tokens = ids.get(index).length;
      float[] pooled = pool(h, row, len, dim, tokens);
      float[][] vectors = new float[Math.max(0, tokens - 2)][];
      List<String> pieces = new ArrayList<>(vectors.length);
      for (int t = 1; t < tokens - 1; t++) {
        vectors[t - 1] = unit(h, (row * len + t) * dim, dim);
        pieces.add(tokenizer.piece(ids.get(index)[t]));
      }
      int[] inner = Arrays.copyOfRange(ids.get(index), 1, Math.max(1, tokens - 1));
      out[index] = new TokenEmbedding(pooled, vectors, pieces, inner);
    });
    for (int i = 0; i < out.length; i++) {
      cache.put(EmbeddingCache.keyOf(sentences.get(i)), out[i].sentence());
    }
    return List.of(out);
  }

  /**
   * The token ids of each text, encoded when first asked for and then kept. One-sentence runs ask
   * on the worker that embeds the sentence, so tokenizing overlaps with the model; a given index
   * is only ever asked for by one thread at a time.
   */
  private List<int[]> encodings(List<String> texts) {
    int[][] memo = new int[texts.size()][];
    return new java.util.AbstractList<>() {
      @Override
      public int[] get(int i) {
        int[] ids = memo[i];
        if (ids == null) {
          ids = tokenizer.encode(texts.get(i));
          memo[i] = ids;
        }
        return ids;
      }

      @Override
      public int size() {
        return memo.length;
      }
    };
  }

  /** Receives one sequence's rows of the model's output. */
  private interface RowSink {
    void accept(int index, float[] hidden, int row, int len, int dim);
  }

  /** Runs the model over encodings, shortest first in batches, and returns vectors in input order. */
  private float[][] embedIds(List<int[]> ids) {
    float[][] out = new float[ids.size()][];
    runSorted(ids, (index, h, row, len, dim) -> out[index] = pool(h, row, len, dim, ids.get(index).length));
    return out;
  }

  private void runSorted(List<int[]> ids, RowSink sink) {
    if (options.batchSize() == 1) {
      runEach(ids, sink);
      return;
    }
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparing(i -> i));
    List<Runnable> tasks = new ArrayList<>();
    for (int from = 0; from < order.length; from += options.batchSize()) {
      int to = Math.min(order.length, from + options.batchSize());
      List<int[]> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(ids.get(order[i]));
      }
      int f = from;
      tasks.add(() -> runBatch(batch, (row, h, len, dim) -> sink.accept(order[f + row], h, row, len, dim)));
    }
    if (pool == null || tasks.size() < 2) {
      tasks.forEach(Runnable::run);
      return;
    }
    // the batches are the same whatever the number of workers, so the vectors are too
    List<java.util.concurrent.Future<?>> running = new ArrayList<>(tasks.size());
    for (Runnable t : tasks) {
      running.add(pool.submit(t));
    }
    for (java.util.concurrent.Future<?> r : running) {
      try {
        r.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * Runs the model once per sentence: the workers take the next sentence from a shared counter, so
   * no batch is formed and no sentence can influence another's vector.
   */
  private void runEach(List<int[]> ids, RowSink sink) {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable loop = () -> {
      for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
        int index = i;
        runOne(ids.get(i), (h, len, dim) -> sink.accept(index, h, 0, len, dim));
      }
    };
    int helpers = pool == null ? 0 : Math.min(options.workers(), ids.size()) - 1;
    List<java.util.concurrent.Future<?>> running = new ArrayList<>(Math.max(0, helpers));
    for (int w = 0; w < helpers; w++) {
      running.add(pool.submit(loop));
    }
    RuntimeException failure = null;
    try {
      loop.run();
    } catch (RuntimeException e) {
      failure = e;
      next.set(ids.size());
    }
    for (java.util.concurrent.Future<?> r : running) {
      try {
        r.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Per-thread input buffers for one-sentence runs: direct, so ONNX reads them without a copy. */
  private static final class Scratch {
    final java.nio.LongBuffer ids;
    final java.nio.LongBuffer mask;
    final java.nio.LongBuffer types;
    float[] hidden = new float[0];

    Scratch(int maxTokens) {
      ids = direct(maxTokens);
      mask = direct(maxTokens);
      types = direct(maxTokens);
      for (int i = 0; i < maxTokens; i++) {
        mask.put(i, 1L);
      }
    }

    private static java.nio.LongBuffer direct(int n) {
      return java.nio.ByteBuffer.allocateDirect(n * Long.BYTES).order(java.nio.ByteOrder.nativeOrder())
          .asLongBuffer();
    }
  }

  private interface OneSink {
    void accept(float[] hidden, int len, int dim);
  }

  /** One model run over one sentence, with no per-call allocation beyond the ONNX tensors. */
  private void runOne(int[] ids, OneSink sink) {
    Scratch s = scratch.get();
    int len = ids.length;
    if (len > s.ids.capacity()) {
      throw new IllegalArgumentException("an encoding longer than the tokenizer allows: " + len);
    }
    for (int c = 0; c < len; c++) {
      s.ids.put(c, ids[c]);
    }
    long[] shape = {1, len};
    OnnxTensor ti = null;
    OnnxTensor tm = null;
    OnnxTensor tt = null;
    try {
      ti = OnnxTensor.createTensor(env, s.ids.duplicate().limit(len), shape);
      tm = OnnxTensor.createTensor(env, s.mask.duplicate().limit(len), shape);
      Map<String, OnnxTensor> feed;
      if (inputs.contains("token_type_ids")) {
        tt = OnnxTensor.createTensor(env, s.types.duplicate().limit(len), shape);
        feed = Map.of("input_ids", ti, "attention_mask", tm, "token_type_ids", tt);
      } else {
        feed = Map.of("input_ids", ti, "attention_mask", tm);
      }
      try (OrtSession.Result result = session.run(feed, outputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int size = hidden.remaining();
        if (s.hidden.length < size) {
          s.hidden = new float[size];
        }
        hidden.get(s.hidden, 0, size);
        sink.accept(s.hidden, len, size / len);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    } finally {
      for (OnnxTensor t : new OnnxTensor[] {ti, tm, tt}) {
        if (t != null) {
          t.close();
        }
      }
    }
  }

  private interface BatchSink {
    void accept(int row, float[] hidden, int len, int dim);
  }

  private void runBatch(List<int[]> batch, BatchSink sink) {
    int b = batch.size();
    int len = 0;
    for (int[] ids : batch) {
      len = Math.max(len, ids.length);
    }
    long[] inputIds = new long[b * len];
    long[] mask = new long[b * len];
    long[] types = new long[b * len];
    for (int r = 0; r < b; r++) {
      int[] ids = batch.get(r);
      for (int c = 0; c < ids.length; c++) {
        inputIds[r * len + c] = ids[c];
        mask[r * len + c] = 1;
      }

    }
    long[] shape = {b, len};
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape));
      feed.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (inputs.contains("token_type_ids")) {
        feed.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = session.run(feed)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int dim = (int) (hidden.remaining() / ((long) b * len));
        float[] h = new float[hidden.remaining()];
        hidden.get(h);
        for (int r = 0; r < b; r++) {
          sink.accept(r, h, len, dim);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  /** Mean of the first tokens rows of one sequence (the unmasked ones), scaled to unit length. */
  private static float[] pool(float[] h, int row, int len, int dim, int tokens) {
    double[] sum = new double[dim];
    int base = row * len * dim;
    for (int t = 0; t < tokens; t++) {
      int off = base + t * dim;
      for (int d = 0; d < dim; d++) {
        sum[d] += h[off + d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      sum[d] /= tokens;
      norm += sum[d] * sum[d];
    }
    norm = Math.sqrt(norm);
    float[] v = new float[dim];
    for (int d = 0; d < dim; d++) {
      v[d] = norm > 0 ? (float) (sum[d] / norm) : 0f;
    }
    return v;
  }

  private static float[] unit(float[] h, int off, int dim) {
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      norm += (double) h[off + d] * h[off + d];
    }
    norm = Math.sqrt(norm);
    float[] v = new float[dim];
    for (int d = 0; d < dim; d++) {
      v[d] = norm > 0 ? (float) (h[off + d] / norm) : 0f;
    }
    return v;
  }

  /** The cosine of two vectors (their dot product when both have unit length); 0 if either is 0. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }
}

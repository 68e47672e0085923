package dev.quorum.bench.eval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.quorum.bench.SharedData;
import dev.quorum.text.embed.LabelledPair;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures embedding throughput over every distinct MSRP train sentence, in sentences per wall
 * second and per second of process CPU time, for several embedder configurations measured in turn,
 * and checks whether each one gives a sentence the same vector whatever else is in the input.
 *
 * <p>Why CPU seconds too: the machine is shared, so wall throughput moves with other jobs; the
 * configurations are interleaved round by round so that each round sees about the same load, and
 * the load average is printed with every figure.
 */
@Command(
    name = "embedding",
    mixinStandardHelpOptions = true,
    description = "Embedding throughput on the distinct MSRP train sentences (sentences/s wall and "
        + "per process-CPU-second, load average) and order-independence of the vectors.")
public final class EmbeddingEvalCommand implements Callable<Integer> {

  /** Sentences whose vectors are compared between the full run, a shuffled run and runs alone. */
  static final int EXACT_SAMPLE = 300;

  /**
   * One configuration's figures over all rounds.
   *
   * @param name the configuration as given
   * @param wallPerSecond sentences per wall second, one per round
   * @param cpuPerSecond sentences per second of process CPU time, one per round
   * @param load one-minute load average at the end of each round
   * @param maxDifference largest absolute difference of a vector component between the vector of
   *     a sampled sentence in the full run, in a shuffled run, and embedded on its own (NaN for the
   *     library wrapper, which is not checked)
   */
  public record Figures(String name, double[] wallPerSecond, double[] cpuPerSecond, double[] load,
      double maxDifference) {}

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "msrp folder (default: located shared/data/msrp)")
  Path data;

  @Option(names = "--configs", paramLabel = "LIST", split = ",",
      defaultValue = "QUANTIZED/1,FLOAT/32,QUANTIZED/32,WRAPPER",
      description = "configurations measured in turn: MODEL/BATCH (FLOAT or QUANTIZED, sentences "
          + "per model run) or WRAPPER (the langchain4j quantized model's embedAll) "
          + "(default: ${DEFAULT-VALUE})")
  List<String> configs;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "model runs at once, one intra-op thread each (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
      description = "rounds over all sentences per configuration (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "embed only the first N distinct sentences (default: all)")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data : SharedData.dataSet("msrp").orElse(null);
    Path file = dir == null ? null : dir.resolve(ParaphraseEvalCommand.TRAIN_FILE);
    if (file == null || !Files.isRegularFile(file)) {
      err.println("msrp/" + ParaphraseEvalCommand.TRAIN_FILE + " not found; pass --data DIR or set "
          + SharedData.ENV);
      return 2;
    }
    if (workers < 1 || rounds < 1 || limit < 0) {
      err.println("--workers and --rounds must be >= 1, --limit >= 0");
      return 2;
    }
    for (String c : configs) {
      if (!c.equals("WRAPPER") && !c.matches("(FLOAT|QUANTIZED)/[1-9][0-9]*")) {
        err.println("unknown configuration " + c + " (MODEL/BATCH or WRAPPER)");
        return 2;
      }
    }
    List<String> sentences = sentences(file, limit);
    out.printf(Locale.ROOT, "%d distinct MSRP train sentences, %d worker(s) x 1 intra-op thread, "
        + "%d available processor(s), cache off%n", sentences.size(), workers,
        Runtime.getRuntime().availableProcessors());
    out.flush();
    List<Figures> figures = measure(sentences, configs, workers, rounds, out);
    out.println("configuration        sentences/s wall (per round)   per CPU-second   load   max diff");
    for (Figures f : figures) {
      out.printf(Locale.ROOT, "%-20s %-30s %-16s %-6s %s%n", f.name(), join(f.wallPerSecond()),
          join(f.cpuPerSecond()), join(f.load()), Double.isNaN(f.maxDifference()) ? "not checked"
              : f.maxDifference() == 0 ? "0 (bitwise equal)"
              : String.format(Locale.ROOT, "%.3g", f.maxDifference()));
    }
    out.flush();
    return 0;
  }

  /** The distinct sentences of a labelled pair file, in file order, cut to limit when positive. */
  public static List<String> sentences(Path file, int limit) throws IOException {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (LabelledPair p : LabelledPair.read(file)) {
      distinct.add(p.a());
      distinct.add(p.b());
    }
    List<String> all = new ArrayList<>(distinct);
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  /** Measures each configuration in turn, round after round, printing each figure as it comes. */
  public static List<Figures> measure(List<String> sentences, List<String> configs, int workers,
      int rounds, PrintWriter out) {
    int n = configs.size();
    double[][] wall = new double[n][rounds];
    double[][] cpu = new double[n][rounds];
    double[][] load = new double[n][rounds];
    double[] diff = new double[n];
    List<AutoCloseable> open = new ArrayList<>();
    List<java.util.function.Supplier<Object>> runs = new ArrayList<>();
    try {
      for (int c = 0; c < n; c++) {
        String config = configs.get(c);
        if (config.equals("WRAPPER")) {
          ExecutorService pool = Executors.newFixedThreadPool(workers);
          open.add(pool::shutdownNow);
          AllMiniLmL6V2QuantizedEmbeddingModel wrapper = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
          List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
          runs.add(() -> wrapper.embedAll(segments).content());
          diff[c] = Double.NaN;
        } else {
          String[] parts = config.split("/");
          SentenceEmbedder.Options options = SentenceEmbedder.Options.defaults()
              .withModel(SentenceEmbedder.Model.valueOf(parts[0]))
              .withBatchSize(Integer.parseInt(parts[1])).withWorkers(workers).withThreads(1)
              .withCacheCapacity(0);
          SentenceEmbedder embedder = SentenceEmbedder.open(options);
          open.add(embedder);
          runs.add(() -> embedder.embed(sentences));
          diff[c] = orderDifference(embedder, options, sentences);
        }
      }
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      for (int r = 0; r < rounds; r++) {
        for (int c = 0; c < n; c++) {
          long cpu0 = processCpuNanos(os);
          long t0 = System.nanoTime();
          runs.get(c).get();
          double seconds = (System.nanoTime() - t0) / 1e9;
          double cpuSeconds = (processCpuNanos(os) - cpu0) / 1e9;
          wall[c][r] = sentences.size() / seconds;
          cpu[c][r] = cpuSeconds > 0 ? sentences.size() / cpuSeconds : Double.NaN;
          load[c][r] = os.getSystemLoadAverage();
          out.printf(Locale.ROOT, "round %d %-20s %6.0f sentences/s wall, %6.0f per CPU-second, "
              + "load %.2f%n", r + 1, configs.get(c), wall[c][r], cpu[c][r], load[c][r]);
          out.flush();
        }
      }
    } finally {
      for (AutoCloseable a : open) {
        try {
          a.close();
        } catch (Exception e) {
          // closing a measured resource cannot change the figures
        }
      }
    }
    List<Figures> figures = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      figures.add(new Figures(configs.get(c), wall[c], cpu[c], load[c], diff[c]));
    }
    return figures;
  }

  /**
   * The largest component difference, over a sample, between a sentence's vector in a run over all
   * sentences, in a run over them shuffled, and embedded on its own by a one-worker embedder.
   */
  static double orderDifference(SentenceEmbedder embedder, SentenceEmbedder.Options options,
      List<String> sentences) {
    List<String> sample = sentences.subList(0, Math.min(EXACT_SAMPLE, sentences.size()));
    List<String> context = sentences.subList(0, Math.min(4 * EXACT_SAMPLE, sentences.size()));
    float[][] inContext = embedder.embed(context);
    List<String> shuffled = new ArrayList<>(context);
    Collections.shuffle(shuffled, new Random(20061));
    float[][] inShuffle = embedder.embed(shuffled);
    double max = 0;
    try (SentenceEmbedder alone = SentenceEmbedder.open(options.withWorkers(1))) {
      for (int i = 0; i < sample.size(); i++) {
        float[] one = alone.embed(List.of(sample.get(i)))[0];
        float[] shuffledVector = inShuffle[shuffled.indexOf(sample.get(i))];
        for (int d = 0; d < one.length; d++) {
          max = Math.max(max, Math.abs(one[d] - inContext[i][d]));
          max = Math.max(max, Math.abs(one[d] - shuffledVector[d]));
        }
      }
    }
    return max;
  }

  private static long processCpuNanos(OperatingSystemMXBean os) {
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static String join(double[] values) {
    List<String> parts = new ArrayList<>(values.length);
    for (double v : values) {
      parts.add(String.format(Locale.ROOT, v >= 100 || Double.isNaN(v) ? "%.0f" : "%.2f", v));
    }
    return String.join(" ", parts);
  }
}

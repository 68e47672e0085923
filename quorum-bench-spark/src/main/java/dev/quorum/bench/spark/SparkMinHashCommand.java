package dev.quorum.bench.spark;

import dev.quorum.bench.copies.PlantedCorpus;
import dev.quorum.bench.copies.ScaleCorpus;
import dev.quorum.bench.copies.WordNet;
import dev.quorum.bench.eval.CopiesEval;
import dev.quorum.bench.eval.CopiesScaleEvalCommand;
import dev.quorum.bench.eval.EvalData;
import dev.quorum.bench.eval.ScaleScore;
import dev.quorum.copies.CopyKind;
import dev.quorum.copies.NearDuplicateIndex;
import dev.quorum.model.Article;
import dev.quorum.pipeline.Pipelines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs Spark MLlib's {@code MinHashLSH} in local mode and Quorum's {@link NearDuplicateIndex} on
 * the same generated corpus with planted copies and prints quality and time side by side.
 *
 * <p>Both see the same word 5-shingles: Spark as a sparse binary vector of shingle hashes folded
 * into 2^30 dimensions, Quorum as the shingle hashes themselves. Spark's approximate similarity
 * self-join keeps the pairs whose exact Jaccard distance is at most {@code --distance}; a pair at
 * distance 0 is taken for a duplicate. Spark's MinHashLSH ORs single-hash tables (no AND of rows),
 * so its tables are its only recall knob.
 *
 * <p>Exit codes: 0 done, 2 usage or missing data, 3 internal error (e.g. Spark cannot start).
 */
@Command(
    name = "spark-minhash",
    mixinStandardHelpOptions = true,
    description = "Spark MLlib MinHashLSH (local mode) vs Quorum's sketch stage on the same "
        + "generated corpus: precision/recall of planted duplicates and near-duplicates, time.")
public final class SparkMinHashCommand implements Callable<Integer> {

  private static final int DIMENSIONS = 1 << 30;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ (default: located shared/data)")
  Path data;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "corpus size (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "corpus seed, as for quorum eval copies-scale (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--tables", paramLabel = "T", defaultValue = "20",
      description = "MinHashLSH hash tables (default: ${DEFAULT-VALUE})")
  int tables;

  @Option(names = "--distance", paramLabel = "D", defaultValue = "0.7",
      description = "largest Jaccard distance joined (default: ${DEFAULT-VALUE}, i.e. "
          + "Jaccard >= 0.3)")
  double distance;

  @Option(names = "--cores", paramLabel = "N", defaultValue = "2",
      description = "Spark local threads (default: ${DEFAULT-VALUE})")
  int cores;

  @Option(names = "--skip-quorum", description = "run Spark only")
  boolean skipQuorum;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMinHashCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path duc = EvalData.set(data, "duc2003").orElse(null);
    if (duc == null || !WordNet.available(WordNet.defaultDir())) {
      spec.commandLine().getErr().println("need duc2003 (--data DIR) and WordNet");
      return 2;
    }
    List<Article> pool = PlantedCorpus.readPool(duc.getParent(), Pipelines.standard());
    WordNet wordNet = WordNet.open();
    out.printf(Locale.ROOT, "corpus: %d generated articles, seed %d; max heap %d MiB%n",
        articles, seed, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    List<String> lines = new ArrayList<>();
    if (!skipQuorum) {
      CopiesScaleEvalCommand.Sketch q = CopiesScaleEvalCommand.sketch(pool, wordNet, articles,
          seed, NearDuplicateIndex.Options.DEFAULT);
      lines.add(line("quorum NearDuplicateIndex " + NearDuplicateIndex.Options.DEFAULT.bands()
          + "x" + NearDuplicateIndex.Options.DEFAULT.rows(), q.detectSeconds(), q.detectSeconds(),
          q.detectCpuSeconds(), q.score()));
      out.println(lines.get(0));
      out.flush();
    }

    ScaleCorpus corpus = new ScaleCorpus(pool, wordNet, seed, ScaleCorpus.Options.SKETCH);
    ScaleScore score = new ScaleScore();
    long t0 = System.nanoTime();
    List<Row> rows = new ArrayList<>(articles);
    long generate = 0;
    for (int i = 0; i < articles; i++) {
      long g = System.nanoTime();
      ScaleCorpus.Item item = corpus.next();
      generate += System.nanoTime() - g;
      score.article(item);
      long[] shingles = NearDuplicateIndex.shingles(
          NearDuplicateIndex.wordHashes(item.text()), NearDuplicateIndex.Options.DEFAULT.shingle());
      if (shingles.length == 0) {
        continue;
      }
      int[] indices = Arrays.stream(shingles).mapToInt(h -> (int) Math.floorMod(h, DIMENSIONS))
          .distinct().sorted().toArray();
      double[] ones = new double[indices.length];
      Arrays.fill(ones, 1.0);
      rows.add(RowFactory.create(item.number(), Vectors.sparse(DIMENSIONS, indices, ones)));
    }
    double vectorize = (System.nanoTime() - t0 - generate) / 1e9;

    SparkSession spark = SparkSession.builder()
        .appName("quorum-minhash")
        .master("local[" + cores + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
        .getOrCreate();
    try {
      StructType schema = new StructType(new StructField[] {
          new StructField("id", DataTypes.IntegerType, false, Metadata.empty()),
          new StructField("features", new VectorUDT(), false, Metadata.empty())});
      long c1 = cpu();
      long t1 = System.nanoTime();
      Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(4 * cores).cache();
      df.count();
      rows = null;
      double load = (System.nanoTime() - t1) / 1e9;
      long t2 = System.nanoTime();
      MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(seed)
          .setInputCol("features").setOutputCol("hashes").fit(df);
      Dataset<Row> hashed = model.transform(df).cache();
      List<Row> pairs = model.approxSimilarityJoin(hashed, hashed, distance, "distance")
          .filter(functions.col("datasetA.id").lt(functions.col("datasetB.id")))
          .select(functions.col("datasetA.id"), functions.col("datasetB.id"),
              functions.col("distance"))
          .collectAsList();
      double join = (System.nanoTime() - t2) / 1e9;
      for (Row p : pairs) {
        int a = p.getInt(0);
        int b = p.getInt(1);
        double d = p.getDouble(2);
        score.relation(b, a, d == 0 ? CopyKind.DUPLICATE : CopyKind.NEAR_DUPLICATE, 1 - d);
      }
      ScaleScore.Result r = score.result(CopyKind.DUPLICATE, CopyKind.NEAR_DUPLICATE);
      lines.add(line(String.format(Locale.ROOT, "spark MinHashLSH %d tables, d<=%.2f", tables,
          distance), join, vectorize + load + join, (cpu() - c1) / 1e9 + vectorize, r));
      out.printf(Locale.ROOT, "spark: vectors built in %.1f s, DataFrame cached in %.1f s, "
          + "hashing + similarity join in %.1f s; %d pairs%n", vectorize, load, join,
          pairs.size());
    } finally {
      spark.stop();
    }
    out.printf("%-44s %9s %9s %9s %9s %10s %7s %7s %7s %7s%n", "method", "LSH s", "total s",
        "cpu s", "art/s", "relations", "dup R", "dup P", "near R", "near P");
    lines.forEach(out::println);
    out.flush();
    return 0;
  }

  /** CPU time of the whole process (all threads, GC and compiler included), nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private String line(String method, double lsh, double total, double cpu,
      ScaleScore.Result r) {
    ScaleScore.Kind dup = r.kinds().get(CopyKind.DUPLICATE);
    ScaleScore.Kind near = r.kinds().get(CopyKind.NEAR_DUPLICATE);
    return String.format(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9.0f %10d %7s %7s %7s %7s",
        method, lsh, total, cpu, articles / total, r.relations(), CopiesEval.pct(dup.recall()),
        CopiesEval.pct(dup.precision()), CopiesEval.pct(near.recall()),
        CopiesEval.pct(near.precision()));
  }
}

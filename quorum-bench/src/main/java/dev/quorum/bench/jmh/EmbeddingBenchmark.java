package dev.quorum.bench.jmh;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.quorum.bench.SyntheticCorpus;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentences per second embedded by Quorum's batched {@link SentenceEmbedder} (cache off) and by the
 * library wrapper's {@code embedAll}, over the same fixed-seed sentences from the example corpus.
 *
 * <p>The score is sentences/s ({@link OperationsPerInvocation} is the sentence count); {@code
 * workers} sets how many batches run at once and {@code threads} the ONNX intra-op threads of each;
 * {@code model} picks the float (default, order-independent) or the quantized model; the wrapper
 * (quantized) embeds one sentence per model call on an executor of {@code workers} threads.
 * {@code batch=1} with {@code model=QUANTIZED} is the fast order-independent path ({@link
 * SentenceEmbedder.Options#fastExact()}).
 *
 * <p>The secondary result {@code cpuCores} is process CPU time per wall second while the benchmark
 * method ran (how many cores it kept busy); the score divided by it is sentences per CPU-second,
 * which moves less than the score when other jobs share the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class EmbeddingBenchmark {

  /** Sentences per invocation. */
  public static final int SENTENCES = 256;

  @Param({"1", "32"})
  int batch;

  @Param({"1"})
  int threads;

  @Param({"1", "2"})
  int workers;

  @Param({"FLOAT", "QUANTIZED"})
  SentenceEmbedder.Model model;

  private List<String> sentences;
  private List<TextSegment> segments;
  private SentenceEmbedder embedder;
  private AllMiniLmL6V2QuantizedEmbeddingModel wrapper;
  private ExecutorService wrapperPool;

  @Setup(Level.Trial)
  public void setup() {
    sentences = sentences(SyntheticCorpus.examples(), SENTENCES, 42);
    segments = sentences.stream().map(TextSegment::from).toList();
    embedder = SentenceEmbedder.open(SentenceEmbedder.Options.defaults()
        .withBatchSize(batch).withThreads(threads).withWorkers(workers).withCacheCapacity(0)
        .withModel(model));
    wrapperPool = Executors.newFixedThreadPool(workers);
    wrapper = new AllMiniLmL6V2QuantizedEmbeddingModel(wrapperPool);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    embedder.close();
    wrapperPool.shutdownNow();
  }

  /** Distinct sentences of 5 to 60 words from the text files in dir and below, shuffled with the seed. */
  public static List<String> sentences(Path dir, int count, long seed) {
    LinkedHashSet<String> pool = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          for (String s : line.strip().split("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})")) {
            int words = s.split("\\s+").length;
            if (words >= 5 && words <= 60) {
              pool.add(s);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> list = new ArrayList<>(pool);
    Collections.shuffle(list, new Random(seed));
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(list.get(i % list.size()) + (i >= list.size() ? " (" + i + ")" : ""));
    }
    return out;
  }

  /** Process CPU seconds spent in the benchmark method, reported per wall second: busy cores. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cpu {
    public double cpuCores;

    @Setup(Level.Iteration)
    public void reset() {
      cpuCores = 0;
    }

    static long now() {
      return ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public float[][] batched(Cpu cpu) {
    long c0 = Cpu.now();
    float[][] out = embedder.embed(sentences);
    cpu.cpuCores += (Cpu.now() - c0) / 1e9;
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public List<Embedding> wrapper(Cpu cpu) {
    long c0 = Cpu.now();
    List<Embedding> out = wrapper.embedAll(segments).content();
    cpu.cpuCores += (Cpu.now() - c0) / 1e9;
    return out;
  }
}

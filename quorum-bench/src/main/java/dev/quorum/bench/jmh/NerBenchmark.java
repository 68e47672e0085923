package dev.quorum.bench.jmh;

import dev.quorum.bench.SyntheticCorpus;
import dev.quorum.extract.ner.NerModel;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokens per second tagged by the shipped named-entity model on one thread ({@link #tag}: the score
 * is tokens/s, {@value #TOKENS} tokens of fixed-seed synthetic news in documents of about 500), and
 * the time to load the model from its resource ({@link #load}, single shot).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class NerBenchmark {

  /** Tokens tagged per invocation. */
  public static final int TOKENS = 10_000;

  private final List<List<String[]>> docs = new ArrayList<>();
  private NerModel model;

  @Setup
  public void setup() {
    SyntheticCorpus corpus = SyntheticCorpus.fromTextFiles(SyntheticCorpus.examples(), 42);
    ArticlePipeline pipeline = Pipelines.standard();
    int total = 0;
    for (int i = 0; total < TOKENS; i++) {
      Article a = pipeline.process(corpus.plainText(i, 500));
      List<String[]> doc = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        List<String> words = new ArrayList<>();
        for (Span t : s.tokens()) {
          if (total < TOKENS && !t.isEmpty()) {
            words.add(t.of(a.text()));
            total++;
          }
        }
        if (!words.isEmpty()) {
          doc.add(words.toArray(new String[0]));
        }
      }
      docs.add(doc);
    }
    model = NerModel.english();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OperationsPerInvocation(TOKENS)
  public int tag() {
    int names = 0;
    for (List<String[]> doc : docs) {
      for (var chunks : model.tag(doc)) {
        names += chunks.size();
      }
    }
    return names;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  public NerModel load() {
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
      return NerModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

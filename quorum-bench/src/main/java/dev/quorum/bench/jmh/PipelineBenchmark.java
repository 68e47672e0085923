package dev.quorum.bench.jmh;

import dev.quorum.bench.SyntheticCorpus;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through the whole foundation pipeline (extraction or header parsing,
 * cleaning, sentences, tokens, language) on one thread, for plain text and for HTML pages of a
 * fixed-seed synthetic corpus; run with {@code -prof gc} to see the allocation per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PipelineBenchmark {

  @Param({"800"})
  int words;

  private final List<RawDocument> plain = new ArrayList<>();
  private final List<RawDocument> html = new ArrayList<>();
  private ArticlePipeline pipeline;
  private int next;

  @Setup
  public void setup() {
    SyntheticCorpus corpus = SyntheticCorpus.fromTextFiles(SyntheticCorpus.examples(), 42);
    for (int i = 0; i < 512; i++) {
      plain.add(corpus.plainText(i, words));
      html.add(corpus.html(i, words));
    }
    pipeline = Pipelines.standard();
  }

  @Benchmark
  public Article plainText() {
    return pipeline.process(plain.get(next++ & 511));
  }

  @Benchmark
  public Article htmlPage() {
    return pipeline.process(html.get(next++ & 511));
  }

  @Benchmark
  public Object plainTextCleanOnly() {
    return pipeline.clean(plain.get(next++ & 511));
  }

  @Benchmark
  public Object htmlPageCleanOnly() {
    return pipeline.clean(html.get(next++ & 511));
  }
}

package dev.quorum.bench.jmh;

import dev.quorum.bench.SyntheticCorpus;
import dev.quorum.brief.Summarizer;
import dev.quorum.brief.SummarySentence;
import dev.quorum.model.Article;
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
 * Time to summarize a story of N analysed articles of a fixed-seed synthetic corpus (concept
 * weights, LexRank, selection and mentions; no copy report, no matcher).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class SummarizerBenchmark {

  @Param({"50", "1000"})
  int articles;

  private final List<Article> story = new ArrayList<>();
  private final Summarizer summarizer = new Summarizer();

  @Setup
  public void setup() {
    SyntheticCorpus corpus = SyntheticCorpus.fromTextFiles(SyntheticCorpus.examples(), 42);
    ArticlePipeline pipeline = Pipelines.standard();
    for (int i = 0; i < articles; i++) {
      story.add(pipeline.process(corpus.plainText(i, 600)));
    }
  }

  @Benchmark
  public List<SummarySentence> summarize() {
    return summarizer.summarize(story);
  }
}

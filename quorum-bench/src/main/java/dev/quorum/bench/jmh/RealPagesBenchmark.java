package dev.quorum.bench.jmh;

import dev.quorum.bench.SharedData;
import dev.quorum.bench.eval.ExtractionEvalCommand;
import dev.quorum.bench.eval.ExtractionEvalCommand.BenchPage;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second through the whole pipeline on one thread for the 181 real news pages of the
 * article-extraction benchmark in ../shared/data (fails in setup when that data is absent).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RealPagesBenchmark {

  private final List<RawDocument> pages = new ArrayList<>();
  private ArticlePipeline pipeline;
  private int next;

  @Setup
  public void setup() throws IOException {
    var dir = SharedData.dataSet("article-extraction-benchmark")
        .orElseThrow(() -> new IllegalStateException("../shared/data is not available"));
    for (BenchPage p : ExtractionEvalCommand.load(dir)) {
      pages.add(new RawDocument(p.id(), Source.file(p.id() + ".html"), "html", MediaType.HTML,
          p.html(), new Metadata(null, p.url(), null, null, null, null)));
    }
    pipeline = Pipelines.standard();
  }

  @Benchmark
  public Article realPage() {
    RawDocument d = pages.get(next);
    next = (next + 1) % pages.size();
    return pipeline.process(d);
  }
}

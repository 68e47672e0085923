package dev.quorum.bench.eval;

import dev.quorum.bench.SyntheticCorpus;
import dev.quorum.extract.claims.ClaimExtractor;
import dev.quorum.model.Article;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval claims}: numeric claims against hand-labelled DUC 2003 and MultiLing 2011
 * articles (a dev half and a held-out half), field by field, and extraction speed on 800-word
 * articles.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Numeric claims on labelled DUC 2003 / MultiLing 2011 articles: precision, "
        + "recall, accuracy of each field; articles/s on 800-word articles.")
public final class ClaimsEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ and multiling2011/ "
          + "(default: located shared/data)")
  Path data;

  @Option(names = "--errors", paramLabel = "SPLIT",
      description = "print the misses, extras and wrong fields of this split (dev, test, fresh)")
  String errors;

  @Option(names = "--speed-articles", paramLabel = "N", defaultValue = "300",
      description = "800-word synthetic articles to time extraction on, 0 for none "
          + "(default: ${DEFAULT-VALUE})")
  int speedArticles;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path duc = EvalData.set(data, "duc2003").orElse(null);
    if (duc == null) {
      err.println("duc2003 not found; pass --data DIR (the shared data folder)");
      return 2;
    }
    ClaimsEval.Labels labels = ClaimsEval.labels();
    Map<String, Article> articles = ClaimsEval.articles(duc.getParent(), labels);
    ClaimExtractor extractor = new ClaimExtractor();
    List<ClaimsEval.Predicted> predicted = ClaimsEval.predict(articles, extractor);
    out.printf(Locale.ROOT, "%d labelled articles, %d gold claims%n", articles.size(),
        labels.claims().size());
    for (String split : List.of("dev", "test", "fresh")) {
      if (!labels.splits().containsValue(split)) {
        continue;
      }
      ClaimsEval.Score s = ClaimsEval.score(split, labels, predicted, articles);
      print(s, out);
      if (split.equals(errors)) {
        s.errors().forEach(e -> out.println("  " + e));
      }
    }
    if (speedArticles > 0) {
      speed(out, speedArticles, extractor);
    }
    out.flush();
    return 0;
  }

  static void print(ClaimsEval.Score s, PrintWriter out) {
    out.printf(Locale.ROOT, "%-4s gold %d, predicted %d, matched %d: precision %.3f, recall %.3f, "
        + "F1 %.3f%n", s.split(), s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(),
        s.f1());
    StringBuilder sb = new StringBuilder("     fields on matches:");
    for (ClaimsEval.Field f : s.fields()) {
      sb.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", f.name(), f.accuracy(), f.right(),
          f.total()));
    }
    out.println(sb);
  }

  /**
   * Passes over the corpus before timing: on a shared two-core machine the JIT needs a few
   * thousand calls before the part-of-speech tagger runs at full speed, as it does in a long run.
   */
  static final int WARM_UP_PASSES = 4;

  static final int TIMED_PASSES = 3;

  /** Times the extractor alone and the pipeline with it on synthetic 800-word articles. */
  static void speed(PrintWriter out, int n, ClaimExtractor extractor) {
    SyntheticCorpus corpus = SyntheticCorpus.fromTextFiles(SyntheticCorpus.examples(), 42);
    ArticlePipeline pipeline = Pipelines.standard();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    List<dev.quorum.model.RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(corpus.plainText(i, 800));
    }
    List<Article> arts = new ArrayList<>();
    for (dev.quorum.model.RawDocument d : docs) {
      pipeline.process(d); // warm-up
    }
    long pcpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (dev.quorum.model.RawDocument d : docs) {
      arts.add(pipeline.process(d));
    }
    double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
    double pipelineCpu = (mx.getCurrentThreadCpuTime() - pcpu0) / 1e9;
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (Article a : arts) {
        extractor.extract(a);
      }
    }
    long words = arts.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    int claims = 0;
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      for (Article a : arts) {
        claims += extractor.extract(a).size();
      }
    }
    claims /= TIMED_PASSES;
    double seconds = (System.nanoTime() - t1) / 1e9 / TIMED_PASSES;
    double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9 / TIMED_PASSES;
    out.printf(Locale.ROOT, "speed on %d synthetic articles of %d words on average, one thread, after %d warm-up "
        + "passes (%d claims):%n  claims alone %.0f articles/s by the clock, %.0f per CPU "
        + "second%n  cleaning+analysis+claims %.0f articles/s by the clock, %.0f per CPU second%n",
        n, words / n, WARM_UP_PASSES, claims, n / seconds, n / cpuSeconds,
        n / (seconds + pipelineSeconds), n / (cpuSeconds + pipelineCpu));
  }
}

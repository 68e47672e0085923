package dev.quorum.bench.eval;

import dev.quorum.bench.copies.PlantedCorpus;
import dev.quorum.bench.copies.ScaleCorpus;
import dev.quorum.bench.copies.WordNet;
import dev.quorum.copies.CopyKind;
import dev.quorum.copies.CopyStream;
import dev.quorum.copies.NearDuplicateIndex;
import dev.quorum.copies.RewriteIndex;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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
 * {@code quorum eval copies-scale}: streams generated articles with planted copies through the
 * sketch-only duplicate and near-duplicate stage at growing corpus sizes, and optionally a corpus
 * through the real pipeline and all streaming copy stages (rewrites included), reporting
 * throughput, heap and quality.
 */
@Command(
    name = "copies-scale",
    mixinStandardHelpOptions = true,
    description = "Duplicate and near-duplicate detection at scale (10k, 100k, 1M articles): "
        + "articles/s, heap, precision/recall of planted copies; --end-to-end N also runs N "
        + "articles through the pipeline and all streaming copy stages (rewrites included).")
public final class CopiesScaleEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ and multiling2011/ "
          + "(default: located shared/data)")
  Path data;

  @Option(names = "--articles", paramLabel = "N[,N...]", split = ",",
      defaultValue = "10000,100000",
      description = "corpus sizes for the sketch stage (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--end-to-end", paramLabel = "N", defaultValue = "0",
      description = "also run N articles through the pipeline and all streaming copy stages "
          + "(default: 0, off)")
  int endToEnd;

  @Option(names = "--rewrite-window", paramLabel = "N", defaultValue = "20000",
      description = "end to end: articles the rewrite stage keeps for alignment (default: "
          + "${DEFAULT-VALUE})")
  int rewriteWindow;

  @Option(names = "--embeddings",
      description = "end to end: re-align rewrite candidates that fall short lexically with "
          + "sentence embeddings")
  boolean embeddings;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "corpus seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--containment", paramLabel = "X", defaultValue = "0.6",
      description = "estimated containment from which a pair is a near-duplicate "
          + "(default: ${DEFAULT-VALUE})")
  double containment;

  @Option(names = "--bands", paramLabel = "B", defaultValue = "0",
      description = "LSH bands (default: the index's default)")
  int bands;

  @Option(names = "--rows", paramLabel = "R", defaultValue = "0",
      description = "components per LSH band (default: the index's default)")
  int rows;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path duc = CopiesEvalCommand.ducWithWordNet(data, err);
    if (duc == null) {
      return 2;
    }
    long t0 = System.nanoTime();
    List<Article> pool = PlantedCorpus.readPool(duc.getParent(), Pipelines.standard());
    WordNet wordNet = WordNet.open();
    out.printf(Locale.ROOT, "text model from %d real articles read in %.1f s; max heap %s, "
        + "%d processors%n", pool.size(), (System.nanoTime() - t0) / 1e9,
        mib(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors());
    NearDuplicateIndex.Options d = NearDuplicateIndex.Options.DEFAULT;
    NearDuplicateIndex.Options options =
        new NearDuplicateIndex.Options(d.shingle(), d.components(),
            bands > 0 ? bands : d.bands(), rows > 0 ? rows : d.rows(), containment,
            d.maxBucket());
    out.println("sketch stage " + options);
    out.printf("%10s %8s %8s %8s %9s %9s %11s %10s %10s %10s %8s %8s %8s %8s%n", "articles",
        "gen s", "detect s", "cpu s", "art/s", "compared", "index MiB", "live MiB", "peak MiB",
        "relations", "dup R", "dup P", "near R", "near P");
    List<Sketch> runs = new ArrayList<>();
    for (int n : sizes) {
      Sketch s = sketch(pool, wordNet, n, seed, options);
      runs.add(s);
      ScaleScore.Result r = s.score();
      out.printf(Locale.ROOT, "%10d %8.1f %8.1f %8.1f %9.0f %9d %11s %10s %10s %10d %8s %8s %8s %8s%n",
          n, s.generateSeconds(), s.detectSeconds(), s.detectCpuSeconds(), n / s.detectSeconds(), s.comparisons(),
          mib(s.indexBytes()), mib(s.liveHeap()), mib(s.peakHeap()), r.relations(),
          CopiesEval.pct(r.kinds().get(CopyKind.DUPLICATE).recall()),
          CopiesEval.pct(r.kinds().get(CopyKind.DUPLICATE).precision()),
          CopiesEval.pct(r.kinds().get(CopyKind.NEAR_DUPLICATE).recall()),
          CopiesEval.pct(r.kinds().get(CopyKind.NEAR_DUPLICATE).precision()));
      out.flush();
    }
    for (Sketch s : runs) {
      ScaleScore.Result r = s.score();
      out.printf(Locale.ROOT, "%d articles: planted %d copies (%s), relations %d, wrong %d "
          + "(precision %s); lowest right near-duplicate score %.3f, highest wrong %.3f%n",
          r.articles(), r.planted(), r.kinds(), r.relations(), r.wrong(),
          CopiesEval.pct(r.precision()), r.minRightNear(), r.maxWrong());
      for (String w : r.wrongExamples().stream().limit(5).toList()) {
        out.println("  wrong " + w);
      }
      for (String m : s.missed().stream().limit(5).toList()) {
        out.println("  missed " + m);
      }
    }
    if (runs.size() > 1) {
      Sketch first = runs.get(0);
      Sketch last = runs.get(runs.size() - 1);
      double size = (double) last.articles() / first.articles();
      out.printf(Locale.ROOT, "growth %d -> %d articles (x%.0f): detect time x%.1f, index "
          + "bytes x%.1f, live heap x%.1f%n", first.articles(), last.articles(), size,
          last.detectSeconds() / first.detectSeconds(),
          (double) last.indexBytes() / first.indexBytes(),
          (double) last.liveHeap() / first.liveHeap());
    }
    if (endToEnd > 0) {
      endToEnd(pool, wordNet, endToEnd, seed, rewriteWindow, embeddings, out);
    }
    out.flush();
    return 0;
  }

  /**
   * One sketch-stage run.
   *
   * @param generateSeconds time spent generating the articles (not detection)
   * @param detectSeconds time spent hashing, sketching, LSH and verification
   * @param indexBytes bytes of the index's arrays at the end
   * @param liveHeap heap in use after a full GC at the end, index still live
   * @param peakHeap sum of the heap pools' peak usage during the run (an upper bound)
   */
  public record Sketch(int articles, double generateSeconds, double detectSeconds,
      double detectCpuSeconds, long comparisons, long indexBytes, long liveHeap, long peakHeap,
      ScaleScore.Result score, List<String> missed) {}

  /** Streams {@code n} generated articles through a fresh {@link NearDuplicateIndex}. */
  public static Sketch sketch(List<Article> pool, WordNet wordNet, int n, long seed,
      NearDuplicateIndex.Options options) {
    ScaleCorpus corpus = new ScaleCorpus(pool, wordNet, seed, ScaleCorpus.Options.SKETCH);
    gc();
    resetPeaks();
    NearDuplicateIndex index = new NearDuplicateIndex(options, n);
    ScaleScore score = new ScaleScore();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long generate = 0;
    long detect = 0;
    long detectCpu = 0;
    for (int i = 0; i < n; i++) {
      long a = System.nanoTime();
      ScaleCorpus.Item item = corpus.next();
      long b = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      score.article(item);
      index.add(NearDuplicateIndex.wordHashes(item.text()), score::relation);
      detectCpu += threads.getCurrentThreadCpuTime() - cpu;
      detect += System.nanoTime() - b;
      generate += b - a;
    }
    long peak = peakHeap();
    long live = gc();
    ScaleScore.Result r = score.result(CopyKind.DUPLICATE, CopyKind.NEAR_DUPLICATE);
    List<String> missed = new ArrayList<>();
    for (int[] m : r.missed()) {
      missed.add(String.format(Locale.ROOT, "%d %s of %d: estimated Jaccard %.2f, containment "
          + "%.2f", m[0], CopyKind.values()[m[2]].label(), m[1], index.jaccard(m[0], m[1]),
          index.containment(m[0], m[1])));
    }
    return new Sketch(n, generate / 1e9, detect / 1e9, detectCpu / 1e9, index.comparisons(),
        index.bytes(), live, peak, r, missed);
  }

  /**
   * {@code n} generated articles (a third of the copies rewrites) through the real pipeline and
   * all of them through the streaming copy stages ({@link CopyStream}: sketches for duplicates
   * and near-duplicates, the windowed rewrite index for rewrites); no sampling.
   */
  public static ScaleScore.Result endToEnd(List<Article> pool, WordNet wordNet, int n, long seed,
      int rewriteWindow, boolean embeddings, PrintWriter out) {
    ScaleCorpus corpus = new ScaleCorpus(pool, wordNet, seed, ScaleCorpus.Options.WITH_REWRITES);
    ArticlePipeline pipeline = Pipelines.standard();
    SentenceEmbedder embedder =
        embeddings ? SentenceEmbedder.open(SentenceEmbedder.Options.fastExact()) : null;
    gc();
    resetPeaks();
    ScaleScore score = new ScaleScore();
    CopyStream stream = new CopyStream(NearDuplicateIndex.Options.DEFAULT,
        RewriteIndex.Options.DEFAULT.withWindow(rewriteWindow), embedder, n);
    int[] numbers = new int[n];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long generate = 0;
    long process = 0;
    long detectCpu = 0;
    int failed = 0;
    long peakIndex = 0;
    for (int i = 0; i < n; i++) {
      long a = System.nanoTime();
      ScaleCorpus.Item item = corpus.next();
      long b = System.nanoTime();
      generate += b - a;
      score.article(item);
      Article article;
      try {
        article = pipeline.process(new RawDocument(item.id(), new Source("generated",
            item.id()), "text", MediaType.TEXT, item.text(), Metadata.EMPTY));
      } catch (RuntimeException e) {
        failed++;
        article = null;
      }
      process += System.nanoTime() - b;
      if (article == null) {
        continue;
      }
      long cpu = threads.getCurrentThreadCpuTime();
      numbers[stream.sketches().size()] = item.number();
      stream.add(article, (x, y, kind, s) -> score.relation(numbers[x], numbers[y], kind, s));
      detectCpu += threads.getCurrentThreadCpuTime() - cpu;
      if ((i & 1023) == 1023) {
        peakIndex = Math.max(peakIndex, stream.rewrites().bytes());
      }
      if ((i + 1) % 100_000 == 0 && i + 1 < n) {
        out.printf(Locale.ROOT, "  ... %d articles, sketch %.1f s, rewrite %.1f s%n", i + 1,
            stream.sketchSeconds(), stream.rewriteSeconds());
        out.flush();
      }
    }
    long peak = peakHeap();
    long live = gc();
    RewriteIndex rw = stream.rewrites();
    out.printf(Locale.ROOT, "end to end, %d articles: generated in %.1f s; pipeline %.1f s (%.0f "
        + "articles/s), %d failed%n", n, generate / 1e9, process / 1e9, n / (process / 1e9),
        failed);
    out.printf(Locale.ROOT, "  duplicate and near-duplicate stage on all: %.1f s (%.0f "
        + "articles/s), index %s MiB%n", stream.sketchSeconds(), n / stream.sketchSeconds(),
        mib(stream.sketches().bytes()));
    out.printf(Locale.ROOT, "  rewrite stage on all (window %d): %.1f s (%.0f articles/s); %d "
        + "sentence hits, %d candidate pairs aligned, %d re-aligned with embeddings (%d became "
        + "copies, %.1f s embedding); index %s MiB (peak %s)%n", rewriteWindow,
        stream.rewriteSeconds(), n / stream.rewriteSeconds(), rw.hits(), rw.candidates(),
        rw.embedded(), rw.embeddedRewrites(), rw.embedSeconds(), mib(rw.bytes()),
        mib(Math.max(peakIndex, rw.bytes())));
    out.printf(Locale.ROOT, "  both stages: %.1f s wall, %.1f s CPU (%.0f articles/s wall); "
        + "peak heap %s MiB (sum of pool peaks), live %s MiB after GC%n",
        stream.sketchSeconds() + stream.rewriteSeconds(), detectCpu / 1e9,
        n / (stream.sketchSeconds() + stream.rewriteSeconds()), mib(peak), mib(live));
    ScaleScore.Result result = score.result(CopyKind.values());
    print(out, "end to end, all stages on all " + n, result);
    if (embedder != null) {
      embedder.close();
    }
    return result;
  }

  private static void print(PrintWriter out, String title, ScaleScore.Result r) {
    out.println(title + ":");
    out.printf("  %-15s %8s %8s %10s %9s %10s%n", "kind", "planted", "recall", "same-kind",
        "reported", "precision");
    for (Map.Entry<CopyKind, ScaleScore.Kind> e : r.kinds().entrySet()) {
      ScaleScore.Kind k = e.getValue();
      out.printf(Locale.ROOT, "  %-15s %8d %8s %10s %9d %10s%n", e.getKey().label(),
          k.planted(), CopiesEval.pct(k.recall()),
          CopiesEval.pct(k.planted() == 0 ? 1 : (double) k.foundSameKind() / k.planted()),
          k.reported(), CopiesEval.pct(k.precision()));
    }
    out.printf(Locale.ROOT, "  relations %d, wrong %d (precision %s)%n", r.relations(),
        r.wrong(), CopiesEval.pct(r.precision()));
    for (String w : r.wrongExamples().stream().limit(5).toList()) {
      out.println("  wrong " + w);
    }
    for (int[] m : r.missed().stream().limit(5).toList()) {
      out.printf(Locale.ROOT, "  missed %d %s of %d%n", m[0], CopyKind.values()[m[2]].label(),
          m[1]);
    }
    out.flush();
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }

  /** Heap in use after a full collection. */
  static long gc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peak usage since the last reset: an upper bound of the peak heap. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}

package dev.quorum.bench.eval;

import com.chimbori.crux.articles.ArticleExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quorum.bench.SharedData;
import dev.quorum.clean.html.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores Quorum's HTML extractor, Readability4J and Crux on the article-extraction benchmark in one
 * run and prints precision, recall, F1 and single-thread pages per second for each.
 *
 * <p>Speed is pages per CPU-second of the one extracting thread (after untimed warm-up passes), so
 * that other work on a shared machine does not distort it; loading and scoring are not timed.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Main-text extraction benchmark: Quorum vs readability4j vs crux.")
public final class ExtractionEvalCommand implements Callable<Integer> {

  /** A page of the benchmark with its ground truth. */
  public record BenchPage(String id, String url, String html, String truth) {}

  /** One system's scores and speed. */
  public record SystemResult(
      String system, ExtractionScore.Result score, double pagesPerSecond,
      List<ExtractionScore.Page> pages) {}

  /** A named extractor under test: (html, url) to main text. */
  public interface Extractor {
    String extract(String html, String url) throws Exception;
  }

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "benchmark folder (default: located shared/data/article-extraction-benchmark)")
  Path data;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "list the N pages where Quorum scores worst (default: ${DEFAULT-VALUE})")
  int worst;

  @Option(names = "--only-quorum", description = "skip the comparison systems")
  boolean onlyQuorum;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "untimed passes over the pages before timing (default: ${DEFAULT-VALUE})")
  int warmup;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data
        : SharedData.dataSet("article-extraction-benchmark").orElse(null);
    if (dir == null || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      err.println("article-extraction-benchmark not found; pass --data DIR or set "
          + SharedData.ENV);
      return 2;
    }
    List<BenchPage> pages = load(dir);
    Map<String, Extractor> systems = systems(onlyQuorum);
    List<SystemResult> results = new ArrayList<>();
    for (Map.Entry<String, Extractor> s : systems.entrySet()) {
      results.add(run(s.getKey(), s.getValue(), pages, warmup));
    }
    out.printf(Locale.ROOT, "%-14s %6s %10s %10s %10s %10s%n",
        "system", "pages", "precision", "recall", "F1", "pages/s");
    for (SystemResult r : results) {
      out.printf(Locale.ROOT, "%-14s %6d %10.4f %10.4f %10.4f %10.1f%n", r.system(),
          r.score().pages(), r.score().precision(), r.score().recall(), r.score().f1(),
          r.pagesPerSecond());
    }
    if (worst > 0) {
      SystemResult q = results.get(0);
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        idx.add(i);
      }
      idx.sort(Comparator.comparingDouble((Integer i) -> ExtractionScore.f1(q.pages().get(i)))
          .thenComparing(i -> pages.get(i).id()));
      out.printf("%nworst %d pages for %s:%n", Math.min(worst, idx.size()), q.system());
      for (int k = 0; k < Math.min(worst, idx.size()); k++) {
        int i = idx.get(k);
        ExtractionScore.Page p = q.pages().get(i);
        out.printf(Locale.ROOT, "  %s  F1 %.3f  tp %.3f fp %.3f fn %.3f  %s%n",
            pages.get(i).id(), ExtractionScore.f1(p), p.tp(), p.fp(), p.fn(), pages.get(i).url());
      }
    }
    out.flush();
    return 0;
  }

  /** Quorum first, then the comparison systems. */
  public static Map<String, Extractor> systems(boolean onlyQuorum) {
    Map<String, Extractor> m = new LinkedHashMap<>();
    HtmlExtractor quorum = new HtmlExtractor();
    m.put("quorum", (html, url) -> quorum.extract(html, url).mainText());
    if (!onlyQuorum) {
      m.put("readability4j", (html, url) -> new Readability4J(url, html).parse().getTextContent());
      m.put("crux", (html, url) ->
          ArticleExtractor.with(url, html).extractContent().article().document.text());
    }
    return m;
  }

  /** Runs one system over all pages, timing the extraction alone. */
  public static SystemResult run(String name, Extractor ex, List<BenchPage> pages, int warmup) {
    for (int w = 0; w < warmup; w++) {
      for (BenchPage p : pages) {
        safe(ex, p);
      }
    }
    List<String> outputs = new ArrayList<>(pages.size());
    long t0 = cpuNanos();
    for (BenchPage p : pages) {
      outputs.add(safe(ex, p));
    }
    double seconds = (cpuNanos() - t0) / 1e9;
    ExtractionScore score = new ExtractionScore();
    List<ExtractionScore.Page> perPage = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      perPage.add(score.add(pages.get(i).truth(), outputs.get(i)));
    }
    return new SystemResult(name, score.result(), pages.size() / Math.max(seconds, 1e-9), perPage);
  }

  /**
   * CPU time of the calling thread where the JVM measures it, else wall time: the benchmark
   * machine is often shared, and the CPU time of the one extracting thread is what one core costs.
   */
  private static long cpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (mx.isCurrentThreadCpuTimeSupported()) {
      try {
        if (!mx.isThreadCpuTimeEnabled()) {
          mx.setThreadCpuTimeEnabled(true);
        }
        return mx.getCurrentThreadCpuTime();
      } catch (UnsupportedOperationException | SecurityException e) {
        // fall back to wall time
      }
    }
    return System.nanoTime();
  }

  private static String safe(Extractor ex, BenchPage p) {
    try {
      String s = ex.extract(p.html(), p.url());
      return s == null ? "" : s;
    } catch (Exception | StackOverflowError e) {
      return "";
    }
  }

  /** Reads the ground truth and the gzipped pages of the benchmark folder, sorted by id. */
  public static List<BenchPage> load(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      ids.add(it.next());
    }
    ids.sort(null);
    List<BenchPage> pages = new ArrayList<>();
    for (String id : ids) {
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(f)) {
        continue;
      }
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      JsonNode t = truth.get(id);
      pages.add(new BenchPage(id, t.path("url").asText(""), html, t.path("articleBody").asText("")));
    }
    return pages;
  }
}

package dev.quorum.bench.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval cleaning}: prints the cleaner's false-removal rates on the extraction
 * benchmark's ground-truth bodies and on DUC 2003 (by reason, with and without metadata moves),
 * what a per-outlet repetition memory takes from DUC 2003, and the CPU cost per 800-word article.
 */
@Command(
    name = "cleaning",
    mixinStandardHelpOptions = true,
    description = "Cleaner false removals: extraction-benchmark ground truth and DUC 2003.")
public final class CleaningEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description =
      "folder holding article-extraction-benchmark/ and duc2003/ (default: located shared/data)")
  Path data;

  @Option(names = "--repeated", paramLabel = "N", defaultValue = "20",
      description = "list the N lines the memory removed most often (default: ${DEFAULT-VALUE})")
  int repeatedLines;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
      description = "timing rounds on the ground-truth bodies, best kept; 0 skips timing"
          + " (default: ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> truth = EvalData.set(data, "article-extraction-benchmark")
        .map(d -> d.resolve("ground-truth.json")).filter(Files::isRegularFile);
    Optional<Path> duc = EvalData.set(data, "duc2003")
        .map(d -> d.resolve("docs")).filter(Files::isDirectory);
    if (truth.isEmpty() && duc.isEmpty()) {
      err.println("article-extraction-benchmark/ground-truth.json and duc2003/docs not found; pass"
          + " --data DIR or set QUORUM_SHARED");
      return 2;
    }
    if (truth.isPresent()) {
      List<String> bodies = CleaningEval.groundTruthBodies(truth.get());
      out.print(CleaningEval.groundTruth(bodies).report("article-extraction ground truth"));
      if (rounds > 0) {
        double[] ms = CleaningEval.msPer800Words(bodies, rounds);
        out.printf(Locale.ROOT,
            "  CPU per 800-word article: parse %.3f ms + clean %.3f ms = %.3f ms (best of %d)%n",
            ms[0], ms[1], ms[0] + ms[1], rounds);
      }
    } else {
      out.println("article-extraction ground truth: not found, skipped");
    }
    if (duc.isPresent()) {
      List<CleaningEval.DucText> texts = CleaningEval.ducTexts(duc.get());
      out.print(CleaningEval.duc(texts).report("DUC 2003"));
      CleaningEval.Repeated r = CleaningEval.ducWithMemory(texts);
      out.printf(Locale.ROOT, "DUC 2003 with a per-outlet memory: %d of %d words removed as repeated"
              + " (%.4f%%) in %d distinct lines%n",
          r.removedWords(), r.words(), 100 * r.wordRate(), r.lines().size());
      r.lines().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(Math.max(0, repeatedLines))
          .forEach(e -> out.printf(Locale.ROOT, "  %4dx %s%n", e.getValue(), e.getKey()));
    } else {
      out.println("DUC 2003: not found, skipped");
    }
    out.flush();
    return 0;
  }
}

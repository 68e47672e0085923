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
 * {@code quorum eval language}: prints language-identification accuracy per language on MultiLing
 * 2011 (prefix 200 and 600, with and without the English shortcut) and on SemEval-2022 task 8.
 */
@Command(
    name = "language",
    mixinStandardHelpOptions = true,
    description = "Language identification accuracy: MultiLing 2011 and SemEval-2022 task 8.")
public final class LanguageEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description =
      "folder holding multiling2011/ and semeval2022-task8/ (default: located shared/data)")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> multiling = EvalData.set(data, "multiling2011")
        .map(d -> d.resolve("source")).filter(Files::isDirectory);
    Optional<Path> semeval = EvalData.set(data, "semeval2022-task8")
        .map(d -> d.resolve("training_set.csv")).filter(Files::isRegularFile);
    if (multiling.isEmpty() && semeval.isEmpty()) {
      err.println("multiling2011/source and semeval2022-task8/training_set.csv not found; pass"
          + " --data DIR or set QUORUM_SHARED");
      return 2;
    }
    if (multiling.isPresent()) {
      List<LanguageEval.Labelled> texts = LanguageEval.multiling(multiling.get());
      out.printf(Locale.ROOT, "MultiLing 2011 source: %d texts%n", texts.size());
      for (int prefix : new int[] {200, 600}) {
        for (boolean shortcut : new boolean[] {true, false}) {
          Map<String, LanguageEval.Count> counts =
              LanguageEval.accuracy(LanguageEval.analyzer(prefix, shortcut), texts);
          out.printf(Locale.ROOT, "  prefix %d, English shortcut %-5s:%s%n",
              prefix, shortcut, line(counts));
        }
      }
    } else {
      out.println("MultiLing 2011: not found, skipped");
    }
    if (semeval.isPresent()) {
      List<LanguageEval.Labelled> texts = LanguageEval.semeval(semeval.get());
      LanguageEval.SemEval r = LanguageEval.scoreSemEval(texts);
      out.printf(Locale.ROOT, "SemEval-2022 task 8: %d texts, prefix 600, English shortcut%n",
          texts.size());
      out.printf(Locale.ROOT, " %s%n", line(r.byLanguage()));
      out.printf(Locale.ROOT,
          "  wrong as und %d; non-English called English by the shortcut alone %d%n",
          r.undetermined(), r.shortcutMisfires());
    } else {
      out.println("SemEval-2022 task 8: not found, skipped");
    }
    out.flush();
    return 0;
  }

  private static String line(Map<String, LanguageEval.Count> counts) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, " %s %d/%d (%.3f)",
        k, c.correct(), c.total(), c.accuracy())));
    return sb.toString();
  }
}

package dev.quorum.bench.eval;

import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.EntityLinker;
import dev.quorum.extract.quotes.ArticleQuoteFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval quotes}: precision and recall of quotes and speaker accuracy on PolNeAR train
 * and dev, for direct quotes and for all attributions, and the finder's speed.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Quote attribution on PolNeAR train and dev (direct quotes and all attributions).")
public final class QuotesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "folder holding polnear/ (default: located shared/data)")
  Path data;

  @Option(names = "--split", paramLabel = "NAME", split = ",", defaultValue = "train,dev",
      description = "splits to score (default: ${DEFAULT-VALUE})")
  List<String> splits;

  @Option(names = "--keep-unattributed", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "keep long quoted passages with no attribution of their own (default: true)")
  boolean keepUnattributed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> set = EvalData.set(data, "polnear");
    if (set.isEmpty()) {
      err.println("polnear not found; pass --data DIR or set QUORUM_SHARED");
      return 2;
    }
    ArticleQuoteFinder finder = finder(keepUnattributed);
    for (String split : splits) {
      Path dir = set.get().resolve(split);
      if (!Files.isDirectory(dir.resolve("attributions"))) {
        out.println(split + ": not found, skipped");
        continue;
      }
      List<QuotesEval.Doc> docs = QuotesEval.load(dir);
      score(docs, finder); // warm-up for the timing
      QuotesEval.Result r = score(docs, finder);
      out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d tokens%n", split, r.docs(), r.words());
      out.printf(Locale.ROOT, "  direct quotes    %s%n", r.direct());
      out.printf(Locale.ROOT, "  all attributions %s%n", r.all());
      out.printf(Locale.ROOT, "  speed            %.0f articles/s at 800 tokens (finder alone, one thread)%n",
          r.articlesPerSecondAt800Words());
    }
    out.flush();
    return 0;
  }

  /** The finder as the evaluation runs it: capitalized-run names, no entity linking. */
  static ArticleQuoteFinder finder(boolean keepUnattributed) {
    return new ArticleQuoteFinder(new CapitalizedNameFinder(), EntityLinker.NONE,
        ArticleQuoteFinder.Options.DEFAULT.withKeepUnattributed(keepUnattributed));
  }

  static QuotesEval.Result score(List<QuotesEval.Doc> docs, ArticleQuoteFinder finder) {
    return QuotesEval.score(docs, finder);
  }
}

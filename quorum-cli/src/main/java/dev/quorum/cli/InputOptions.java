package dev.quorum.cli;

import dev.quorum.clean.BoilerplateMemory;
import dev.quorum.model.Article;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticleReader;
import dev.quorum.pipeline.ArticleSink;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.pipeline.RunSummary;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * A picocli mixin for every command that reads news: the inputs, resource limits, and the common
 * reporting of skipped inputs, progress and the closing summary on stderr.
 */
public final class InputOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files, directories (read recursively in sorted order), or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--max-bytes",
      defaultValue = "33554432",
      paramLabel = "N",
      description = "Skip any document or record larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for cleaning and analysis (default: available cores).")
  Integer threads;

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  @Option(
      names = "--no-corpus-pass",
      description = "Do not make the first pass over file inputs that learns lines an outlet repeats"
          + " in many documents (always off for standard input).")
  boolean noCorpusPass;

  @Option(names = {"-q", "--quiet"}, description = "Do not list skipped inputs, only count them.")
  boolean quiet;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** Reads the inputs into {@code sink}, reporting skips and progress on {@code err}. */
  /** Reads every input into {@code into}, in input order; skips are reported on {@code err}. */
  RunSummary readAll(
      InputStream stdin, PrintWriter err, java.util.List<dev.quorum.model.Article> into) {
    return run(stdin, err, new ArticleSink() {
      @Override
      public void accept(dev.quorum.model.Article article) {
        into.add(article);
      }

      @Override
      public void skip(dev.quorum.model.Skip skip) {}
    });
  }

  RunSummary run(InputStream stdin, PrintWriter err, ArticleSink sink) {
    if (inputs == null || inputs.isEmpty()) {
      throw new ParameterException(mixee.commandLine(), "Missing required parameter: 'INPUT'");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    boolean corpusPass = !noCorpusPass && !inputs.contains("-");
    BoilerplateMemory memory = corpusPass ? new BoilerplateMemory() : null;
    ArticleReader reader =
        new ArticleReader(Pipelines.ingestor(maxBytes), Pipelines.standard(memory), n);
    if (corpusPass) {
      reader.learn(inputs, stdin, memory);
    }
    try (ProgressBar bar = progressBar()) {
      return reader.read(inputs, stdin, new ArticleSink() {
        @Override
        public void accept(Article article) {
          sink.accept(article);
          if (bar != null) {
            bar.step();
          }
        }

        @Override
        public void skip(Skip skip) {
          if (!quiet) {
            err.println("quorum: " + skip);
            err.flush();
          }
          sink.skip(skip);
        }
      });
    }
  }

  /** Prints the closing summary and turns it into the exit code. */
  int finish(RunSummary summary, PrintWriter err) {
    err.println("quorum: " + summary);
    err.flush();
    return summary.articles() > 0 ? ExitCodes.OK : ExitCodes.NOTHING_PROCESSED;
  }

  private ProgressBar progressBar() {
    if (noProgress || !stderrIsTerminal()) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("articles")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  /**
   * True when stderr is a terminal. The launcher script knows ({@code [ -t 2 ]}) and passes it as
   * {@code quorum.stderr.tty}; without it, Java can only tell whether a console is attached.
   */
  static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    String flag = System.getProperty("quorum.stderr.tty");
    return flag != null ? Boolean.parseBoolean(flag) : System.console() != null;
  }
}

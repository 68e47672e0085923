package dev.quorum.cli;

import dev.quorum.brief.Briefer;
import dev.quorum.brief.HtmlBriefing;
import dev.quorum.brief.MarkdownBriefing;
import dev.quorum.brief.TextBriefing;
import dev.quorum.model.Article;
import dev.quorum.pipeline.RunSummary;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quorum brief}: the cited briefing of a corpus, as text, Markdown, HTML or JSON. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Briefs a corpus: per story a cited summary, the key figures with how many independent"
          + " origins confirm them (corroborated, single-source, unverified or disputed), who"
          + " said what, who and where, a timeline, and which articles copy which.",
    })
public final class BriefCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    markdown,
    html,
    json
  }

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the briefing to FILE instead of standard output.")
  Path outFile;

  @Option(names = "--words", defaultValue = "150", paramLabel = "N",
      description = "Summary length per story in words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--width", defaultValue = "100", paramLabel = "COLUMNS",
      description = "Text format: wrap at this column (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--embed",
      description = "Also use sentence embeddings to cluster stories (slower; loads the MiniLM"
          + " model).")
  boolean embed;

  @Option(names = "--timings", description = "Print the wall time of each stage on stderr.")
  boolean timings;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (words < 1) {
      throw new ParameterException(spec.commandLine(), "--words must be at least 1");
    }
    if (width < 40) {
      throw new ParameterException(spec.commandLine(), "--width must be at least 40");
    }
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    try (Briefer briefer = new Briefer(Briefer.Options.DEFAULT.withWords(words)
        .withEmbeddings(embed))) {
      return brief(briefer, err, t0);
    }
  }

  private int brief(Briefer briefer, PrintWriter err, long t0) throws IOException {
    List<Article> read = new ArrayList<>();
    RunSummary summary = inputs.readAll(parent.stdin, err, read);
    long readMillis = (System.nanoTime() - t0) / 1_000_000;
    List<Article> articles = CopiesCommand.uniqueIds(read, err);
    Briefer.Result result = briefer.brief(articles);
    long t1 = System.nanoTime();
    if (outFile != null) {
      try (PrintWriter out = new PrintWriter(new OutputStreamWriter(
          Files.newOutputStream(outFile), StandardCharsets.UTF_8))) {
        write(out, result, false);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      write(out, result, colour());
      out.flush();
    }
    if (timings) {
      err.printf("timings: read %d ms", readMillis);
      for (Map.Entry<String, Long> e : result.millis().entrySet()) {
        err.printf(", %s %d ms", e.getKey(), e.getValue());
      }
      err.printf(", write %d ms; total %d ms%n", (System.nanoTime() - t1) / 1_000_000,
          (System.nanoTime() - t0) / 1_000_000);
    }
    return inputs.finish(summary, err);
  }

  private void write(PrintWriter out, Briefer.Result result, boolean colour) throws IOException {
    switch (format) {
      case text -> new TextBriefing(width, colour).write(result.briefing(), out);
      case markdown -> new MarkdownBriefing().write(result.briefing(), out);
      case html -> new HtmlBriefing(result.articles()).write(result.briefing(), out);
      case json -> BriefJson.write(out, result);
    }
  }

  /** Colour only on a terminal, and never when NO_COLOR is set. */
  private static boolean colour() {
    if (System.getenv("NO_COLOR") != null || System.getenv("CI") != null) {
      return false;
    }
    return Boolean.parseBoolean(System.getProperty("quorum.stdout.tty", "false"));
  }
}

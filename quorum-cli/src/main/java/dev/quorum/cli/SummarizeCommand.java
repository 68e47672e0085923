package dev.quorum.cli;

import dev.quorum.brief.Summarizer;
import dev.quorum.brief.SummarySentence;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.model.Article;
import dev.quorum.pipeline.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quorum summarize}: a plain extractive summary of the articles, one sentence per line. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a summary of the articles made of their own sentences, one per line: the statements"
          + " most sources share, each once, within a word budget. Copies and rewrites of one"
          + " story count as one source.",
    })
public final class SummarizeCommand implements Callable<Integer> {

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(names = "--words", paramLabel = "N", defaultValue = "150",
      description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
  int words;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (words < 1) {
      err.println("quorum summarize: --words must be at least 1");
      return ExitCodes.USAGE;
    }
    List<Article> articles = new ArrayList<>();
    RunSummary summary = inputs.readAll(parent.stdin, err, articles);
    List<Article> unique = CopiesCommand.uniqueIds(articles, err);
    CopyReport copies = unique.size() > 1 ? new CopyDetector().detect(unique) : null;
    Summarizer summarizer = new Summarizer(Summarizer.Options.defaults().withWords(words));
    for (SummarySentence s : summarizer.summarize(unique, copies)) {
      out.println(s.text().replaceAll("\\s+", " ").strip());
    }
    out.flush();
    return inputs.finish(summary, err);
  }
}

package dev.quorum.bench.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quorum eval}: measures Quorum's stages on the public evaluation sets in ../shared/data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures Quorum on the public evaluation sets (default: ../shared/data, or $QUORUM_SHARED).",
    },
    subcommands = {
      ExtractionEvalCommand.class,
      SentencesEvalCommand.class,
      LanguageEvalCommand.class,
      CleaningEvalCommand.class,
      ParaphraseEvalCommand.class,
      CopiesEvalCommand.class,
      SummarizationEvalCommand.class,
      QuotesEvalCommand.class,
      StoriesEvalCommand.class,
      ClaimsEvalCommand.class,
      CopiesScaleEvalCommand.class,
      NerEvalCommand.class,
      EntitiesEvalCommand.class,
      EmbeddingEvalCommand.class
    })
public final class EvalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}

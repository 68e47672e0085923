package dev.quorum.bench;

import dev.quorum.bench.eval.EvalCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code quorum eval ...} and {@code quorum bench ...}: evaluations and benchmarks. */
@Command(
    name = "quorum",
    mixinStandardHelpOptions = true,
    description = "Quorum's evaluation commands and benchmarks.",
    subcommands = {EvalCommand.class, JmhCommand.class, GenerateCommand.class})
public final class BenchMain implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new BenchMain());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("quorum: " + ex);
      return 3;
    });
    System.exit(cl.execute(args));
  }
}

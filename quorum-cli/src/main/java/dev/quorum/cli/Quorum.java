package dev.quorum.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quorum} command: entry point that dispatches to one subcommand per pipeline job. */
@Command(
    name = "quorum",
    mixinStandardHelpOptions = true,
    versionProvider = Quorum.Version.class,
    description = "Turns many news reports of the same events into one account you can trust.",
    subcommands = {BriefCommand.class, ArticlesCommand.class, CopiesCommand.class, CompareCommand.class,
      StoriesCommand.class, ExtractCommand.class, EntitiesCommand.class, SummarizeCommand.class,
      CommandLine.HelpCommand.class})
public final class Quorum implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExitCodeHelp exitCodeHelp;

  /** Where {@code -} reads from; tests replace it. */
  final InputStream stdin;

  Quorum(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** A command line configured with Quorum's exit codes and error handling. */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** As {@link #commandLine()}, reading {@code -} from {@code stdin}. */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine cl = new CommandLine(new Quorum(stdin));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("quorum: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("quorum: internal error: " + ex);
      return ExitCodes.FAILURE;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the version from the jar manifest, else the development version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Quorum.class.getPackage().getImplementationVersion();
      return new String[] {"quorum " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}

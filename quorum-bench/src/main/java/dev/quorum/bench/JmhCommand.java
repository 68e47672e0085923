package dev.quorum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code quorum bench [JMH options]}: runs the JMH benchmarks of this module. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = false,
    description = {
      "Runs the JMH benchmarks; any arguments go to JMH (e.g. 'Pipeline' -f 1 -wi 2 -i 3 -prof gc).",
    })
public final class JmhCommand implements Callable<Integer> {

  /** Everything after {@code bench}, handed to JMH unparsed. */
  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    org.openjdk.jmh.Main.main(args.toArray(String[]::new));
    return 0;
  }
}

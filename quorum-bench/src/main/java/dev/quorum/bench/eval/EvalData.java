package dev.quorum.bench.eval;

import dev.quorum.bench.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves one evaluation set under a given data folder or, by default, the located shared/data. */
public final class EvalData {

  private EvalData() {}

  /**
   * The folder {@code name} under {@code data} when given, else under the located {@code
   * shared/data}; empty when it does not exist.
   */
  public static Optional<Path> set(Path data, String name) {
    if (data != null) {
      Path p = data.resolve(name);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    return SharedData.dataSet(name);
  }
}

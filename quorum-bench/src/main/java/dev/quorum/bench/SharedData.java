package dev.quorum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation data: the directory named by {@code QUORUM_SHARED}, else a {@code
 * shared} directory with a {@code data} folder beside the working directory or one of its
 * ancestors.
 */
public final class SharedData {

  /** The environment variable that names the shared directory explicitly. */
  public static final String ENV = "QUORUM_SHARED";

  private SharedData() {}

  /** The {@code shared} directory (holding {@code data/}), if it can be found. */
  public static Optional<Path> locate() {
    return locate(System.getenv(ENV), Path.of("").toAbsolutePath());
  }

  /** As {@link #locate()}, with the environment value and the starting directory given. */
  public static Optional<Path> locate(String env, Path start) {
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env.strip());
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A folder under {@code shared/data}, if the shared directory and that folder exist. */
  public static Optional<Path> dataSet(String name) {
    return locate().map(s -> s.resolve("data").resolve(name)).filter(Files::isDirectory);
  }
}

package dev.quorum.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared evaluation data by walking up from the working directory; tests skip without it. */
final class SharedData {

  private SharedData() {}

  /** The {@code shared/data} folder, or a skipped test when no ancestor has one. */
  static Path require(String child) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path data = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(data.resolve(child))) {
        return data.resolve(child);
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "no shared/data/" + child + " above the working directory");
    return null;
  }
}

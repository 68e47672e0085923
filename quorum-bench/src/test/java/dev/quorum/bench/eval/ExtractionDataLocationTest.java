package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.bench.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionDataLocationTest {

  @TempDir Path tmp;

  @Test
  void findsSharedBesideAnAncestorOfTheWorkingDirectory() throws IOException {
    Files.createDirectories(tmp.resolve("shared/data"));
    Path start = Files.createDirectories(tmp.resolve("wt/module/sub"));
    assertThat(SharedData.locate(null, start)).contains(tmp.resolve("shared"));
  }

  @Test
  void environmentVariableWinsAndMustExist() throws IOException {
    Path explicit = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createDirectories(tmp.resolve("shared/data"));
    assertThat(SharedData.locate(explicit.toString(), tmp)).contains(explicit);
    assertThat(SharedData.locate(tmp.resolve("missing").toString(), tmp)).isEmpty();
  }

  @Test
  void absentWhenNoAncestorHasIt() throws IOException {
    Path start = Files.createDirectories(tmp.resolve("a/b"));
    Files.createDirectories(tmp.resolve("shared")); // no data/ inside
    assertThat(SharedData.locate(null, start)).isEmpty();
  }
}

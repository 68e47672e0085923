package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummarizeCommandTest {

  private static String allSeedText() throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(ArticlesCommandTest.EXAMPLES)) {
      for (Path p : s.sorted().toList()) {
        b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  @Test
  void printsVerbatimSentencesOnePerLineWithinTheBudget() throws IOException {
    ArticlesCommandTest.Run r =
        ArticlesCommandTest.run("summarize", "--no-progress", ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String seeds = allSeedText();
    List<String> lines = new ArrayList<>(List.of(r.out().strip().split("\n")));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    int words = 0;
    for (String line : lines) {
      assertThat(seeds).contains(line);
      words += line.split("\\s+").length;
    }
    assertThat(words).isBetween(100, 150);
  }

  @Test
  void wordsOptionShortensTheSummary() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("summarize", "--no-progress", "--words",
        "40", ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    int words = r.out().strip().split("\\s+").length;
    assertThat(words).isBetween(1, 40);
  }

  @Test
  void badBudgetIsAUsageError() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("summarize", "--words", "0",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--words");
  }

  @Test
  void nothingReadableIsExitOne() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.runWithInput("", "summarize", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
  }
}

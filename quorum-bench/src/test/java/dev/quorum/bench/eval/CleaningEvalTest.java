package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CleaningEvalTest {

  @TempDir Path dir;

  private static final String P1 = "The river rose above its banks overnight, flooding the lower"
      + " town, and residents were moved to the school hall.";
  private static final String P2 = "Volunteers filled sandbags along the quay until the water"
      + " began to fall again early on Sunday morning.";

  @Test
  void wordsAreWhitespaceSeparated() {
    assertThat(CleaningEval.words("")).isZero();
    assertThat(CleaningEval.words("  one\ttwo\u2003three\n four ")).isEqualTo(4);
  }

  @Test
  void articleTextLosesNothingAndBoilerplateIsCountedByReason() {
    CleaningEval.Tally clean = CleaningEval.groundTruth(List.of(P1 + "\n\n" + P2));
    assertThat(clean.words()).isEqualTo(CleaningEval.words(P1) + CleaningEval.words(P2));
    assertThat(clean.paragraphs()).isEqualTo(2);
    assertThat(clean.wordRate(true)).isZero();

    CleaningEval.Tally dirty = CleaningEval.groundTruth(List.of(P1 + "\nAdvertisement\n" + P2));
    assertThat(dirty.removed()).containsKey("boilerplate");
    assertThat(dirty.removed().get("boilerplate")[0]).isEqualTo(1);
    assertThat(dirty.wordRate(false)).isGreaterThan(0).isEqualTo(dirty.wordRate(true));
    assertThat(dirty.report("x")).contains("boilerplate", "3 paragraphs");
  }

  @Test
  void commandReadsDucTextsAndTheGroundTruth() throws IOException {
    Path bench = Files.createDirectories(dir.resolve("article-extraction-benchmark"));
    Files.writeString(bench.resolve("ground-truth.json"),
        "{\"a\":{\"articleBody\":\"" + P1 + "\\n" + P2 + "\"}}");
    Path docs = Files.createDirectories(dir.resolve("duc2003/docs/d1"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(docs.resolve("APW1998010" + i + ".0001"), "<DOC><TEXT><P>" + P1 + (i)
          + "</P><P>" + P2 + "</P><P>(STORY CAN END HERE)</P></TEXT></DOC>");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new CleaningEvalCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("--data", dir.toString(), "--rounds", "1");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains(
        "article-extraction ground truth: 1 texts", "DUC 2003: 3 texts", "CPU per 800-word article",
        "DUC 2003 with a per-outlet memory");
  }

  @Test
  void missingDataIsAnErrorNotAnException() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new CleaningEvalCommand())
        .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("--data", dir.resolve("nothing").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("not found");
  }
}

package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmbeddingEvalCommandTest {

  private static final String[] BASES = {
    "The central bank raised interest rates by a quarter point on Wednesday.",
    "Heavy rain flooded several streets in the old town overnight.",
    "Shares fell 4% after the company cut its annual forecast.",
    "Rescue teams were still searching for survivors late on Sunday."
  };

  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      out.add(i % 3 == 0 ? "Item " + i + "." : BASES[i % 4] + " Item " + i
          + (i % 2 == 0 ? ", with a longer tail that pads the shorter sentences of a batch." : "."));
    }
    return out;
  }

  @Test
  void theOrderCheckPassesOneSentenceRunsAndCatchesBatchedQuantizedOnes() {
    StringWriter text = new StringWriter();
    List<EmbeddingEvalCommand.Figures> figures = EmbeddingEvalCommand.measure(
        sentences(), List.of("QUANTIZED/1", "QUANTIZED/8"), 2, 1, new PrintWriter(text));
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).maxDifference()).isEqualTo(0.0);
    assertThat(figures.get(1).maxDifference()).isGreaterThan(0.0);
    for (EmbeddingEvalCommand.Figures f : figures) {
      assertThat(f.wallPerSecond()).hasSize(1);
      assertThat(f.wallPerSecond()[0]).isPositive();
    }
    assertThat(text.toString()).contains("round 1 QUANTIZED/1").contains("per CPU-second");
  }

  @Test
  void rejectsAnUnknownConfiguration(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(ParaphraseEvalCommand.TRAIN_FILE),
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\t" + BASES[0] + "\t" + BASES[1] + "\n",
        StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new EmbeddingEvalCommand());
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--data", dir.toString(), "--configs", "QUANTIZED/0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown configuration QUANTIZED/0");
  }

  @Test
  void readsEachDistinctSentenceOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pairs.txt");
    Files.writeString(file, "1\t1\t2\tA b c.\tD e f.\n0\t3\t4\tA b c.\tG h i.\n",
        StandardCharsets.UTF_8);
    assertThat(EmbeddingEvalCommand.sentences(file, 0)).containsExactly("A b c.", "D e f.", "G h i.");
    assertThat(EmbeddingEvalCommand.sentences(file, 2)).containsExactly("A b c.", "D e f.");
  }
}

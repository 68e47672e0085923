package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quorum.model.Span;
import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SentencesEvalTest {

  @TempDir Path dir;

  private static final String CONLL = String.join("\n",
      "-DOCSTART- -X- O O", "",
      "The NN O", "council NN O", "met VBD O", "on IN O", "Monday NNP O", ". . O O", "",
      "It PRP O", "agreed VBD O", "to TO O", "the DT O", "plan NN O", ". . O O", "",
      "-DOCSTART- -X- O O", "",
      "Prices NNS O", "rose VBD O", "by IN O", "4 CD O", "% NN O", "( ( O O", "Reuters NNP O",
      ") ) O O", ". . O O", "");

  private Path conllFile() throws IOException {
    Files.createDirectories(dir.resolve("conll2003"));
    return Files.writeString(dir.resolve("conll2003/eng.testa"), CONLL);
  }

  @Test
  void scoreCountsTruePositivesOnBothSides() {
    SentencesEval.Score s = SentencesEval.Score.of(Set.of(1, 2, 3, 4), Set.of(2, 3, 9));
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-9));
    assertThat(SentencesEval.Score.of(Set.of(1), Set.of(2)).f1()).isZero();
  }

  @Test
  void conllIsRebuiltAsNewspaperText() throws IOException {
    ConllText c = ConllText.read(conllFile());
    assertThat(c.text())
        .isEqualTo("The council met on Monday. It agreed to the plan.\n\nPrices rose by 4% (Reuters).");
    assertThat(c.paragraphs()).hasSize(2);
    assertThat(c.sentences()).hasSize(3);
    assertThat(c.sentences().get(1).of(c.text())).isEqualTo("It agreed to the plan.");
    assertThat(c.tokens()).hasSize(6 + 6 + 9);
    assertThat(c.tokens().get(4).of(c.text())).isEqualTo("Monday");
  }

  @Test
  void boundariesSkipParagraphStartsAndSnapPastQuotes() {
    String text = "A b. \"C d.\" E f";
    List<Span> sentences = List.of(new Span(0, 4), new Span(5, 11), new Span(12, 15));
    assertThat(SentencesEval.boundaries(sentences, List.of(new Span(0, 15)), false, text))
        .containsExactlyInAnyOrder(6, 12);
    assertThat(SentencesEval.boundaries(sentences, List.of(new Span(0, 15)), true, text))
        .containsExactlyInAnyOrder(6, 12);
    assertThat(SentencesEval.boundaries(List.of(new Span(0, 1), new Span(2, 15)),
        List.of(new Span(0, 15)), true, text)).isEmpty();
    assertThat(SentencesEval.afterTerminal("no stop here", 3)).isFalse();
    assertThat(SentencesEval.afterTerminal("Stop.\" Next", 7)).isTrue();
  }

  @Test
  void perfectSplitsOfPlainSentencesScoreOne() throws IOException {
    ConllText c = ConllText.read(conllFile());
    SentencesEval.Boundaries b = SentencesEval.conllBoundaries(c, Splitting.CORRECTED);
    assertThat(b.afterTerminal().gold()).isEqualTo(1);
    assertThat(b.afterTerminal().f1()).isEqualTo(1.0);
    assertThat(SentencesEval.conllTokens(c).news().gold()).isEqualTo(21);
  }

  @Test
  void commandPrintsEverySplittingForBothSets() throws IOException {
    conllFile();
    Files.createDirectories(dir.resolve("msrp"));
    Files.writeString(dir.resolve("msrp/msr_paraphrase_train.txt"),
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
            + "1\t1\t2\tThe firm said on Monday it would cut 300 jobs.\tIt will cut 300 jobs, the"
            + " firm said.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new SentencesEvalCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("--data", dir.toString());
    assertThat(code).as(err.toString()).isZero();
    for (Splitting s : Splitting.values()) {
      assertThat(out.toString()).contains("boundaries " + s.name()).contains("kept whole " + s.name());
    }
    assertThat(out.toString()).contains("kept whole CORRECTED 2 / 2 = 1.0000", "tokens news tokenizer");
  }

  @Test
  void missingDataIsAnErrorNotAnException() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new SentencesEvalCommand())
        .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("--data", dir.resolve("nothing").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("not found");
  }
}

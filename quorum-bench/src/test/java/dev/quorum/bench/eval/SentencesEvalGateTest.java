package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds sentence boundaries and tokens on CoNLL-2003 testa and MSRP at floors a little below the
 * figures measured when the gates were set; skipped when the data is absent.
 */
class SentencesEvalGateTest {

  private static Path require(String set, String file) {
    Optional<Path> p = SharedData.dataSet(set).map(d -> d.resolve(file)).filter(Files::isRegularFile);
    assumeTrue(p.isPresent(), "shared " + set + "/" + file + " not found");
    return p.get();
  }

  @Test
  void correctedSplittingBeatsTheModelAfterTerminalMarks() throws IOException {
    ConllText conll = ConllText.read(require("conll2003", "eng.testa"));
    SentencesEval.Boundaries corrected = SentencesEval.conllBoundaries(conll, Splitting.CORRECTED);
    SentencesEval.Boundaries model = SentencesEval.conllBoundaries(conll, Splitting.MODEL);
    // most remaining errors are numbered result lists in sports tables
    assertThat(corrected.afterTerminal().f1())
        .isGreaterThan(0.94)
        .isGreaterThan(model.afterTerminal().f1());
  }

  @Test
  void msrpSentencesStayWhole() throws IOException {
    var sentences = SentencesEval.msrpSentences(require("msrp", "msr_paraphrase_train.txt"));
    assertThat(sentences).hasSizeGreaterThan(1000);
    assertThat(SentencesEval.keptWhole(sentences, Splitting.CORRECTED).rate()).isGreaterThan(0.99);
  }

  @Test
  void newsTokenizerBeatsTheRawModel() throws IOException {
    ConllText conll = ConllText.read(require("conll2003", "eng.testa"));
    SentencesEval.Tokens t = SentencesEval.conllTokens(conll);
    assertThat(t.news().f1()).isGreaterThan(0.985).isGreaterThan(t.rawModel().f1());
  }
}

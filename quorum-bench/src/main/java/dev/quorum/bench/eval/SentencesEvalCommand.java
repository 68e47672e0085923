package dev.quorum.bench.eval;

import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval sentences}: prints sentence-boundary P/R/F1 on CoNLL-2003 testa for each
 * splitting, the MSRP kept-whole rate, and token P/R/F1 against the CoNLL gold tokens.
 */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    description = "Sentence boundaries and tokens: CoNLL-2003 testa and MSRP.")
public final class SentencesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "folder holding conll2003/ and msrp/ (default: located shared/data)")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> conllFile =
        EvalData.set(data, "conll2003").map(d -> d.resolve("eng.testa")).filter(Files::isRegularFile);
    Optional<Path> msrpFile = EvalData.set(data, "msrp")
        .map(d -> d.resolve("msr_paraphrase_train.txt")).filter(Files::isRegularFile);
    if (conllFile.isEmpty() && msrpFile.isEmpty()) {
      err.println("conll2003/eng.testa and msrp/msr_paraphrase_train.txt not found; pass --data DIR"
          + " or set QUORUM_SHARED");
      return 2;
    }
    if (conllFile.isPresent()) {
      ConllText conll = ConllText.read(conllFile.get());
      out.printf(Locale.ROOT, "CoNLL-2003 testa: %d documents, %d gold sentences, %d gold tokens%n",
          conll.paragraphs().size(), conll.sentences().size(), conll.tokens().size());
      for (Splitting splitting : Splitting.values()) {
        SentencesEval.Boundaries b = SentencesEval.conllBoundaries(conll, splitting);
        out.printf(Locale.ROOT, "  boundaries %-9s all %s%n", splitting, b.all());
        out.printf(Locale.ROOT, "  boundaries %-9s after . ! ? %s%n", splitting, b.afterTerminal());
      }
      SentencesEval.Tokens t = SentencesEval.conllTokens(conll);
      out.printf(Locale.ROOT, "  tokens news tokenizer      %s%n", t.news());
      out.printf(Locale.ROOT, "  tokens raw OpenNLP model   %s%n", t.rawModel());
    } else {
      out.println("CoNLL-2003 testa: not found, skipped");
    }
    if (msrpFile.isPresent()) {
      List<String> sentences = SentencesEval.msrpSentences(msrpFile.get());
      out.printf(Locale.ROOT, "MSRP train: %d single sentences%n", sentences.size());
      for (Splitting splitting : Splitting.values()) {
        SentencesEval.Whole w = SentencesEval.keptWhole(sentences, splitting);
        out.printf(Locale.ROOT, "  kept whole %-9s %d / %d = %.4f%n",
            splitting, w.whole(), w.total(), w.rate());
      }
    } else {
      out.println("MSRP: not found, skipped");
    }
    out.flush();
    return 0;
  }
}

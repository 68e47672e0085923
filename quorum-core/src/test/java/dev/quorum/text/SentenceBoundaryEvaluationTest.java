package dev.quorum.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures sentence boundaries and tokens against gold data in {@code shared/data} (CoNLL-2003
 * testa rebuilt as running text, MSRP single sentences), comparing the raw OpenNLP sentence model
 * with the corrected splitter; pins floors a little below the measured figures.
 */
class SentenceBoundaryEvaluationTest {

  private static ConllText conll;

  @BeforeAll
  static void load() throws IOException {
    conll = ConllText.read(SharedData.require("conll2003").resolve("eng.testa"));
  }

  /** Precision, recall and F1 of predicted against gold items. */
  record Score(double precision, double recall, double f1, int gold, int predicted) {
    static Score of(Set<Integer> gold, Set<Integer> predicted) {
      int tp = 0;
      for (Integer p : predicted) {
        if (gold.contains(p)) {
          tp++;
        }
      }
      double p = predicted.isEmpty() ? 1 : (double) tp / predicted.size();
      double r = gold.isEmpty() ? 1 : (double) tp / gold.size();
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(p, r, f, gold.size(), predicted.size());
    }

    @Override
    public String toString() {
      return String.format("P %.4f R %.4f F1 %.4f (gold %d, predicted %d)", precision, recall, f1, gold, predicted);
    }
  }

  private static Set<Integer> boundaries(List<Span> sentences, List<Span> paragraphs, boolean terminalOnly, String text) {
    Set<Integer> paragraphStarts = new HashSet<>();
    for (Span p : paragraphs) {
      paragraphStarts.add(p.start());
    }
    Set<Integer> out = new HashSet<>();
    for (Span s : sentences) {
      if (paragraphStarts.contains(s.start())) {
        continue;
      }
      if (terminalOnly && !afterTerminal(text, s.start())) {
        continue;
      }
      out.add(snap(text, s.start()));
    }
    return out;
  }

  /**
   * A boundary moved past quotes and spaces to the next word character, so that a quote the gold
   * data puts at the end of the previous sentence does not count as an error.
   */
  private static int snap(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"')) {
      i++;
    }
    return i;
  }

  /** Whether the text before {@code start}, past spaces and closing quotes, ends in . ! ? */
  private static boolean afterTerminal(String text, int start) {
    int i = start;
    while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || Chars.isClosing(text.charAt(i - 1)))) {
      i--;
    }
    return i > 0 && Chars.isTerminal(text.charAt(i - 1));
  }

  private static List<Span> predictedSentences(Splitting splitting) {
    var analyzer = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT.withSplitting(splitting).withTokens(false));
    List<Span> out = new ArrayList<>();
    // one paragraph at a time, so the language is told per document as the pipeline would
    for (Span p : conll.paragraphs()) {
      String doc = p.of(conll.text());
      for (Sentence s : analyzer.analyze(doc, List.of(new Span(0, doc.length()))).sentences()) {
        out.add(s.span().shift(p.start()));
      }
    }
    return out;
  }

  @Test
  void conllSentenceBoundaries() {
    String text = conll.text();
    Score best = null;
    Score raw = null;
    for (Splitting splitting : Splitting.values()) {
      List<Span> predicted = predictedSentences(splitting);
      Score all = Score.of(boundaries(conll.sentences(), conll.paragraphs(), false, text), boundaries(predicted, conll.paragraphs(), false, text));
      Score terminal = Score.of(boundaries(conll.sentences(), conll.paragraphs(), true, text), boundaries(predicted, conll.paragraphs(), true, text));
      System.out.printf("CoNLL-2003 testa %-9s all boundaries %s | after . ! ? %s%n", splitting, all, terminal);
      if (splitting == Splitting.CORRECTED) {
        best = terminal;
      } else if (splitting == Splitting.MODEL) {
        raw = terminal;
      }
    }
    // Most remaining errors are numbered result lists in sports tables ("hurdles 1. Michelle").
    assertThat(best.f1()).isGreaterThan(0.94).isGreaterThan(raw.f1());
  }

  @Test
  void msrpSentencesStayWhole() throws IOException {
    Path file = SharedData.require("msrp").resolve("msr_paraphrase_train.txt");
    List<String> sentences = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      if (cols.length >= 5) {
        sentences.add(cols[3]);
        sentences.add(cols[4]);
      }
    }
    double corrected = 0;
    for (Splitting splitting : Splitting.values()) {
      var analyzer = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT.withSplitting(splitting).withTokens(false));
      int whole = 0;
      for (String s : sentences) {
        if (analyzer.analyze(s, List.of(new Span(0, s.length()))).sentences().size() == 1) {
          whole++;
        }
      }
      double rate = (double) whole / sentences.size();
      System.out.printf("MSRP %-9s kept whole %d / %d = %.4f%n", splitting, whole, sentences.size(), rate);
      if (splitting == Splitting.CORRECTED) {
        corrected = rate;
      }
    }
    assertThat(corrected).isGreaterThan(0.99);
  }

  @Test
  void conllTokens() throws IOException {
    String text = conll.text();
    Set<Integer> gold = encode(conll.tokens());
    var analyzer = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT);
    List<Span> ours = new ArrayList<>();
    for (Span p : conll.paragraphs()) {
      String doc = p.of(text);
      for (Sentence s : analyzer.analyze(doc, List.of(new Span(0, doc.length()))).sentences()) {
        for (Span t : s.tokens()) {
          ours.add(t.shift(p.start()));
        }
      }
    }
    TokenizerModel shipped;
    try (var in = OpenNlpModels.class.getResourceAsStream(OpenNlpModels.TOKEN_MODEL)) {
      shipped = new TokenizerModel(in);
    }
    TokenizerME raw = new TokenizerME(shipped);
    List<Span> model = new ArrayList<>();
    for (Span p : conll.paragraphs()) {
      for (opennlp.tools.util.Span t : raw.tokenizePos(p.of(text))) {
        model.add(new Span(p.start() + t.getStart(), p.start() + t.getEnd()));
      }
    }
    Score oursScore = Score.of(gold, encode(ours));
    Score modelScore = Score.of(gold, encode(model));
    System.out.printf("CoNLL-2003 testa tokens: news tokenizer %s | raw OpenNLP tokenizer %s%n", oursScore, modelScore);
    assertThat(oursScore.f1()).isGreaterThan(0.985).isGreaterThan(modelScore.f1());
  }

  /** Token spans as single integers (start * 2^12 + length), for set comparison. */
  private static Set<Integer> encode(List<Span> spans) {
    Set<Integer> out = new HashSet<>();
    for (Span s : spans) {
      out.add(s.start() * 4096 + Math.min(4095, s.length()));
    }
    return out;
  }
}

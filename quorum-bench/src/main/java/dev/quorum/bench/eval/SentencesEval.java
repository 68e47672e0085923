package dev.quorum.bench.eval;

import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import dev.quorum.text.OpenNlpModels;
import dev.quorum.text.OpenNlpTextAnalyzer;
import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Scores sentence boundaries and tokens of {@link OpenNlpTextAnalyzer} against gold data: CoNLL-2003
 * rebuilt as running text (boundary and token P/R/F1) and MSRP single sentences (kept-whole rate).
 *
 * <p>Boundaries at the start of a document are not counted (they are given, not found); a boundary
 * is snapped past spaces and straight quotes so that a quote the gold data puts at the end of the
 * previous sentence is no error. The "after . ! ?" figure keeps only boundaries that follow a
 * terminal mark, which leaves out the headline and table-row breaks no splitter can see in CoNLL's
 * running text.
 */
public final class SentencesEval {

  /** The resource of opennlp-models-tokenizer-en that {@link OpenNlpModels} also loads. */
  static final String SHIPPED_TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private SentencesEval() {}

  /** Precision, recall and F1 of predicted against gold items. */
  public record Score(double precision, double recall, double f1, int gold, int predicted) {

    /** Scores a predicted set against a gold set; an empty side counts as perfect on its ratio. */
    public static Score of(Set<Integer> gold, Set<Integer> predicted) {
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
      return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f (gold %d, predicted %d)",
          precision, recall, f1, gold, predicted);
    }
  }

  /** Boundary scores of one splitting: all boundaries, and those after . ! ? only. */
  public record Boundaries(Splitting splitting, Score all, Score afterTerminal) {}

  /** How many single sentences one splitting kept whole. */
  public record Whole(Splitting splitting, int whole, int total) {
    public double rate() {
      return total == 0 ? 0 : (double) whole / total;
    }
  }

  /** Token scores of the news tokenizer (the analyser's default) and of OpenNLP's raw model. */
  public record Tokens(Score news, Score rawModel) {}

  /** Boundary scores of one splitting on the rebuilt CoNLL text. */
  public static Boundaries conllBoundaries(ConllText conll, Splitting splitting) {
    String text = conll.text();
    List<Span> predicted = predictedSentences(conll, splitting);
    Score all = Score.of(boundaries(conll.sentences(), conll.paragraphs(), false, text),
        boundaries(predicted, conll.paragraphs(), false, text));
    Score terminal = Score.of(boundaries(conll.sentences(), conll.paragraphs(), true, text),
        boundaries(predicted, conll.paragraphs(), true, text));
    return new Boundaries(splitting, all, terminal);
  }

  /** The two sentences of each MSRP pair, in file order (header skipped). */
  public static List<String> msrpSentences(Path file) throws IOException {
    List<String> sentences = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      if (cols.length >= 5) {
        sentences.add(cols[3]);
        sentences.add(cols[4]);
      }
    }
    return sentences;
  }

  /** How many of the given single sentences one splitting leaves as one sentence. */
  public static Whole keptWhole(List<String> sentences, Splitting splitting) {
    OpenNlpTextAnalyzer analyzer = analyzer(splitting);
    int whole = 0;
    for (String s : sentences) {
      if (analyzer.analyze(s, List.of(new Span(0, s.length()))).sentences().size() == 1) {
        whole++;
      }
    }
    return new Whole(splitting, whole, sentences.size());
  }

  /** Token scores against the CoNLL gold tokens, ours and OpenNLP's shipped tokenizer alone. */
  public static Tokens conllTokens(ConllText conll) {
    String text = conll.text();
    Set<Integer> gold = encode(conll.tokens());
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT);
    List<Span> ours = new ArrayList<>();
    for (Span p : conll.paragraphs()) {
      String doc = p.of(text);
      for (Sentence s : analyzer.analyze(doc, List.of(new Span(0, doc.length()))).sentences()) {
        for (Span t : s.tokens()) {
          ours.add(t.shift(p.start()));
        }
      }
    }
    TokenizerME raw = new TokenizerME(shippedTokenModel());
    List<Span> model = new ArrayList<>();
    for (Span p : conll.paragraphs()) {
      for (opennlp.tools.util.Span t : raw.tokenizePos(p.of(text))) {
        model.add(new Span(p.start() + t.getStart(), p.start() + t.getEnd()));
      }
    }
    return new Tokens(Score.of(gold, encode(ours)), Score.of(gold, encode(model)));
  }

  /**
   * The English token model exactly as shipped (alphanumeric optimisation off), not {@link
   * OpenNlpModels#tokens()}, which switches the optimisation on: the comparison is with OpenNLP
   * out of the box.
   */
  static TokenizerModel shippedTokenModel() {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(SHIPPED_TOKEN_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED_TOKEN_MODEL + " not on the classpath");
      }
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + SHIPPED_TOKEN_MODEL, e);
    }
  }

  private static OpenNlpTextAnalyzer analyzer(Splitting splitting) {
    return new OpenNlpTextAnalyzer(
        OpenNlpTextAnalyzer.Options.DEFAULT.withSplitting(splitting).withTokens(false));
  }

  /** One document at a time, so that the language is told per document as the pipeline would. */
  private static List<Span> predictedSentences(ConllText conll, Splitting splitting) {
    OpenNlpTextAnalyzer analyzer = analyzer(splitting);
    List<Span> out = new ArrayList<>();
    for (Span p : conll.paragraphs()) {
      String doc = p.of(conll.text());
      for (Sentence s : analyzer.analyze(doc, List.of(new Span(0, doc.length()))).sentences()) {
        out.add(s.span().shift(p.start()));
      }
    }
    return out;
  }

  /** Sentence starts, less paragraph starts, optionally only those after a terminal mark. */
  static Set<Integer> boundaries(
      List<Span> sentences, List<Span> paragraphs, boolean terminalOnly, String text) {
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

  /** A boundary moved past spaces and straight quotes to the next other character. */
  static int snap(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"')) {
      i++;
    }
    return i;
  }

  /** Whether the text before {@code start}, past spaces and closing marks, ends in . ! ? or …. */
  static boolean afterTerminal(String text, int start) {
    int i = start;
    while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || isClosing(text.charAt(i - 1)))) {
      i--;
    }
    return i > 0 && isTerminal(text.charAt(i - 1));
  }

  // The evaluation's own notion of terminal and closing marks (CoNLL is English ASCII text).
  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClosing(char c) {
    return "\"')]}\u201D\u2019\u00BB\u203A".indexOf(c) >= 0;
  }

  /** Token spans as single integers (start * 2^12 + length), for set comparison. */
  static Set<Integer> encode(List<Span> spans) {
    Set<Integer> out = new HashSet<>();
    for (Span s : spans) {
      out.add(s.start() * 4096 + Math.min(4095, s.length()));
    }
    return out;
  }
}

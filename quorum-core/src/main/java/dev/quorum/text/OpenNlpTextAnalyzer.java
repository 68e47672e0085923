package dev.quorum.text;

import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits cleaned news text into sentences and tokens and tells its language, with OpenNLP's
 * English models corrected for news conventions. Thread-safe.
 *
 * <p>The models are loaded once per JVM ({@link OpenNlpModels}) and shared; each thread gets its
 * own OpenNLP {@code *ME} wrappers, which are not thread-safe. Sentences never cross a paragraph.
 * English text ("eng", or "und" when too short to tell) is split by {@link SentenceSplitter} with
 * the OpenNLP sentence model deciding ordinary boundaries; other languages are split by the same
 * rules without English abbreviations or the model. Bad input never throws: null text gives an
 * empty analysis, paragraphs are clamped, ordered and de-overlapped, and missing paragraphs are
 * taken from blank lines.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

  /** How English sentence boundaries are found. */
  public enum Splitting {
    /** The OpenNLP sentence model alone, per paragraph (for comparison). */
    MODEL,
    /** News rules, with the OpenNLP model deciding ordinary boundaries (the default). */
    CORRECTED,
    /** News rules alone: every ordinary "word. Word" boundary splits. */
    RULES
  }

  /**
   * Analyser settings.
   *
   * @param tokens whether to tokenize (false: sentences with empty token lists, faster)
   * @param splitting how English sentences are found
   * @param languagePrefix how many leading characters language detection looks at
   * @param minLanguageMargin how many times likelier than the runner-up the detected language must
   *     be; otherwise the language is "und"
   * @param englishShortcut whether plain English is recognised without the language model
   */
  public record Options(
      boolean tokens,
      Splitting splitting,
      int languagePrefix,
      double minLanguageMargin,
      boolean englishShortcut) {

    public static final Options DEFAULT = new Options(true, Splitting.CORRECTED, 600, 2.0, true);

    public Options {
      Objects.requireNonNull(splitting, "splitting");
      languagePrefix = Math.max(1, languagePrefix);
    }

    public Options withTokens(boolean value) {
      return new Options(value, splitting, languagePrefix, minLanguageMargin, englishShortcut);
    }

    public Options withSplitting(Splitting value) {
      return new Options(tokens, value, languagePrefix, minLanguageMargin, englishShortcut);
    }

    public Options withLanguagePrefix(int value) {
      return new Options(tokens, splitting, value, minLanguageMargin, englishShortcut);
    }

    public Options withEnglishShortcut(boolean value) {
      return new Options(tokens, splitting, languagePrefix, minLanguageMargin, value);
    }
  }

  private final Options options;
  private final LanguageIdentifier languages;
  private final ThreadLocal<SentenceDetectorME> sentenceModel;
  private final ThreadLocal<NewsTokenizer> englishTokenizer;
  private final NewsTokenizer otherTokenizer = new NewsTokenizer(false, null);

  public OpenNlpTextAnalyzer() {
    this(Options.DEFAULT);
  }

  public OpenNlpTextAnalyzer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    this.languages =
        new LanguageIdentifier(
            options.languagePrefix(), options.minLanguageMargin(), options.englishShortcut());
    this.sentenceModel =
        ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));
    this.englishTokenizer =
        ThreadLocal.withInitial(
            () -> new NewsTokenizer(true, new TokenizerME(OpenNlpModels.tokens())));
  }

  public Options options() {
    return options;
  }

  @Override
  public Analysis analyze(String text, List<Span> paragraphs) {
    if (text == null || text.isEmpty()) {
      return new Analysis("und", List.of());
    }
    List<Span> paras = sanitize(text, paragraphs);
    String language;
    try {
      language = languages.identify(text);
    } catch (RuntimeException | LinkageError e) { // LinkageError: a model failed to load
      language = "und";
    }
    boolean english = "eng".equals(language) || "und".equals(language);
    List<Sentence> sentences = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    for (Span p : paras) {
      spans.clear();
      splitParagraph(text, p, english, spans);
      for (Span s : spans) {
        tokens.clear();
        if (options.tokens()) {
          tokenize(text, s, english, tokens);
        }
        sentences.add(new Sentence(s, tokens));
      }
    }
    return new Analysis(language, sentences);
  }

  private void splitParagraph(String text, Span p, boolean english, List<Span> out) {
    int mark = out.size();
    try {
      if (!english) {
        SentenceSplitter.split(text, p.start(), p.end(), false, SentenceSplitter.ALWAYS, out);
      } else if (options.splitting() == Splitting.RULES) {
        SentenceSplitter.split(text, p.start(), p.end(), true, SentenceSplitter.ALWAYS, out);
      } else if (options.splitting() == Splitting.MODEL) {
        modelSentences(text, p, out);
      } else {
        SentenceSplitter.split(
            text, p.start(), p.end(), true, new ModelOracle(sentenceModel.get(), text, p), out);
      }
    } catch (RuntimeException | LinkageError e) {
      out.subList(mark, out.size()).clear();
      SentenceSplitter.split(text, p.start(), p.end(), false, SentenceSplitter.ALWAYS, out);
    }
  }

  private void modelSentences(String text, Span p, List<Span> out) {
    String para = text.substring(p.start(), p.end());
    for (opennlp.tools.util.Span s : sentenceModel.get().sentPosDetect(para)) {
      int a = p.start() + s.getStart();
      int b = p.start() + s.getEnd();
      while (a < b && Chars.isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && Chars.isSpace(text.charAt(b - 1))) {
        b--;
      }
      int last = out.isEmpty() ? p.start() : Math.max(p.start(), out.get(out.size() - 1).end());
      if (a < b && a >= last && b <= p.end()) {
        out.add(new Span(a, b));
      }
    }
  }

  private void tokenize(String text, Span s, boolean english, List<Span> out) {
    int mark = out.size();
    try {
      (english ? englishTokenizer.get() : otherTokenizer).tokenize(text, s.start(), s.end(), out);
    } catch (RuntimeException | LinkageError e) {
      out.subList(mark, out.size()).clear();
      otherTokenizer.tokenize(text, s.start(), s.end(), out);
    }
  }

  /**
   * Paragraphs clamped to the text, ordered, without overlaps; when none are given, the text's
   * blank-line-separated blocks.
   */
  static List<Span> sanitize(String text, List<Span> paragraphs) {
    int n = text.length();
    List<Span> given = new ArrayList<>();
    if (paragraphs != null) {
      for (Span p : paragraphs) {
        if (p != null && p.start() < n) {
          given.add(new Span(p.start(), Math.min(p.end(), n)));
        }
      }
    }
    if (given.isEmpty()) {
      return blankLineBlocks(text);
    }
    Span[] sorted = given.toArray(new Span[0]);
    Arrays.sort(sorted);
    List<Span> out = new ArrayList<>(sorted.length);
    int last = 0;
    for (Span p : sorted) {
      int a = Math.max(p.start(), last);
      if (a < p.end()) {
        out.add(new Span(a, p.end()));
        last = p.end();
      }
    }
    return out;
  }

  private static List<Span> blankLineBlocks(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '\n' && Chars.isSpace(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          if (start < i) {
            out.add(new Span(start, i));
          }
          while (j < n && Chars.isSpace(text.charAt(j))) {
            j++;
          }
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    if (start < n) {
      out.add(new Span(start, n));
    }
    return out;
  }

  /** Runs the OpenNLP sentence model on a paragraph the first time the splitter asks. */
  private static final class ModelOracle implements SentenceSplitter.Oracle {
    private final SentenceDetectorME model;
    private final String text;
    private final Span paragraph;
    private int[] ends;
    private int cursor;

    ModelOracle(SentenceDetectorME model, String text, Span paragraph) {
      this.model = model;
      this.text = text;
      this.paragraph = paragraph;
    }

    @Override
    public boolean splits(int terminalStart, int candidateEnd) {
      if (ends == null) {
        opennlp.tools.util.Span[] spans =
            model.sentPosDetect(text.substring(paragraph.start(), paragraph.end()));
        ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
          ends[i] = paragraph.start() + spans[i].getEnd();
        }
      }
      while (cursor < ends.length && ends[cursor] <= terminalStart) {
        cursor++;
      }
      return cursor < ends.length && ends[cursor] <= candidateEnd;
    }
  }
}

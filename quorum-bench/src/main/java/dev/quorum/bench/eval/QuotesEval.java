package dev.quorum.bench.eval;

import dev.quorum.extract.quotes.ArticleQuote;
import dev.quorum.extract.quotes.ArticleQuoteFinder;
import dev.quorum.extract.quotes.QuoteMarks;
import dev.quorum.model.Article;
import dev.quorum.model.Metadata;
import dev.quorum.model.Source;
import dev.quorum.model.Span;
import dev.quorum.text.Analysis;
import dev.quorum.text.OpenNlpTextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores quote attribution on PolNeAR: reads the brat attributions of a split, runs the quote
 * finder on articles built from the raw texts (so offsets agree), and counts matches as the data
 * README says.
 *
 * <p>Matching: a prediction matches a gold attribution when the overlap of its content span with
 * the gold Content fragments is at least half the shorter of the two. Precision is the share of
 * predictions that match some gold attribution; recall the share of gold attributions matched by
 * some prediction. A gold attribution is direct when at least half of its content lies inside
 * quotation marks; for direct quotes precision counts direct predictions against every gold
 * attribution (a quoted fragment of a longer reported clause is a correct quote) and recall counts
 * direct gold attributions found by direct predictions. A matched prediction's speaker is right
 * when its speaker span overlaps the gold Source of the gold attribution it overlaps most; a
 * source is named when it holds a capitalized word other than a pronoun or an article.
 *
 * <p>Articles annotated twice are scored once, against the annotator whose code sorts first, so
 * every article weighs the same.
 */
public final class QuotesEval {

  /** A gold attribution: content and source fragments and whether the content is quoted. */
  public record Gold(List<Span> content, List<Span> source, boolean direct, String sourceText) {

    int contentLength() {
      int n = 0;
      for (Span s : content) {
        n += s.length();
      }
      return n;
    }

    public boolean named() {
      if (sourceText == null) {
        return false;
      }
      for (String w : sourceText.split("[^\\p{L}\\p{N}'’.]+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
            && !UNNAMED.contains(w.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Set<String> UNNAMED = Set.of("he", "she", "they", "it", "we", "i", "you",
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "some", "many", "one", "other", "others", "most", "several");

  /** One article with its gold attributions. */
  public record Doc(String id, Article article, List<Gold> gold) {}

  /** Precision, recall and speaker accuracy of one class. */
  public record Score(int predicted, int predictedRight, int gold, int goldFound,
      int speakerJudged, int speakerRight, int namedJudged, int namedRight) {

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedRight / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return speakerJudged == 0 ? 0 : (double) speakerRight / speakerJudged;
    }

    public double namedSpeakerAccuracy() {
      return namedJudged == 0 ? 0 : (double) namedRight / namedJudged;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f  speaker %.3f (%d/%d)  named speaker %.3f (%d/%d)",
          precision(), predictedRight, predicted, recall(), goldFound, gold, f1(),
          speakerAccuracy(), speakerRight, speakerJudged, namedSpeakerAccuracy(), namedRight,
          namedJudged);
    }
  }

  /** Scores of one split and the time the finder took. */
  public record Result(int docs, long words, Score direct, Score all, long nanos) {

    /** Articles per second of the finder alone, scaled to 800-word articles. */
    public double articlesPerSecondAt800Words() {
      return nanos == 0 ? 0 : words / 800.0 / (nanos / 1e9);
    }
  }

  private QuotesEval() {}

  /** Reads one split folder ({@code train} or {@code dev}) holding {@code text/} and {@code attributions/}. */
  public static List<Doc> load(Path split) throws IOException {
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
    Map<String, Path> ann = new TreeMap<>();
    try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".ann")) {
          continue;
        }
        String stem = name.substring(0, name.length() - 4);
        int u = stem.lastIndexOf('_');
        String article = u > 0 ? stem.substring(0, u) : stem;
        ann.putIfAbsent(article, f); // sorted: the first annotator code wins
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : ann.entrySet()) {
      Path txt = split.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(txt)) {
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Article article = article(e.getKey(), txt.toString(), text, analyzer);
      docs.add(new Doc(e.getKey(), article, gold(e.getValue(), text)));
    }
    return docs;
  }

  /** An article over the raw text itself: paragraphs are its non-blank lines. */
  static Article article(String id, String path, String text, OpenNlpTextAnalyzer analyzer) {
    List<Span> paragraphs = paragraphs(text);
    Analysis a = analyzer.analyze(text, paragraphs);
    return new Article(id, Source.file(path), Metadata.EMPTY, a.language(), text, paragraphs,
        a.sentences(), List.of());
  }

  /** The non-blank lines of a text, trimmed. */
  static List<Span> paragraphs(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          paragraphs.add(new Span(s, e));
        }
        start = i + 1;
      }
    }
    return paragraphs;
  }

  static List<Gold> gold(Path annFile, String text) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        String[] typeAndOffsets = cols[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
          continue;
        }
        List<Span> frags = new ArrayList<>();
        try {
          for (String frag : typeAndOffsets[1].split(";")) {
            String[] se = frag.trim().split(" ");
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (e > s && e <= text.length()) {
              frags.add(new Span(s, e));
            }
          }
        } catch (RuntimeException ex) {
          continue;
        }
        spans.put(cols[0], frags);
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].trim().split(" "));
      }
    }
    List<QuoteMarks.Quoted> quoted = QuoteMarks.find(text, paragraphs(text));
    List<Gold> out = new ArrayList<>();
    for (String[] ev : events) {
      List<Span> content = new ArrayList<>();
      List<Span> source = new ArrayList<>();
      for (String roleRef : ev) {
        int colon = roleRef.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = roleRef.substring(0, colon);
        List<Span> s = spans.getOrDefault(roleRef.substring(colon + 1), List.of());
        if (role.startsWith("Content")) {
          content.addAll(s);
        } else if (role.startsWith("Source")) {
          source.addAll(s);
        }
      }
      if (content.isEmpty()) {
        continue;
      }
      int inside = 0;
      int total = 0;
      for (Span c : content) {
        total += c.length();
        for (QuoteMarks.Quoted q : quoted) {
          inside += overlap(c, q.outer());
        }
      }
      StringBuilder st = new StringBuilder();
      for (Span s : source) {
        st.append(s.of(text)).append(' ');
      }
      out.add(new Gold(List.copyOf(content), List.copyOf(source), 2 * inside >= total,
          source.isEmpty() ? null : st.toString().trim()));
    }
    return out;
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  static int overlap(Span a, List<Span> frags) {
    int n = 0;
    for (Span f : frags) {
      n += overlap(a, f);
    }
    return n;
  }

  static boolean matches(Span pred, Gold g) {
    int ov = overlap(pred, g.content());
    return ov > 0 && 2 * ov >= Math.min(pred.length(), g.contentLength());
  }

  /** Runs the finder on every document and scores it. */
  public static Result score(List<Doc> docs, ArticleQuoteFinder finder) {
    Counter direct = new Counter();
    Counter all = new Counter();
    long words = 0;
    long nanos = 0;
    for (Doc d : docs) {
      words += d.article().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      long t0 = System.nanoTime();
      List<ArticleQuote> pred = finder.find(d.article());
      nanos += System.nanoTime() - t0;
      List<ArticleQuote> directPred = pred.stream().filter(ArticleQuote::direct).toList();
      List<Gold> directGold = d.gold().stream().filter(Gold::direct).toList();
      direct.add(directPred, d.gold(), directGold);
      all.add(pred, d.gold(), d.gold());
    }
    return new Result(docs.size(), words, direct.score(), all.score(), nanos);
  }

  /** Accumulates counts over documents. */
  private static final class Counter {
    int predicted;
    int predictedRight;
    int gold;
    int goldFound;
    int speakerJudged;
    int speakerRight;
    int namedJudged;
    int namedRight;

    void add(List<ArticleQuote> pred, List<Gold> matchable, List<Gold> recallable) {
      predicted += pred.size();
      for (ArticleQuote p : pred) {
        Gold best = null;
        int bestOv = 0;
        for (Gold g : matchable) {
          if (matches(p.span(), g)) {
            int ov = overlap(p.span(), g.content());
            if (ov > bestOv) {
              bestOv = ov;
              best = g;
            }
          }
        }
        if (best == null) {
          continue;
        }
        predictedRight++;
        if (best.source().isEmpty()) {
          continue;
        }
        boolean right = p.speakerSpan() != null && overlap(p.speakerSpan(), best.source()) > 0;
        speakerJudged++;
        if (right) {
          speakerRight++;
        }
        if (best.named()) {
          namedJudged++;
          if (right) {
            namedRight++;
          }
        }
      }
      gold += recallable.size();
      for (Gold g : recallable) {
        for (ArticleQuote p : pred) {
          if (matches(p.span(), g)) {
            goldFound++;
            break;
          }
        }
      }
    }

    Score score() {
      return new Score(predicted, predictedRight, gold, goldFound, speakerJudged, speakerRight,
          namedJudged, namedRight);
    }
  }
}

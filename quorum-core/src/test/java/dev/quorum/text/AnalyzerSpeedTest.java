package dev.quorum.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Span;
import dev.quorum.text.OpenNlpTextAnalyzer.Options;
import dev.quorum.text.OpenNlpTextAnalyzer.Splitting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures analyser throughput on one thread and where the time goes; prints figures, asserts no
 * timing. Off by default: run with {@code -Dquorum.speed=true -Dtest=AnalyzerSpeedTest}.
 */
@EnabledIfSystemProperty(named = "quorum.speed", matches = "true")
class AnalyzerSpeedTest {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** One article: its text with blank-line-separated paragraphs, and the paragraph spans. */
  record Doc(String text, List<Span> paragraphs, int words) {
    static Doc of(List<String> paragraphs) {
      StringBuilder b = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      int words = 0;
      for (String p : paragraphs) {
        String t = p.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (b.length() > 0) {
          b.append("\n\n");
        }
        spans.add(new Span(b.length(), b.length() + t.length()));
        b.append(t);
        words += t.split("\\s+").length;
      }
      return new Doc(b.toString(), spans, words);
    }
  }

  @Test
  void throughput() throws IOException {
    long t0 = System.nanoTime();
    new OpenNlpTextAnalyzer().analyze("Warm the models up. This is a sentence of English text to load them all.", List.of());
    long firstCall = (System.nanoTime() - t0) / 1_000_000;
    long[] load = OpenNlpModels.loadMillis();
    System.out.printf("model load ms: sentence %d, tokenizer %d, language %d (first call %d ms incl. class loading)%n",
        load[0], load[1], load[2], firstCall);
    // force the language model too, for its load time
    new LanguageIdentifier(600, 2.0, false).identify("Une phrase en français pour charger le modèle de langue.");
    System.out.printf("language model load ms: %d%n", OpenNlpModels.loadMillis()[2]);

    List<Doc> seeds = seedArticles800();
    List<Doc> duc = ducArticles();
    report("seed 800-word articles", seeds);
    if (!duc.isEmpty()) {
      report("DUC 2003 newswire", duc);
    }
    assertThat(seeds).isNotEmpty();
  }

  private static void report(String name, List<Doc> docs) {
    int words = docs.stream().mapToInt(Doc::words).sum();
    System.out.printf("%s: %d articles, %.0f words on average%n", name, docs.size(), (double) words / docs.size());
    Object[][] variants = {
      {"default (sentences+tokens+language)", Options.DEFAULT},
      {"no tokens", Options.DEFAULT.withTokens(false)},
      {"no English language shortcut", Options.DEFAULT.withEnglishShortcut(false)},
      {"rules-only sentences", Options.DEFAULT.withSplitting(Splitting.RULES)},
      {"raw OpenNLP sentences", Options.DEFAULT.withSplitting(Splitting.MODEL)},
      {"default again", Options.DEFAULT},
    };
    for (Object[] v : variants) { // JIT warm-up of every path before any figure is taken
      time(docs, new OpenNlpTextAnalyzer((Options) v[1]));
    }
    for (Object[] v : variants) {
      OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer((Options) v[1]);
      double us = time(docs, analyzer);
      System.out.printf("  %-36s %7.1f us/article  %7.0f articles/s  %6.1f us per 800 words%n",
          v[0], us, 1e6 / us, us * 800.0 * docs.size() / words);
    }
    int shortcut = 0;
    for (Doc d : docs) {
      int end = Math.min(600, d.text().length());
      int letters = (int) d.text().substring(0, end).chars().filter(Character::isLetter).count();
      if (LanguageIdentifier.looksEnglish(d.text(), end, letters)) {
        shortcut++;
      }
    }
    System.out.printf("  English shortcut taken for %d of %d articles%n", shortcut, docs.size());
    LanguageIdentifier lang = new LanguageIdentifier(600, 2.0, true);
    LanguageIdentifier model = new LanguageIdentifier(600, 2.0, false);
    System.out.printf("  language alone: shortcut %.1f us, model %.1f us per article%n",
        timeLanguage(docs, lang), timeLanguage(docs, model));
  }

  /**
   * Microseconds of this thread's CPU time per article: the best of five timed batches after a
   * warm-up; CPU time and the minimum are the figures least disturbed by other load on a shared
   * machine.
   */
  private static double time(List<Doc> docs, OpenNlpTextAnalyzer analyzer) {
    return best(docs, d -> analyzer.analyze(d.text(), d.paragraphs()).sentences().size());
  }

  private static double timeLanguage(List<Doc> docs, LanguageIdentifier id) {
    return best(docs, d -> id.identify(d.text()).length());
  }

  private static double best(List<Doc> docs, java.util.function.ToIntFunction<Doc> work) {
    long sink = 0;
    for (int r = 0; r < 5; r++) {
      for (Doc d : docs) {
        sink += work.applyAsInt(d);
      }
    }
    int rounds = Math.max(1, 600 / docs.size());
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < 5; batch++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        for (Doc d : docs) {
          sink += work.applyAsInt(d);
        }
      }
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / rounds / docs.size());
    }
    assertThat(sink).isPositive();
    return best;
  }

  /** The five seed reports' paragraphs, cycled into 800-word articles. */
  private static List<Doc> seedArticles800() throws IOException {
    Path dir = examples();
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            paragraphs.add(line);
          }
        }
      }
    }
    List<Doc> out = new ArrayList<>();
    for (int start = 0; start < paragraphs.size(); start += 7) {
      List<String> article = new ArrayList<>();
      int words = 0;
      for (int i = start; words < 800; i = (i + 1) % paragraphs.size()) {
        article.add(paragraphs.get(i));
        words += paragraphs.get(i).split("\\s+").length;
      }
      out.add(Doc.of(article));
    }
    return out;
  }

  private static Path examples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples/bakhmut"))) {
      dir = dir.getParent();
    }
    assertThat(dir).isNotNull();
    return dir.resolve("examples/bakhmut");
  }

  /** TEXT sections of the DUC 2003 documents, paragraphs at blank lines or {@code <P>} tags. */
  private static List<Doc> ducArticles() throws IOException {
    Path root = null;
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("shared/data/duc2003/docs"))) {
        root = dir.resolve("shared/data/duc2003/docs");
        break;
      }
      dir = dir.getParent();
    }
    List<Doc> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      int a = raw.indexOf("<TEXT>");
      int b = raw.indexOf("</TEXT>");
      if (a < 0 || b < a) {
        continue;
      }
      String body = raw.substring(a + 6, b).replace("<P>", "\n\n").replace("</P>", "\n\n");
      out.add(Doc.of(List.of(body.split("\\n\\s*\\n"))));
    }
    return out;
  }
}

package dev.quorum.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quorum.clean.Block;
import dev.quorum.clean.BoilerplateMemory;
import dev.quorum.clean.Cleaned;
import dev.quorum.clean.ParsedText;
import dev.quorum.clean.PlainTextParser;
import dev.quorum.clean.TextCleaner;
import dev.quorum.clean.TextNormalizer;
import dev.quorum.model.Metadata;
import dev.quorum.model.Removed;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures how much real text {@link TextCleaner} removes from texts that are all article text: the
 * ground-truth bodies of the article-extraction benchmark (one block per line) and the DUC 2003
 * newswire texts (through the plain-text parser), alone and with a per-outlet {@link
 * BoilerplateMemory}.
 *
 * <p>Removals that move metadata out of the text (dateline, byline, title, date, photo credit,
 * outlet) are counted apart: the ground truth keeps them in the body, the cleaner by design does
 * not, so only the other removals are errors in the strict sense.
 */
public final class CleaningEval {

  /** Removal reasons that move metadata out of the text rather than drop it. */
  public static final Set<String> METADATA_REASONS =
      Set.of("dateline", "byline", "title", "date", "photo credit", "outlet");

  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

  /** Keeps the timed work observable so the JIT cannot drop it. */
  private static volatile long blackhole;

  private CleaningEval() {}

  /** Word and paragraph totals, and removed words and pieces by reason (the part before ':'). */
  public static final class Tally {
    private long texts;
    private long words;
    private long paragraphs;
    private final Map<String, long[]> removed = new TreeMap<>();

    /** Adds one cleaned text whose input had the given words and paragraphs. */
    public void add(Cleaned c, long inputWords, long inputParagraphs) {
      texts++;
      words += inputWords;
      paragraphs += inputParagraphs;
      for (Removed r : c.removed()) {
        long[] t = removed.computeIfAbsent(r.reason().split(":")[0], k -> new long[2]);
        t[0] += CleaningEval.words(r.text());
        t[1]++;
      }
    }

    public long texts() {
      return texts;
    }

    public long words() {
      return words;
    }

    public long paragraphs() {
      return paragraphs;
    }

    /** Removed words and pieces by reason, as {words, pieces}. */
    public Map<String, long[]> removed() {
      return Collections.unmodifiableMap(removed);
    }

    /** Removed words over input words, with or without the metadata moves. */
    public double wordRate(boolean metadataToo) {
      long w = 0;
      for (var e : removed.entrySet()) {
        if (metadataToo || !METADATA_REASONS.contains(e.getKey())) {
          w += e.getValue()[0];
        }
      }
      return (double) w / Math.max(1, words);
    }

    /** Removed pieces over input paragraphs, with or without the metadata moves. */
    public double paragraphRate(boolean metadataToo) {
      long n = 0;
      for (var e : removed.entrySet()) {
        if (metadataToo || !METADATA_REASONS.contains(e.getKey())) {
          n += e.getValue()[1];
        }
      }
      return (double) n / Math.max(1, paragraphs);
    }

    /** A multi-line report: totals, rates, then one line per reason. */
    public String report(String name) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%s: %d texts, %d words, %d paragraphs%n",
          name, texts, words, paragraphs));
      sb.append(String.format(Locale.ROOT, "  removed words %.4f%% (%.4f%% without metadata moves);"
              + " removed pieces %.3f%% of paragraphs (%.3f%% without)%n",
          100 * wordRate(true), 100 * wordRate(false), 100 * paragraphRate(true),
          100 * paragraphRate(false)));
      removed.forEach((k, v) -> sb.append(String.format(Locale.ROOT,
          "  %-14s %6d words (%.4f%%) %5d pieces (%.3f%% of paragraphs)%s%n",
          k, v[0], 100.0 * v[0] / Math.max(1, words), v[1], 100.0 * v[1] / Math.max(1, paragraphs),
          METADATA_REASONS.contains(k) ? "  [metadata]" : "")));
      return sb.toString();
    }
  }

  /** Lines removed as repeated by the per-outlet memory, with their counts. */
  public record Repeated(long words, long removedWords, Map<String, Integer> lines) {
    public double wordRate() {
      return (double) removedWords / Math.max(1, words);
    }
  }

  /** Whitespace-separated words, as the cleaner counts them. */
  public static long words(String s) {
    long n = 0;
    boolean in = false;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      boolean ws = c == ' ' || c < ' ' || c >= 0x80 && Character.isWhitespace(c);
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /** The article bodies of the benchmark's ground-truth.json, sorted by page id. */
  public static List<String> groundTruthBodies(Path groundTruthJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(groundTruthJson.toFile());
    List<String> ids = new ArrayList<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      ids.add(it.next());
    }
    ids.sort(null);
    List<String> bodies = new ArrayList<>();
    for (String id : ids) {
      bodies.add(root.get(id).path("articleBody").asText(""));
    }
    return bodies;
  }

  /** Cleans each body as one paragraph block per non-blank line, without metadata. */
  public static Tally groundTruth(List<String> bodies) {
    TextCleaner cleaner = new TextCleaner();
    Tally tally = new Tally();
    for (String body : bodies) {
      List<Block> blocks = new ArrayList<>();
      long words = 0;
      for (String line : body.split("\n")) {
        if (!line.isBlank()) {
          blocks.add(Block.paragraph(line));
          words += words(TextNormalizer.normalizeParagraph(line));
        }
      }
      tally.add(cleaner.clean(blocks, Metadata.EMPTY), words, blocks.size());
    }
    return tally;
  }

  /** A DUC text: the outlet (first three letters of the file name) and the TEXT body. */
  public record DucText(String outlet, String body) {}

  /** The TEXT bodies of the DUC 2003 documents under {@code docs}, in path order, P tags as breaks. */
  public static List<DucText> ducTexts(Path docs) throws IOException {
    List<DucText> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(docs)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        Matcher m = TEXT.matcher(Files.readString(f, StandardCharsets.UTF_8));
        if (m.find()) {
          out.add(new DucText(f.getFileName().toString().substring(0, 3),
              m.group(1).replaceAll("</?P>", "\n")));
        }
      }
    }
    return out;
  }

  /** Parses and cleans each DUC text on its own, with the metadata the parser found. */
  public static Tally duc(List<DucText> texts) {
    PlainTextParser parser = new PlainTextParser();
    TextCleaner cleaner = new TextCleaner();
    Tally tally = new Tally();
    for (DucText t : texts) {
      ParsedText parsed = parser.parse(t.body());
      tally.add(cleaner.clean(parsed.blocks(), parsed.metadata()),
          words(TextNormalizer.normalizeParagraph(t.body())), parsed.blocks().size());
    }
    return tally;
  }

  /**
   * What a per-outlet memory removes as repeated: a first pass fills the memory, a second cleans,
   * as the pipeline does for file inputs.
   */
  public static Repeated ducWithMemory(List<DucText> texts) {
    PlainTextParser parser = new PlainTextParser();
    List<ParsedText> parsed = new ArrayList<>();
    long words = 0;
    BoilerplateMemory memory = new BoilerplateMemory();
    for (DucText t : texts) {
      ParsedText p = parser.parse(t.body());
      parsed.add(p);
      words += words(t.body());
      memory.observe(t.outlet(), p.blocks());
    }
    TextCleaner cleaner = new TextCleaner(memory);
    long removedWords = 0;
    Map<String, Integer> repeated = new TreeMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      ParsedText p = parsed.get(i);
      Cleaned c = cleaner.clean(p.blocks(), p.metadata().withOutlet(texts.get(i).outlet()));
      for (Removed r : c.removed()) {
        if (r.reason().equals("repeated")) {
          repeated.merge(r.text(), 1, Integer::sum);
          removedWords += words(r.text());
        }
      }
    }
    return new Repeated(words, removedWords, repeated);
  }

  /**
   * CPU milliseconds per 800-word article to parse and to clean the bodies, best of {@code rounds}
   * in the calling thread's CPU time (the machine may be shared, wall time is noise).
   *
   * @return {parse ms, clean ms}
   */
  public static double[] msPer800Words(List<String> bodies, int rounds) {
    PlainTextParser parser = new PlainTextParser();
    TextCleaner cleaner = new TextCleaner();
    List<ParsedText> parsed = new ArrayList<>();
    long words = 0;
    for (String b : bodies) {
      parsed.add(parser.parse(b));
      words += words(b);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long bestParse = Long.MAX_VALUE;
    long bestClean = Long.MAX_VALUE;
    long sink = 0;
    for (int round = 0; round < Math.max(1, rounds); round++) {
      long t0 = cpuNanos(mx);
      for (String b : bodies) {
        sink += parser.parse(b).blocks().size();
      }
      long t1 = cpuNanos(mx);
      for (ParsedText p : parsed) {
        sink += cleaner.clean(p.blocks(), p.metadata()).text().length();
      }
      long t2 = cpuNanos(mx);
      bestParse = Math.min(bestParse, t1 - t0);
      bestClean = Math.min(bestClean, t2 - t1);
    }
    double per = 800.0 / Math.max(1, words) / 1e6;
    blackhole = sink;
    return new double[] {bestParse * per, bestClean * per};
  }

  private static long cpuNanos(ThreadMXBean mx) {
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
  }
}

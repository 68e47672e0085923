package dev.quorum.clean;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers which short lines recur across the documents of one outlet (or of the whole corpus,
 * when the outlet is unknown), so the cleaner can drop a site's recurring labels and prompts that
 * no lexicon knows.
 *
 * <p>Only short non-sentence lines are counted: wire copies repeat whole real sentences across
 * outlets, and those must never become boilerplate. Each line counts once per document; lines are
 * keyed by a 64-bit hash of their lower-cased normalized text, and each outlet keeps at most
 * {@code maxLinesPerOutlet} keys (later new lines are not counted once it is full), so memory stays
 * bounded whatever the corpus size. Thread-safe.
 */
public final class BoilerplateMemory {

  /** Lines longer than this many words are never counted. */
  static final int MAX_WORDS = 12;

  private static final String ANY_OUTLET = "";

  private final int minDocuments;
  private final int maxLinesPerOutlet;
  private final int maxOutlets;
  private final ConcurrentHashMap<String, ConcurrentHashMap<Long, AtomicInteger>> counts =
      new ConcurrentHashMap<>();

  /**
   * @param minDocuments a line seen in at least this many documents of an outlet is boilerplate
   * @param maxLinesPerOutlet the most distinct lines remembered per outlet
   * @param maxOutlets the most outlets remembered; documents of further outlets count only for the
   *     corpus as a whole
   */
  public BoilerplateMemory(int minDocuments, int maxLinesPerOutlet, int maxOutlets) {
    if (minDocuments < 2) {
      throw new IllegalArgumentException("minDocuments must be at least 2, was " + minDocuments);
    }
    this.minDocuments = minDocuments;
    this.maxLinesPerOutlet = Math.max(1, maxLinesPerOutlet);
    this.maxOutlets = Math.max(1, maxOutlets);
  }

  /** A memory that takes a line seen in three documents of an outlet for boilerplate. */
  public BoilerplateMemory() {
    this(3, 20_000, 2_000);
  }

  /** Counts the candidate lines of one document's blocks (removed blocks included). */
  public void observe(String outlet, List<Block> blocks) {
    if (blocks == null) {
      return;
    }
    Set<Long> seen = new HashSet<>();
    for (Block b : blocks) {
      if (b == null) {
        continue;
      }
      for (String line : b.text().split("\n")) {
        String l = TextNormalizer.normalizeParagraph(line);
        if (candidate(l)) {
          seen.add(hash(l));
        }
      }
    }
    if (seen.isEmpty()) {
      return;
    }
    ConcurrentHashMap<Long, AtomicInteger> own = table(outlet);
    ConcurrentHashMap<Long, AtomicInteger> all = table(ANY_OUTLET);
    for (long h : seen) {
      count(own, h);
      if (own != all) {
        count(all, h);
      }
    }
  }

  /**
   * True when {@code line} (normalized) is a short non-sentence line that recurred in at least
   * {@code minDocuments} documents of {@code outlet}, or of the corpus when the outlet is null.
   */
  public boolean isRepeated(String outlet, String line) {
    if (!candidate(line)) {
      return false;
    }
    ConcurrentHashMap<Long, AtomicInteger> t = counts.get(key(outlet));
    if (t == null) {
      return false;
    }
    AtomicInteger c = t.get(hash(line));
    return c != null && c.get() >= minDocuments;
  }

  /** Number of documents of {@code outlet} in which the line was seen. */
  public int documents(String outlet, String line) {
    ConcurrentHashMap<Long, AtomicInteger> t = counts.get(key(outlet));
    AtomicInteger c = t == null ? null : t.get(hash(TextNormalizer.normalizeParagraph(line)));
    return c == null ? 0 : c.get();
  }

  /**
   * A line worth counting: not empty, at most {@link #MAX_WORDS} words, and not a real sentence
   * (it ends without terminal punctuation, or it has at most four words).
   */
  static boolean candidate(String line) {
    if (line == null || line.isEmpty() || line.length() > 160) {
      return false;
    }
    int w = LineFeatures.words(line, MAX_WORDS);
    return w <= MAX_WORDS && (!LineFeatures.endsSentence(line) || w <= 4);
  }

  private ConcurrentHashMap<Long, AtomicInteger> table(String outlet) {
    String k = key(outlet);
    ConcurrentHashMap<Long, AtomicInteger> t = counts.get(k);
    if (t != null) {
      return t;
    }
    if (counts.size() >= maxOutlets && !k.equals(ANY_OUTLET)) {
      return counts.computeIfAbsent(ANY_OUTLET, x -> new ConcurrentHashMap<>());
    }
    return counts.computeIfAbsent(k, x -> new ConcurrentHashMap<>());
  }

  private void count(ConcurrentHashMap<Long, AtomicInteger> t, long h) {
    AtomicInteger c = t.get(h);
    if (c == null) {
      if (t.size() >= maxLinesPerOutlet) {
        return;
      }
      c = t.computeIfAbsent(h, x -> new AtomicInteger());
    }
    c.incrementAndGet();
  }

  private static String key(String outlet) {
    return outlet == null ? ANY_OUTLET : outlet.strip().toLowerCase(Locale.ROOT);
  }

  /** FNV-1a 64 over the UTF-8 bytes of the lower-cased line. */
  static long hash(String line) {
    long h = 0xcbf29ce484222325L;
    for (byte b : line.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}

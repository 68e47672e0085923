package dev.quorum.bench.eval;

import dev.quorum.bench.copies.ScaleCorpus;
import dev.quorum.copies.CopyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores copy relations found on a {@link ScaleCorpus} stream against what it planted, in
 * primitive arrays so that scoring a million articles adds little to the heap being measured.
 *
 * <p>A found relation is right when both articles belong to the same family (a base and its
 * copies: two copies of one base really are copies of each other). A planted copy is found when a
 * relation links it to its own source directly.
 */
public final class ScaleScore {

  private static final CopyKind[] KINDS = CopyKind.values();

  private int[] family = new int[1 << 16];
  private int[] plantedCopy = new int[1 << 12];
  private int[] plantedSource = new int[1 << 12];
  private byte[] plantedKind = new byte[1 << 12];
  private int planted;
  private long[] found = new long[1 << 12];
  private int foundCount;
  private int articles;
  private final List<String> wrongExamples = new ArrayList<>();
  private double minRightNear = 1;
  private double maxWrong = 0;

  /** Records an article of the stream, in stream order. */
  public void article(ScaleCorpus.Item item) {
    int n = item.number();
    if (n >= family.length) {
      family = Arrays.copyOf(family, Math.max(n + 1, family.length * 2));
    }
    family[n] = item.source() < 0 ? n : family[item.source()];
    articles = Math.max(articles, n + 1);
    if (item.kind() != null) {
      if (planted == plantedCopy.length) {
        plantedCopy = Arrays.copyOf(plantedCopy, planted * 2);
        plantedSource = Arrays.copyOf(plantedSource, planted * 2);
        plantedKind = Arrays.copyOf(plantedKind, planted * 2);
      }
      plantedCopy[planted] = n;
      plantedSource[planted] = item.source();
      plantedKind[planted] = (byte) item.kind().ordinal();
      planted++;
    }
  }

  /** Records a found relation between articles {@code x} and {@code y} (stream numbers). */
  public void relation(int x, int y, CopyKind kind, double score) {
    if (foundCount == found.length) {
      found = Arrays.copyOf(found, foundCount * 2);
    }
    found[foundCount++] = key(Math.min(x, y), Math.max(x, y)) | kind.ordinal();
    boolean right = family[x] == family[y];
    if (right && kind == CopyKind.NEAR_DUPLICATE) {
      minRightNear = Math.min(minRightNear, score);
    }
    if (!right) {
      maxWrong = Math.max(maxWrong, score);
      if (wrongExamples.size() < 10) {
        wrongExamples.add(String.format(Locale.ROOT, "%d %s %d (score %.2f)", x, kind.label(), y,
            score));
      }
    }
  }

  private static long key(int lo, int hi) {
    return ((long) lo << 32) | ((long) hi << 2);
  }

  /** Scores of one kind; see {@link CopiesEval.KindScore}. */
  public record Kind(int planted, int found, int foundSameKind, int reported, int right) {
    public double recall() {
      return planted == 0 ? 1 : (double) found / planted;
    }

    public double precision() {
      return reported == 0 ? 1 : (double) right / reported;
    }
  }

  /**
   * The scores.
   *
   * @param minRightNear lowest score of a right near-duplicate relation
   * @param maxWrong highest score of a wrong relation (0 when none)
   */
  public record Result(int articles, int planted, int relations, int wrong,
      Map<CopyKind, Kind> kinds, List<String> wrongExamples, List<int[]> missed,
      double minRightNear, double maxWrong) {

    /** Share of right relations among all reported. */
    public double precision() {
      return relations == 0 ? 1 : (double) (relations - wrong) / relations;
    }
  }

  /** Scores what was recorded; kinds listed are {@code scored} (others may be left out). */
  public Result result(CopyKind... scored) {
    return result(0, Integer.MAX_VALUE, scored);
  }

  /**
   * Scores what was recorded, counting only the planted copies whose two articles both lie in
   * [{@code from}, {@code to}) (for a detector that saw only that window of the stream).
   */
  public Result result(int from, int to, CopyKind... scored) {
    long[] sorted = Arrays.copyOf(found, foundCount);
    Arrays.sort(sorted);
    int[][] counts = new int[KINDS.length][5];
    List<int[]> missed = new ArrayList<>();
    boolean[] wanted = new boolean[KINDS.length];
    for (CopyKind k : scored) {
      wanted[k.ordinal()] = true;
    }
    for (int i = 0; i < planted; i++) {
      int k = plantedKind[i];
      if (!wanted[k] || Math.min(plantedCopy[i], plantedSource[i]) < from
          || Math.max(plantedCopy[i], plantedSource[i]) >= to) {
        continue;
      }
      long want = key(Math.min(plantedCopy[i], plantedSource[i]),
          Math.max(plantedCopy[i], plantedSource[i]));
      int at = Arrays.binarySearch(sorted, want);
      if (at < 0) {
        at = -at - 1;
      }
      counts[k][0]++;
      if (at < sorted.length && (sorted[at] & ~3L) == want) {
        counts[k][1]++;
        if ((int) (sorted[at] & 3) == k) {
          counts[k][2]++;
        }
      } else if (missed.size() < 10) {
        missed.add(new int[] {plantedCopy[i], plantedSource[i], k});
      }
    }
    int wrong = 0;
    for (long f : sorted) {
      int lo = (int) (f >>> 32);
      int hi = (int) ((f & 0xFFFFFFFFL) >>> 2);
      int k = (int) (f & 3);
      counts[k][3]++;
      if (family[lo] == family[hi]) {
        counts[k][4]++;
      } else {
        wrong++;
      }
    }
    Map<CopyKind, Kind> kinds = new EnumMap<>(CopyKind.class);
    for (CopyKind k : scored) {
      int[] c = counts[k.ordinal()];
      kinds.put(k, new Kind(c[0], c[1], c[2], c[3], c[4]));
    }
    return new Result(articles, planted, foundCount, wrong, kinds, List.copyOf(wrongExamples),
        missed, minRightNear, maxWrong);
  }
}

package dev.quorum.copies;

import static org.assertj.core.api.Assertions.assertThat;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RewriteIndexTest {

  record Found(int article, int earlier, CopyKind kind, double score, int aligned) {}

  /** A sentence of 6 to 15 distinct content stems from a vocabulary of 3,000. */
  static long[] sentence(Random r) {
    int n = 6 + r.nextInt(10);
    return r.longs(n, 0, 3000).distinct().sorted().toArray();
  }

  static long[][] article(Random r, int sentences) {
    long[][] out = new long[sentences][];
    for (int i = 0; i < sentences; i++) {
      out[i] = sentence(r);
    }
    return out;
  }

  /** {@code base} with a share of each sentence's stems replaced and every fifth dropped. */
  static long[][] spin(long[][] base, double share, Random r) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < base.length; i++) {
      if (i % 5 == 4) {
        continue;
      }
      long[] s = base[i].clone();
      for (int k = 0; k < s.length; k++) {
        if (r.nextDouble() < share) {
          s[k] = 10_000 + r.nextInt(100_000);
        }
      }
      out.add(Arrays.stream(s).distinct().sorted().toArray());
    }
    return out.toArray(long[][]::new);
  }

  /** A corpus of 120 articles: 90 bases, 30 rewrites of some of them 1 to 20 articles later. */
  static List<long[][]> corpus(long seed, double share) {
    Random r = new Random(seed);
    List<long[][]> out = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      if (i >= 20 && i % 4 == 0) {
        out.add(spin(out.get(i - 1 - r.nextInt(20)), share, r));
      } else {
        out.add(article(r, 5 + r.nextInt(15)));
      }
    }
    return out;
  }

  static List<Found> run(List<long[][]> corpus, RewriteIndex.Options options) {
    RewriteIndex index = new RewriteIndex(options, null);
    List<Found> found = new ArrayList<>();
    for (long[][] a : corpus) {
      index.add(a, null, (x, y) -> false,
          (x, y, kind, score, links) -> found.add(new Found(x, y, kind, score, links.size())));
    }
    return found;
  }

  /** The former batch candidate search: all signatures, per band a map, pairs in a sorted set. */
  static TreeSet<Long> batchCandidates(List<long[][]> corpus) {
    SimilarityHashPolicy policy = SimilarityHashing.superMinHash(16, 16);
    SimilarityHasher hasher = policy.createHasher();
    List<byte[]> sigs = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      for (long[] s : corpus.get(i)) {
        if (s.length >= SentenceAligner.MIN_CONTENT_WORDS) {
          sigs.add(hasher.compute(ElementHashProvider.ofValues(s)));
          owner.add(i);
        }
      }
    }
    TreeSet<Long> sentencePairs = new TreeSet<>();
    for (int band = 0; band < 8; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < sigs.size(); i++) {
        long key = ((long) policy.getComponent(sigs.get(i), 2 * band) << 32)
            | (policy.getComponent(sigs.get(i), 2 * band + 1) & 0xFFFFFFFFL);
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> b : buckets.values()) {
        for (int x = 0; x < b.size(); x++) {
          for (int y = x + 1; y < b.size(); y++) {
            if (!owner.get(b.get(x)).equals(owner.get(b.get(y)))) {
              sentencePairs.add(((long) b.get(x) << 32) | b.get(y));
            }
          }
        }
      }
    }
    Map<Long, Integer> hits = new HashMap<>();
    for (long p : sentencePairs) {
      int a = owner.get((int) (p >>> 32));
      int b = owner.get((int) p);
      hits.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
    }
    TreeSet<Long> out = new TreeSet<>();
    hits.forEach((p, n) -> {
      if (n >= 2) {
        out.add(p);
      }
    });
    return out;
  }

  @Test
  void findsTheSameRelationsAsTheBatchSearch() {
    List<long[][]> corpus = corpus(11, 0.2);
    SentenceAligner aligner = new SentenceAligner(0.5);
    List<Found> expected = new ArrayList<>();
    for (long pair : batchCandidates(corpus)) {
      int x = (int) (pair >>> 32);
      int y = (int) pair;
      ArticleFeatures fx = ArticleFeatures.ofStems(corpus.get(x));
      ArticleFeatures fy = ArticleFeatures.ofStems(corpus.get(y));
      List<SentenceAligner.Link> links = aligner.alignInOrder(fx, fy);
      int shorter = Math.min(SentenceAligner.alignable(fx), SentenceAligner.alignable(fy));
      double coverage = (double) links.size() / shorter;
      if (links.size() >= 3 && coverage >= 0.5) {
        double mean = links.stream().mapToDouble(SentenceAligner.Link::similarity).average()
            .orElse(0);
        expected.add(new Found(y, x, mean >= 0.9 ? CopyKind.NEAR_DUPLICATE : CopyKind.REWRITE,
            Math.min(1, coverage), links.size()));
      }
    }
    expected.sort((p, q) -> p.article() != q.article()
        ? Integer.compare(p.article(), q.article()) : Integer.compare(p.earlier(), q.earlier()));
    List<Found> found = run(corpus, RewriteIndex.Options.DEFAULT);
    // the planted rewrites are found, and nothing but them or relations the batch search found
    assertThat(found).hasSizeGreaterThanOrEqualTo(25);
    assertThat(found).containsExactlyElementsOf(expected);
    for (Found f : found) {
      assertThat(f.article() % 4).isZero();
    }
  }

  @Test
  void theSameStreamGivesTheSameRelations() {
    List<long[][]> corpus = corpus(5, 0.3);
    List<Found> first = run(corpus, RewriteIndex.Options.DEFAULT);
    assertThat(first).isNotEmpty();
    assertThat(run(corpus, RewriteIndex.Options.DEFAULT)).isEqualTo(first);
  }

  @Test
  void aCopyOlderThanTheWindowIsNotFound() {
    Random r = new Random(3);
    long[][] base = article(r, 12);
    List<long[][]> corpus = new ArrayList<>();
    corpus.add(base);
    for (int i = 0; i < 9; i++) {
      corpus.add(article(r, 12));
    }
    corpus.add(spin(base, 0.15, r)); // article 10, 10 articles after its source
    RewriteIndex.Options d = RewriteIndex.Options.DEFAULT;
    assertThat(run(corpus, d.withWindow(11))).extracting(Found::article, Found::earlier)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 0));
    assertThat(run(corpus, d.withWindow(10))).isEmpty();
  }

  @Test
  void memoryDependsOnTheWindowNotTheStream() {
    Random r = new Random(9);
    RewriteIndex index = new RewriteIndex(RewriteIndex.Options.DEFAULT.withWindow(200), null);
    long at2k = 0;
    long max = 0;
    for (int i = 0; i < 20_000; i++) {
      index.add(article(r, 5 + r.nextInt(20)), null, (x, y) -> false, (x, y, k, s, l) -> {});
      if (i == 1_999) {
        at2k = index.bytes();
      }
      if (i >= 2_000) {
        max = Math.max(max, index.bytes());
      }
    }
    assertThat(index.inWindow(19_800)).isTrue();
    assertThat(index.inWindow(19_799)).isFalse();
    // ten times the stream, about the same memory (the ring and table sizes are powers of two)
    assertThat(max).isLessThan(at2k * 2);
  }

  @Test
  void partialQuotesDoNotMakeARewrite() {
    Random r = new Random(21);
    long[][] a = article(r, 12);
    long[][] b = article(r, 12);
    // two articles share two sentences (a quote) and nothing else
    b[3] = a[2].clone();
    b[7] = a[6].clone();
    List<Found> found = run(List.of(a, b), RewriteIndex.Options.DEFAULT);
    assertThat(found).isEmpty();
  }
}

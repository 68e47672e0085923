package dev.quorum.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quorum.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The sentence aligner's shortcuts give what the plain pairwise computations give. */
class SentenceAlignerProperties {

  /** Sentences with repeats, reorderings of one word set and partial overlaps. */
  private static final String[] POOL = {
      "The council voted to close the harbour bridge for two years.",
      "For two years the council voted to close the harbour bridge.",
      "Engineers found serious corrosion in the steel beams of the bridge.",
      "Engineers found corrosion in the old steel beams under the roadway.",
      "Commuters will use a ferry service or a long detour during repairs.",
      "Business owners warned that the closure would cut their trade by half.",
      "Owners of shops warned the closure could halve their trade.",
      "The mayor said safety had to come first for all residents.",
      "Work is expected to start in spring and cost forty million dollars.",
      "It rained.",
  };

  @Property(tries = 150)
  void equalSentencesFirstGivesTheGreedyAlignment(
      @ForAll @Size(min = 0, max = 14) List<@IntRange(min = 0, max = 9) Integer> a,
      @ForAll @Size(min = 0, max = 14) List<@IntRange(min = 0, max = 9) Integer> b,
      @ForAll @IntRange(min = 3, max = 8) int tenths) {
    ArticleFeatures x = ArticleFeatures.of(article("x", a));
    ArticleFeatures y = ArticleFeatures.of(article("y", b));
    SentenceAligner aligner = new SentenceAligner(tenths / 10.0);
    assertThat(aligner.alignAnyOrder(x, y)).isEqualTo(greedy(aligner.threshold(), x, y));
  }

  @Property(tries = 100)
  void theIndexedPairsAreThePairwiseDiceAboveTheThreshold(
      @ForAll @Size(min = 0, max = 14) List<@IntRange(min = 0, max = 9) Integer> a,
      @ForAll @Size(min = 0, max = 14) List<@IntRange(min = 0, max = 9) Integer> b,
      @ForAll @IntRange(min = 1, max = 9) int tenths) {
    ArticleFeatures x = ArticleFeatures.of(article("x", a));
    ArticleFeatures y = ArticleFeatures.of(article("y", b));
    List<SentenceAligner.Link> expected = new ArrayList<>();
    for (int i = 0; i < x.sentenceStems.length; i++) {
      for (int j = 0; j < y.sentenceStems.length; j++) {
        double sim = SentenceAligner.similarity(x.sentenceStems[i], y.sentenceStems[j]);
        if (sim >= tenths / 10.0) {
          expected.add(new SentenceAligner.Link(i, j, sim));
        }
      }
    }
    assertThat(SentenceAligner.links(x, y, tenths / 10.0)).isEqualTo(expected);
  }

  @Property(tries = 150)
  void theSparseChainIsAsGoodAsTheFullTable(
      @ForAll @Size(min = 0, max = 16) List<@IntRange(min = 0, max = 9) Integer> a,
      @ForAll @Size(min = 0, max = 16) List<@IntRange(min = 0, max = 9) Integer> b,
      @ForAll @IntRange(min = 2, max = 8) int tenths) {
    ArticleFeatures x = ArticleFeatures.of(article("x", a));
    ArticleFeatures y = ArticleFeatures.of(article("y", b));
    double threshold = tenths / 10.0;
    List<SentenceAligner.Link> chain = new SentenceAligner(threshold).alignInOrder(x, y);
    double total = 0;
    for (int k = 0; k < chain.size(); k++) {
      SentenceAligner.Link l = chain.get(k);
      assertThat(l.similarity()).isGreaterThanOrEqualTo(threshold)
          .isEqualTo(SentenceAligner.similarity(x.sentenceStems[l.a()], y.sentenceStems[l.b()]));
      if (k > 0) {
        assertThat(l.a()).isGreaterThan(chain.get(k - 1).a());
        assertThat(l.b()).isGreaterThan(chain.get(k - 1).b());
      }
      total += l.similarity() - threshold + 1e-9;
    }
    assertThat(total).isCloseTo(fullTable(threshold, x, y), within(1e-9));
  }

  /** The best summed margin of a monotone alignment, by the full n×m dynamic programme. */
  private static double fullTable(double threshold, ArticleFeatures x, ArticleFeatures y) {
    long[][] a = x.sentenceStems;
    long[][] b = y.sentenceStems;
    double[][] best = new double[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        double v = Math.max(best[i - 1][j], best[i][j - 1]);
        double sim = SentenceAligner.similarity(a[i - 1], b[j - 1]);
        if (sim >= threshold) {
          v = Math.max(v, best[i - 1][j - 1] + (sim - threshold) + 1e-9);
        }
        best[i][j] = v;
      }
    }
    return best[a.length][b.length];
  }

  private static Article article(String id, List<Integer> sentences) {
    String text = sentences.stream().map(i -> POOL[i]).collect(Collectors.joining("\n\n"));
    return CopyDetectorTest.article(id, "Headline " + id + "\n\n" + text);
  }

  /** The plain greedy pass over every sentence pair, best first, ties by position. */
  private static List<SentenceAligner.Link> greedy(double threshold, ArticleFeatures x,
      ArticleFeatures y) {
    long[][] a = x.sentenceStems;
    long[][] b = y.sentenceStems;
    List<SentenceAligner.Link> candidates = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        double sim = SentenceAligner.similarity(a[i], b[j]);
        if (sim >= threshold) {
          candidates.add(new SentenceAligner.Link(i, j, sim));
        }
      }
    }
    candidates.sort((p, q) -> {
      int c = Double.compare(q.similarity(), p.similarity());
      return c != 0 ? c : p.a() != q.a() ? Integer.compare(p.a(), q.a())
          : Integer.compare(p.b(), q.b());
    });
    boolean[] usedA = new boolean[a.length];
    boolean[] usedB = new boolean[b.length];
    List<SentenceAligner.Link> links = new ArrayList<>();
    for (SentenceAligner.Link l : candidates) {
      if (!usedA[l.a()] && !usedB[l.b()]) {
        usedA[l.a()] = true;
        usedB[l.b()] = true;
        links.add(l);
      }
    }
    links.sort((p, q) -> Integer.compare(p.a(), q.a()));
    return links;
  }
}

package dev.quorum.brief;

import dev.quorum.brief.Units.Unit;
import dev.quorum.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reference summarizers that {@link Summarizer} is measured against: the lead of the newest
 * article, and LexRank (Erkan and Radev 2004) over TF-IDF cosine with redundancy removal.
 */
public final class Baselines {

  private Baselines() {}

  /**
   * The first sentences of the most recently published article (latest id on ties) up to {@code
   * words}, the last one allowed to run past the budget.
   */
  public static List<String> lead(List<Article> articles, int words) {
    Article newest = articles.stream()
        .max(Comparator.comparing((Article a) -> a.metadata().published() == null ? ""
            : a.metadata().published()).thenComparing(Article::id))
        .orElse(null);
    List<String> out = new ArrayList<>();
    if (newest == null) {
      return out;
    }
    int used = 0;
    for (int i = 0; i < newest.sentences().size() && used < words; i++) {
      String s = newest.sentenceText(i);
      out.add(s);
      used += Units.countWords(s);
    }
    return out;
  }

  /**
   * LexRank: sentences that can stand alone, by centrality in the graph of TF-IDF cosine at least
   * 0.1, each skipped when its cosine to one already taken reaches 0.5, until {@code words} (the
   * last one allowed to run past the budget).
   */
  public static List<String> lexRank(List<Article> articles, int words) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    List<Unit> units = Units.of(sorted);
    TermVectors vectors = new TermVectors(units);
    double[] rank = vectors.lexRank(0.1, 0.85, 30);
    List<Unit> order = new ArrayList<>(units.stream().filter(u -> u.eligible).toList());
    order.sort(Comparator.comparingDouble((Unit u) -> -rank[u.index]).thenComparingInt(u -> u.index));
    List<Unit> taken = new ArrayList<>();
    int used = 0;
    for (Unit u : order) {
      if (used >= words) {
        break;
      }
      boolean redundant = false;
      for (Unit t : taken) {
        if (vectors.cosine(u.index, t.index) >= 0.5) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        taken.add(u);
        used += u.words;
      }
    }
    return taken.stream().map(u -> u.text).toList();
  }
}

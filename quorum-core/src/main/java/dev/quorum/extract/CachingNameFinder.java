package dev.quorum.extract;

import dev.quorum.model.Article;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;

/**
 * A name finder that remembers what another found in each article, so that the stages sharing it
 * (stories, entities, quotes, claims) tag every article once; it can tag a corpus in parallel.
 */
public final class CachingNameFinder implements NameFinder {

  private final NameFinder inner;
  private final Map<Article, List<NameMention>> cache =
      Collections.synchronizedMap(new IdentityHashMap<>());

  public CachingNameFinder(NameFinder inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  @Override
  public List<NameMention> find(Article article) {
    List<NameMention> found = cache.get(article);
    if (found == null) {
      found = List.copyOf(inner.find(article));
      cache.put(article, found);
    }
    return found;
  }

  /**
   * Tags {@code articles} on {@code threads} threads now; the inner finder must be thread-safe.
   * A failure in one article is left for {@link #find} to report when a stage asks for it.
   */
  public void prefetch(List<Article> articles, int threads) {
    if (threads <= 1 || articles.size() < 2) {
      articles.forEach(this::find);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quorum-names");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (Article a : articles) {
        jobs.add(pool.submit(() -> find(a)));
      }
      for (Future<?> f : jobs) {
        try {
          f.get();
        } catch (ExecutionException e) {
          // reported again, with its article, by the stage that needs it
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
  }
}

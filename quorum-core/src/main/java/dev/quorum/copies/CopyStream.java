package dev.quorum.copies;

import dev.quorum.model.Article;
import dev.quorum.text.embed.SentenceEmbedder;
import java.util.Arrays;

/**
 * All three copy stages over an endless stream of articles in bounded work per article: the
 * sketch-only {@link NearDuplicateIndex} for duplicates and near-duplicates, then the windowed
 * {@link RewriteIndex} for rewrites of the pairs the first stage did not relate.
 *
 * <p>Unlike {@link CopyDetector}, which holds its whole batch, this keeps no article: the
 * near-duplicate decision rests on the estimated containment, and rewrites are looked for only
 * among the last {@code window} articles. Not thread-safe.
 */
public final class CopyStream {

  /** Receives the relations of each added article to earlier ones, as they are found. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Article {@code article} (the one just added) copies the earlier article {@code earlier}.
     *
     * @param score 1 for a duplicate, estimated containment for a near-duplicate found by the
     *     sketches, aligned share of the shorter article for a rewrite
     */
    void accept(int article, int earlier, CopyKind kind, double score);
  }

  private final NearDuplicateIndex sketches;
  private final RewriteIndex rewrites;
  private int[] related = new int[16];
  private int nRelated;
  private long sketchNanos;
  private long rewriteNanos;

  /** A stream with the default options, a rewrite window of {@code window} articles. */
  public CopyStream(int window, int expected) {
    this(NearDuplicateIndex.Options.DEFAULT, RewriteIndex.Options.DEFAULT.withWindow(window),
        null, expected);
  }

  /** A stream; with an {@code embedder}, rewrite candidates that fall short get embeddings. */
  public CopyStream(NearDuplicateIndex.Options near, RewriteIndex.Options rewrite,
      SentenceEmbedder embedder, int expected) {
    this.sketches = new NearDuplicateIndex(near, expected);
    this.rewrites = new RewriteIndex(rewrite, embedder);
  }

  public NearDuplicateIndex sketches() {
    return sketches;
  }

  public RewriteIndex rewrites() {
    return rewrites;
  }

  /** Seconds spent in the duplicate and near-duplicate stage, feature extraction included. */
  public double sketchSeconds() {
    return sketchNanos / 1e9;
  }

  /** Seconds spent in the rewrite stage, embeddings included. */
  public double rewriteSeconds() {
    return rewriteNanos / 1e9;
  }

  /** Adds an article, reporting its relations to earlier ones; returns its article number. */
  public int add(Article article, Sink sink) {
    long t0 = System.nanoTime();
    ArticleFeatures f = ArticleFeatures.of(article);
    nRelated = 0;
    int id = sketches.add(f.words, (a, b, kind, score) -> {
      if (nRelated == related.length) {
        related = Arrays.copyOf(related, nRelated * 2);
      }
      related[nRelated++] = b;
      sink.accept(a, b, kind, score);
    });
    long t1 = System.nanoTime();
    rewrites.add(f.sentenceStems,
        rewritesNeedTexts() ? RewriteIndex.sentenceTexts(article) : null,
        (a, b) -> {
          for (int i = 0; i < nRelated; i++) {
            if (related[i] == b) {
              return true;
            }
          }
          return false;
        },
        (a, b, kind, score, links) -> sink.accept(a, b, kind, score));
    sketchNanos += t1 - t0;
    rewriteNanos += System.nanoTime() - t1;
    return id;
  }

  private boolean rewritesNeedTexts() {
    return rewrites.usesEmbeddings();
  }
}

package dev.quorum.text.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether two sentences state the same thing, from their embedding cosine and lexical
 * evidence ({@link PairFeatures}) weighed by a logistic model fitted on paraphrase pairs.
 *
 * <p>Thread-safe when its embedder is. Text that normalises to the same string is the same
 * statement without a model call.
 */
public final class SentenceMatcher {

  /**
   * The verdict on a pair.
   *
   * @param similarity the model's probability that the two state the same thing, in [0, 1]
   * @param same whether it reaches the fitted threshold
   */
  public record Match(double similarity, boolean same) {}

  private final SentenceEmbedder embedder;
  private final LogisticModel model;

  /** A matcher with the weights fitted on MSRP train ({@link MatcherWeights}). */
  public SentenceMatcher(SentenceEmbedder embedder) {
    this(embedder, MatcherWeights.MODEL);
  }

  /** A matcher with the given model over {@link PairFeatures#NAMES}. */
  public SentenceMatcher(SentenceEmbedder embedder, LogisticModel model) {
    if (!model.names().equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException("model features differ from PairFeatures.NAMES");
    }
    this.embedder = embedder;
    this.model = model;
  }

  /** The model this matcher uses. */
  public LogisticModel model() {
    return model;
  }

  /** Whether a and b state the same thing. */
  public Match match(String a, String b) {
    return match(List.of(new SentencePair(a, b))).get(0);
  }

  /** One verdict per pair, in order; all sentences are embedded in one batched call. */
  public List<Match> match(List<SentencePair> pairs) {
    List<double[]> features = features(embedder, pairs);
    List<Match> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      SentencePair p = pairs.get(i);
      if (EmbeddingCache.normalize(p.a()).equals(EmbeddingCache.normalize(p.b()))) {
        out.add(new Match(1.0, true));
        continue;
      }
      double prob = model.probability(features.get(i));
      out.add(new Match(prob, model.positive(prob)));
    }
    return out;
  }

  /** The feature vectors of the pairs, embedding every sentence once in one batched call. */
  public static List<double[]> features(SentenceEmbedder embedder, List<SentencePair> pairs) {
    List<String> sentences = new ArrayList<>(pairs.size() * 2);
    for (SentencePair p : pairs) {
      sentences.add(p.a());
      sentences.add(p.b());
    }
    float[][] v = embedder.embed(sentences);
    List<double[]> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      SentencePair p = pairs.get(i);
      double cos = SentenceEmbedder.cosine(v[2 * i], v[2 * i + 1]);
      out.add(PairFeatures.of(p.a(), p.b(), cos));
    }
    return out;
  }
}

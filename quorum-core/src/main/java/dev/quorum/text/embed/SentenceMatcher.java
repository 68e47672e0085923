package dev.quorum.text.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether two sentences state the same thing, from embedding evidence (sentence cosine,
 * token-level soft alignment) and lexical evidence ({@link PairFeatures}) weighed by a small
 * neural model fitted on paraphrase pairs.
 *
 * <p>Thread-safe when its embedder is. Text that normalises to the same string is the same
 * statement without a model call.
 *
 * <p>Numbers: by default ({@link NumberRule#LEARNED}) a figure one sentence has and the other
 * lacks lowers the similarity through the fitted weights but does not decide alone, as in the
 * paraphrase corpus the weights are fitted on, where restated or rounded figures are common. A
 * caller for whom two different figures must never count as the same statement (corroborating a
 * toll, a price) uses {@link NumberRule#VETO}: a pair in which each sentence has a number the
 * other lacks is then never the same, whatever the model says.
 */
public final class SentenceMatcher {

  /**
   * The verdict on a pair.
   *
   * @param similarity the model's probability that the two state the same thing, in [0, 1]
   * @param same whether it reaches the fitted threshold (and is not vetoed)
   */
  public record Match(double similarity, boolean same) {}

  /** What conflicting numbers do to the verdict. */
  public enum NumberRule {
    /** Only through the fitted weights (the default). */
    LEARNED,
    /** Each side holding a number the other lacks makes the pair not the same. */
    VETO
  }

  private static final int CONFLICT = PairFeatures.NAMES.indexOf("numbersConflict");

  private final SentenceEmbedder embedder;
  private final PairModel model;
  private final NumberRule numberRule;

  /** A matcher with the shipped model ({@link MatcherWeights}) and learned number handling. */
  public SentenceMatcher(SentenceEmbedder embedder) {
    this(embedder, NumberRule.LEARNED);
  }

  /**
   * A matcher with the shipped model fitted on the vectors of the embedder's model ({@link
   * MatcherWeights} for float, {@link MatcherWeightsQuantized} for quantized) and the given number
   * rule.
   */
  public SentenceMatcher(SentenceEmbedder embedder, NumberRule numberRule) {
    this(embedder, defaultModel(embedder.options().model()), numberRule);
  }

  /** A matcher with the given model over {@link PairFeatures#NAMES} and number rule. */
  public SentenceMatcher(SentenceEmbedder embedder, PairModel model, NumberRule numberRule) {
    if (!model.names().equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException("model features differ from PairFeatures.NAMES");
    }
    this.embedder = embedder;
    this.model = model;
    this.numberRule = numberRule;
  }

  /**
   * The model shipped with Quorum for the default (float) embeddings, fitted on MSRP train by
   * {@link MatcherTraining}.
   */
  public static PairModel defaultModel() {
    return MatcherWeights.MODEL;
  }

  /** The shipped model fitted on the vectors of the given embedding model. */
  public static PairModel defaultModel(SentenceEmbedder.Model embedding) {
    return embedding == SentenceEmbedder.Model.FLOAT
        ? MatcherWeights.MODEL : MatcherWeightsQuantized.MODEL;
  }

  /** The shipped model; the same for every rule (the veto is applied on top of it). */
  public static PairModel defaultModel(NumberRule rule) {
    return defaultModel();
  }

  /** Whether the rule overrides a positive verdict for a pair with these features. */
  public static boolean vetoed(NumberRule rule, double[] features) {
    return rule == NumberRule.VETO && features[CONFLICT] > 0;
  }

  /** The model this matcher uses. */
  public PairModel model() {
    return model;
  }

  /** The number rule this matcher applies. */
  public NumberRule numberRule() {
    return numberRule;
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
      double[] f = features.get(i);
      double prob = model.probability(f);
      out.add(new Match(prob, model.positive(prob) && !vetoed(numberRule, f)));
    }
    return out;
  }

  /** Pairs embedded per model pass, bounding the memory held by word-piece vectors. */
  private static final int CHUNK = 512;

  /** The feature vectors of the pairs, embedding the sentences in batched calls of CHUNK pairs. */
  public static List<double[]> features(SentenceEmbedder embedder, List<SentencePair> pairs) {
    List<double[]> out = new ArrayList<>(pairs.size());
    for (int from = 0; from < pairs.size(); from += CHUNK) {
      List<SentencePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
      List<String> sentences = new ArrayList<>(chunk.size() * 2);
      for (SentencePair p : chunk) {
        sentences.add(p.a());
        sentences.add(p.b());
      }
      List<SentenceEmbedder.TokenEmbedding> v = embedder.embedTokens(sentences);
      for (int i = 0; i < chunk.size(); i++) {
        SentencePair p = chunk.get(i);
        SentenceEmbedder.TokenEmbedding ea = v.get(2 * i);
        SentenceEmbedder.TokenEmbedding eb = v.get(2 * i + 1);
        out.add(PairFeatures.of(p.a(), p.b(), ea, eb));
      }
    }
    return out;
  }
}

package dev.quorum.text.embed;

import java.util.List;

/** A fitted model that turns a pair's feature vector into the probability that the pair is the same. */
public interface PairModel {

  /** The feature names the model expects, in vector order. */
  List<String> names();

  /** The probability that the pair with these features is positive. */
  double probability(double[] features);

  /** Whether the probability reaches the model's decision threshold. */
  boolean positive(double probability);
}

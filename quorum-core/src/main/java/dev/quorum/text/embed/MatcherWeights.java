package dev.quorum.text.embed;

import java.util.List;

/** Placeholder weights; replaced by {@link MatcherTraining}. */
final class MatcherWeights {

  private MatcherWeights() {}

  static final LogisticModel MODEL =
      new LogisticModel(
          List.of("cosine", "cosineSquared", "wordDice", "stemDice", "bigramDice", "minCoverage", "maxCoverage", "numbersDiffer", "unmatchedNumbers", "unmatchedNames", "negationDiffers", "lengthRatio", "lengthGap"),
          new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
          new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
          new double[] {1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
          0.0,
          0.5);
}

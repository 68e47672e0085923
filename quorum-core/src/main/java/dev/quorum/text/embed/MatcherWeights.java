package dev.quorum.text.embed;

import java.util.List;

/** Placeholder until {@link MatcherTraining} regenerates it. */
final class MatcherWeights {

  private MatcherWeights() {}

  static final MlpModel MODEL =
      new MlpModel(
          List.of("cosine", "cosineSquared", "wordDice", "stemDice", "bigramDice", "minCoverage", "maxCoverage", "numbersDiffer", "unmatchedNumbers", "unmatchedNames", "negationDiffers", "lengthRatio", "lengthGap", "ngram1", "ngram2", "ngram3", "ngram4", "editDistance", "commonSubsequence", "unmatchedContent", "cosineTimesStemDice", "alignF", "alignMin", "weakestToken", "contentAlignMin", "weakestContent", "poorlyAligned", "numbersConflict", "contentCosine", "idfDice", "idfMinCoverage", "idfMaxCoverage", "idfUnmatched", "numbersEqual", "numbersSubset", "charGramDice", "alignMax", "idfAlignMin", "idfAlignF"),
          new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
          new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
          new double[][] {{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}},
          new double[] {0.0},
          new double[] {0.0},
          0.0,
          0.5);
}

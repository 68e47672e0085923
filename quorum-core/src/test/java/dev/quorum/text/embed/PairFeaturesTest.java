package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

  private static final SentenceEmbedder.TokenEmbedding NONE =
      new SentenceEmbedder.TokenEmbedding(new float[] {1f}, new float[0][], List.of(), new int[0]);

  private static double[] lexical(String a, String b) {
    return PairFeatures.of(a, b, NONE, NONE);
  }

  private static double feature(double[] f, String name) {
    return f[PairFeatures.NAMES.indexOf(name)];
  }

  @Test
  void differingNumbersAreFlagged() {
    double[] f = lexical("Prices rose 3.5% to $1,200.", "Prices rose 4.5% to $1,200.");
    assertThat(feature(f, "numbersDiffer")).isEqualTo(1);
    assertThat(feature(f, "unmatchedNumbers")).isEqualTo(0.5);
    double[] g = lexical("Prices rose 3.5% to $1,200.", "Prices climbed 3.5% to $1200.");
    assertThat(feature(g, "numbersDiffer")).isZero();
  }

  @Test
  void numberAgreementIsGraded() {
    double[] equal = lexical("Sales rose 5% to 300 units.", "Sales climbed 5% to 300 units.");
    assertThat(feature(equal, "numbersEqual")).isEqualTo(1);
    assertThat(feature(equal, "numbersConflict")).isZero();
    double[] subset = lexical("Sales rose 5% to 300 units.", "Sales rose to 300 units.");
    assertThat(feature(subset, "numbersSubset")).isEqualTo(1);
    assertThat(feature(subset, "numbersConflict")).isZero();
    double[] conflict = lexical("Sales rose 5% to 300 units.", "Sales rose 7% to 300 units.");
    assertThat(feature(conflict, "numbersConflict")).isEqualTo(1);
    assertThat(feature(conflict, "numbersEqual") + feature(conflict, "numbersSubset")).isZero();
  }

  @Test
  void rareSharedWordsWeighMoreThanCommonOnes() {
    // the same number of shared content words, but a rare one versus a common one
    double rare = feature(lexical("The earthquake hit the city.", "The earthquake struck the town."),
        "idfDice");
    double common = feature(lexical("The people hit the city.", "The people struck the town."),
        "idfDice");
    assertThat(WordIdf.shipped().idf("earthquake")).isGreaterThan(WordIdf.shipped().idf("people"));
    assertThat(rare).isGreaterThan(common);
    assertThat(feature(lexical("The river burst its banks.", "The river burst its banks."),
        "idfDice")).isEqualTo(1.0);
  }

  @Test
  void spelledNumbersAgreeWithDigits() {
    assertThat(feature(lexical("Three people died.", "3 people were killed."), "numbersDiffer"))
        .isZero();
  }

  @Test
  void namesMissingFromTheOtherSentenceCount() {
    double[] f = lexical("The talks in Geneva ended.", "The talks in Vienna ended.");
    assertThat(feature(f, "unmatchedNames")).isEqualTo(1.0);
    assertThat(feature(lexical("The talks in Geneva ended.", "Talks ended in Geneva."),
        "unmatchedNames")).isZero();
  }

  @Test
  void identicalSentencesOverlapFully() {
    double[] f = lexical("The river burst its banks.", "The river burst its banks.");
    for (String n : List.of("wordDice", "stemDice", "bigramDice", "minCoverage", "ngram4",
        "commonSubsequence", "lengthRatio")) {
      assertThat(feature(f, n)).as(n).isEqualTo(1.0);
    }
    assertThat(feature(f, "editDistance")).isZero();
  }

  @Test
  void negationDifferenceIsFlagged() {
    assertThat(feature(lexical("He will attend.", "He will not attend."), "negationDiffers"))
        .isEqualTo(1);
    assertThat(feature(lexical("He won't attend.", "He will not attend."), "negationDiffers"))
        .isZero();
  }

  @Test
  void stemmerJoinsSimpleInflections() {
    assertThat(PairFeatures.stem("cities")).isEqualTo(PairFeatures.stem("city"));
    assertThat(PairFeatures.stem("talks")).isEqualTo(PairFeatures.stem("talk"));
  }

  @Property(tries = 200)
  void featuresAreFiniteAndSymmetricInOverlap(@ForAll String a, @ForAll String b) {
    double[] ab = lexical(a, b);
    double[] ba = lexical(b, a);
    assertThat(ab).hasSize(PairFeatures.NAMES.size());
    for (double v : ab) {
      assertThat(Double.isFinite(v)).isTrue();
    }
    assertThat(feature(ab, "wordDice")).isEqualTo(feature(ba, "wordDice"));
    assertThat(feature(ab, "numbersDiffer")).isEqualTo(feature(ba, "numbersDiffer"));
  }
}

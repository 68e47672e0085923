package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceMatcherTest {

  private static SentenceEmbedder embedder;
  private static SentenceMatcher matcher;

  @BeforeAll
  static void open() {
    embedder = SentenceEmbedder.open();
    matcher = new SentenceMatcher(embedder);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void rewordedStatementIsTheSame() {
    SentenceMatcher.Match m = matcher.match(
        "The company said on Monday that it would cut 300 jobs at its plant in the north.",
        "The company announced Monday it will eliminate 300 jobs at its northern plant.");
    assertThat(m.same()).isTrue();
  }

  @Test
  void differentNumbersLowerTheSimilarityAndTheVetoRulesThemOut() {
    String a = "The company said on Monday that it would cut 300 jobs at its plant.";
    SentenceMatcher.Match same = matcher.match(a, "The company said Monday it would cut 300 jobs at the plant.");
    String other = "The company said Monday it would cut 1,200 jobs at the plant.";
    SentenceMatcher.Match differ = matcher.match(a, other);
    assertThat(same.same()).isTrue();
    assertThat(differ.similarity()).isLessThan(same.similarity());
    SentenceMatcher veto = new SentenceMatcher(embedder, SentenceMatcher.NumberRule.VETO);
    assertThat(veto.match(a, other).same()).isFalse();
    assertThat(veto.match(a, other).similarity()).isEqualTo(differ.similarity());
  }

  @Test
  void theDefaultMatcherLearnsNumbersAndShipsItsModel() {
    assertThat(matcher.numberRule()).isEqualTo(SentenceMatcher.NumberRule.LEARNED);
    assertThat(matcher.model()).isSameAs(SentenceMatcher.defaultModel());
    assertThat(matcher.model().names()).isEqualTo(PairFeatures.NAMES);
  }

  @Test
  void aMatcherOverQuantizedVectorsUsesTheWeightsFittedOnThem() {
    try (SentenceEmbedder fast = SentenceEmbedder.open(SentenceEmbedder.Options.fastExact())) {
      SentenceMatcher m = new SentenceMatcher(fast);
      assertThat(m.model()).isSameAs(SentenceMatcher.defaultModel(SentenceEmbedder.Model.QUANTIZED));
      assertThat(m.model()).isNotSameAs(SentenceMatcher.defaultModel());
      assertThat(m.match(
          "The company said on Monday that it would cut 300 jobs at its plant in the north.",
          "The company announced Monday it will eliminate 300 jobs at its northern plant.").same())
          .isTrue();
      assertThat(m.match(
          "Heavy rain flooded several streets in the old town overnight.",
          "The central bank left interest rates unchanged on Thursday.").same()).isFalse();
    }
  }

  @Test
  void unrelatedSentencesAreNotTheSame() {
    assertThat(matcher.match(
        "Heavy rain flooded several streets in the old town overnight.",
        "The central bank left interest rates unchanged on Thursday.").same()).isFalse();
  }

  @Test
  void extraInformationLowersTheSimilarity() {
    double plain = matcher.match(
        "Police arrested two men after the robbery.",
        "Two men were arrested by police after the robbery.").similarity();
    double extra = matcher.match(
        "Police arrested two men after the robbery.",
        "Two men were arrested by police after the robbery, and a third is being sought by "
            + "detectives who believe he drove the getaway car.").similarity();
    assertThat(extra).isLessThan(plain);
  }

  @Test
  void identicalTextIsTheSameWithoutDoubt() {
    assertThat(matcher.match("A short statement.", " A short  statement. "))
        .isEqualTo(new SentenceMatcher.Match(1.0, true));
  }

  @Test
  void batchedFormAgreesWithSingleCallsAndKeepsOrder() {
    List<SentencePair> pairs = List.of(
        new SentencePair("Police arrested two men after the robbery.",
            "Two men were arrested by police after the robbery."),
        new SentencePair("Heavy rain flooded several streets overnight.",
            "The minister resigned on Friday."),
        new SentencePair(null, "Something."));
    List<SentenceMatcher.Match> all = matcher.match(pairs);
    assertThat(all).hasSize(3);
    assertThat(all.get(0).same()).isEqualTo(matcher.match(pairs.get(0).a(), pairs.get(0).b()).same());
    assertThat(all.get(1).same()).isFalse();
    assertThat(all.get(2).similarity()).isBetween(0.0, 1.0);
  }

  @Test
  void similarityIsAProbabilityAndSymmetricInVerdict() {
    String a = "Officials said the bridge would reopen next week.";
    String b = "The bridge will reopen next week, according to officials.";
    SentenceMatcher.Match ab = matcher.match(a, b);
    SentenceMatcher.Match ba = matcher.match(b, a);
    assertThat(ab.similarity()).isBetween(0.0, 1.0);
    assertThat(ab.similarity()).isCloseTo(ba.similarity(), org.assertj.core.data.Offset.offset(1e-3));
  }
}

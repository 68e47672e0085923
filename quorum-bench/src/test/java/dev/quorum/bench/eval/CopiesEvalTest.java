package dev.quorum.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.bench.copies.PlantedCopy;
import dev.quorum.bench.copies.PlantedCorpus;
import dev.quorum.copies.CopyKind;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.model.Article;
import dev.quorum.model.Metadata;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import dev.quorum.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring of a copy report against what was planted, on a hand-made corpus. */
class CopiesEvalTest {

  private static Article article(String id) {
    return new Article(id, Source.file(id), Metadata.EMPTY, "eng", "x", List.of(), List.of(),
        List.of());
  }

  private static CopyRelation rel(String a, String b, CopyKind kind) {
    return new CopyRelation(a, b, kind, 0.9, List.of(), 1, 1, null);
  }

  // bases A, B, C, D; A~1 duplicate of A, A~2 rewrite of A, B~1 near-duplicate of B
  // C and D are a natural copy pair
  private static final PlantedCorpus CORPUS = new PlantedCorpus(
      List.of(article("A"), article("B"), article("C"), article("D"), article("A~1"),
          article("A~2"), article("B~1")),
      List.of("A", "B", "C", "D"),
      List.of(new PlantedCopy("A~1", "A", CopyKind.DUPLICATE),
          new PlantedCopy("A~2", "A", CopyKind.REWRITE),
          new PlantedCopy("B~1", "B", CopyKind.NEAR_DUPLICATE)));

  private static final CopyReport NATURAL = new CopyReport(
      List.of(rel("D", "C", CopyKind.NEAR_DUPLICATE)), List.of());

  @Test
  void scoresRecallPrecisionConfusionAndPurity() {
    CopyReport report = new CopyReport(
        List.of(rel("A~1", "A", CopyKind.DUPLICATE),
            rel("A~2", "A", CopyKind.NEAR_DUPLICATE), // found, wrong kind
            rel("A~2", "A~1", CopyKind.REWRITE), // siblings: right
            rel("D", "C", CopyKind.NEAR_DUPLICATE), // natural
            rel("B~1", "C", CopyKind.NEAR_DUPLICATE)), // wrong; B~1 of B is missed
        List.of(new Origin("A", List.of("A", "A~1", "A~2")),
            new Origin("B", List.of("B")),
            new Origin("B~1", List.of("B~1", "C", "D"))));
    CopiesEval.Result r = CopiesEval.score(CORPUS, NATURAL, report);
    assertThat(r.relations()).isEqualTo(5);
    assertThat(r.correct()).isEqualTo(3);
    assertThat(r.naturalRelations()).isEqualTo(1);
    assertThat(r.falsePositives()).extracting(CopyRelation::a).containsExactly("B~1");
    assertThat(r.misses()).extracting(PlantedCopy::copy).containsExactly("B~1");
    assertThat(r.precision()).isEqualTo(3.0 / 4);
    assertThat(r.precisionNaturalAsErrors()).isEqualTo(3.0 / 5);
    // C and D share no sentences here, so their natural copy is unverified
    assertThat(r.verifiedNatural()).isEmpty();
    assertThat(r.unverifiedRelations()).isEqualTo(1);
    assertThat(r.precisionVerified()).isEqualTo(3.0 / 5);
    assertThat(r.recall()).isEqualTo(2.0 / 3);
    assertThat(r.kinds().get(CopyKind.REWRITE).recall()).isEqualTo(1.0);
    assertThat(r.kinds().get(CopyKind.REWRITE).foundSameKind()).isZero();
    assertThat(r.kinds().get(CopyKind.NEAR_DUPLICATE).recall()).isZero();
    assertThat(r.kinds().get(CopyKind.NEAR_DUPLICATE).precision()).isEqualTo(1.0 / 2);
    assertThat(r.confusion().get(CopyKind.REWRITE)).isEqualTo(Map.of("near-duplicate", 1));
    assertThat(r.confusion().get(CopyKind.NEAR_DUPLICATE)).isEqualTo(Map.of("missed", 1));
    // origin B~1,C,D: families {B}, {C,D}: majority 2 of 3; others pure
    assertThat(r.purity()).isEqualTo(6.0 / 7);
    // family A whole in one origin, family B split over two
    assertThat(r.completeness()).isEqualTo(1.0 / 2);
  }

  private static Article withSentences(String id, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new java.util.ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      out.add(new Sentence(new Span(text.length(), text.length() + s.length()), List.of()));
      text.append(s);
    }
    return new Article(id, Source.file(id), Metadata.EMPTY, "eng", text.toString(),
        List.of(new Span(0, text.length())), out, List.of());
  }

  @Test
  void sharedSentencesCountLongIdenticalSentencesOnly() {
    String s1 = "The council voted on Monday to close the old bridge for repairs.";
    String s2 = "Engineers found cracks in two of its supports during an inspection in May.";
    Article a = withSentences("a", s1, s2, "Short one here.");
    Article b = withSentences("b", s1.toUpperCase(java.util.Locale.ROOT), "Short one here.",
        s2.replace("May", "June"));
    Article c = withSentences("c", s1, s2);
    assertThat(CopiesEval.sharedSentences(a, b)).isEqualTo(1);
    assertThat(CopiesEval.sharedSentences(a, c)).isEqualTo(2);
    CopiesEval.Result r = CopiesEval.score(
        new PlantedCorpus(List.of(a, c), List.of("a", "c"), List.of()),
        new CopyReport(List.of(rel("c", "a", CopyKind.DUPLICATE)), List.of()),
        new CopyReport(List.of(rel("c", "a", CopyKind.DUPLICATE)),
            List.of(new Origin("a", List.of("a", "c")))));
    assertThat(r.verifiedNatural()).hasSize(1);
    assertThat(r.unverifiedRelations()).isZero();
    assertThat(r.precisionVerified()).isEqualTo(1.0);
  }

  @Test
  void aPerfectReportScoresOne() {
    CopyReport report = new CopyReport(
        List.of(rel("A~1", "A", CopyKind.DUPLICATE), rel("A~2", "A", CopyKind.REWRITE),
            rel("B~1", "B", CopyKind.NEAR_DUPLICATE)),
        List.of(new Origin("A", List.of("A", "A~1", "A~2")), new Origin("B", List.of("B", "B~1")),
            new Origin("C", List.of("C")), new Origin("D", List.of("D"))));
    CopiesEval.Result r = CopiesEval.score(CORPUS, NATURAL, report);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.purity()).isEqualTo(1.0);
    assertThat(r.completeness()).isEqualTo(1.0);
    assertThat(r.falsePositives()).isEmpty();
  }
}

package dev.quorum.copies;

import static dev.quorum.copies.CopyDetectorTest.WIRE;
import static dev.quorum.copies.CopyDetectorTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.text.embed.SentenceEmbedder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Embedding re-alignment of rewrite candidates that fall short lexically. */
class RewriteEmbeddingTest {

  static SentenceEmbedder embedder;

  @BeforeAll
  static void open() {
    embedder = SentenceEmbedder.open(SentenceEmbedder.Options.defaults().withWorkers(1));
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  /** WIRE reworded hard: only two of its six sentences keep a content-word Dice of 0.5. */
  static final String SPUN = String.join("\n\n",
      "On Tuesday the municipal council decided to shut the aging harbour bridge for a minimum of"
          + " two years as engineers reconstruct its decaying supports.",
      "The decision came after a study discovered severe rust in the steel beams that hold the"
          + " road over the river.",
      "During the repairs, travellers must take a ferry or a lengthy diversion through the"
          + " industrial area.",
      "Owners of shops close to the bridge cautioned that the shutdown would halve their trade"
          + " and requested compensation from the council.",
      "The city had no option, the mayor stated, since the safety of residents had to come"
          + " first.",
      "Construction of the fresh supports should begin in spring and run to roughly forty"
          + " million.");

  /** The same event reported independently: other facts, other order, other words. */
  static final String INDEPENDENT = String.join("\n\n",
      "Drivers face months of disruption after councillors approved a plan to shut the harbour"
          + " crossing.",
      "An inspection last autumn showed that water had eaten into the metal frame beneath the"
          + " deck, the transport office said.",
      "The ferry company plans to double its timetable and to cut fares for regular passengers.",
      "Shopkeepers in the old town are collecting signatures for a petition against the plan.",
      "Opposition members said a temporary crossing should have been built first.",
      "The contract for the repairs will be tendered in the coming weeks.");

  @Test
  void aHardRewriteIsFoundOnlyWithEmbeddings() {
    List<dev.quorum.model.Article> corpus =
        List.of(article("wire", WIRE, "2023-03-07"), article("spun", SPUN, "2023-03-08"));
    CopyDetector lexical = new CopyDetector();
    assertThat(lexical.detect(corpus).copies()).isEmpty();
    CopyDetector embedded = new CopyDetector(CopyDetector.Options.DEFAULT, embedder);
    CopyReport report = embedded.detect(corpus);
    assertThat(report.copies()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(CopyKind.REWRITE);
      assertThat(r.a()).isEqualTo("spun");
      assertThat(r.b()).isEqualTo("wire");
      assertThat(r.aligned()).hasSizeGreaterThanOrEqualTo(3);
    });
    assertThat(embedded.lastRewriteStats()[1]).isEqualTo(1);
  }

  @Test
  void twoOutletsQuotingOneSpeechStayIndependentWithEmbeddings() {
    CopyReport report = new CopyDetector(CopyDetector.Options.DEFAULT, embedder)
        .detect(List.of(article("x", CopyDetectorTest.QUOTING_FIRST),
            article("y", CopyDetectorTest.QUOTING_SECOND)));
    assertThat(report.copies()).isEmpty();
    assertThat(report.origins()).hasSize(2);
  }

  @Test
  void anIndependentReportOfTheSameEventStaysIndependent() {
    CopyReport report = new CopyDetector(CopyDetector.Options.DEFAULT, embedder).detect(
        List.of(article("wire", WIRE, "2023-03-07"), article("other", INDEPENDENT, "2023-03-07"),
            article("spun", SPUN, "2023-03-08")));
    assertThat(report.copies()).extracting(CopyRelation::a, CopyRelation::b)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("spun", "wire"));
    assertThat(report.origins()).hasSize(2);
  }
}

package dev.quorum.copies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

  static final ArticlePipeline PIPELINE = Pipelines.standard();

  static Article article(String id, String text) {
    return article(id, text, null);
  }

  static Article article(String id, String text, String published) {
    return PIPELINE.process(new RawDocument(id, Source.file(id + ".txt"), "text", MediaType.TEXT,
        text, new Metadata(null, null, null, null, published, null)));
  }

  static final String WIRE = String.join("\n\n",
      "The city council voted on Tuesday to close the old harbour bridge for at least two years while"
          + " engineers rebuild its crumbling supports.",
      "The decision followed a report that found serious corrosion in the steel beams that carry the"
          + " roadway over the river.",
      "Commuters will have to use a ferry service or a long detour through the industrial district"
          + " during the repairs.",
      "Business owners near the bridge warned that the closure would cut their trade by half and"
          + " asked the council for compensation.",
      "The mayor said the city had no choice because the safety of residents had to come first.",
      "Work on the new supports is expected to start in the spring and to cost about forty million"
          + " dollars.");

  @Test
  void theSeedRewriteIsFoundAndNothingElse() throws IOException {
    List<Article> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "bakhmut"))) {
      for (Path f : files.sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        seeds.add(article(id, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    CopyReport report = new CopyDetector().detect(seeds);
    assertThat(report.copies()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(CopyKind.REWRITE);
      assertThat(Set.of(r.a().substring(0, 3), r.b().substring(0, 3))).containsOnly("002", "004");
      assertThat(r.aligned()).hasSizeGreaterThanOrEqualTo(8);
    });
    assertThat(report.origins()).hasSize(4);
  }

  @Test
  void exactCopiesAreDuplicatesAndTheEarlierIsTheSource() {
    Article a = article("late", WIRE, "2023-03-08");
    Article b = article("early", WIRE.toUpperCase(), "2023-03-07");
    CopyReport report = new CopyDetector().detect(List.of(a, b));
    assertThat(report.copies()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(CopyKind.DUPLICATE);
      assertThat(r.a()).isEqualTo("late");
      assertThat(r.b()).isEqualTo("early");
      assertThat(r.sourceEvidence()).isEqualTo("published earlier");
      assertThat(r.aligned()).hasSize(6);
    });
    assertThat(report.origins()).singleElement()
        .satisfies(o -> assertThat(o.articles()).containsExactly("early", "late"));
  }

  @Test
  void editedWireCopiesAreNearDuplicates() {
    String[] paragraphs = WIRE.split("\n\n");
    String trimmed = "Harbour bridge to close for two years\n\n"
        + String.join("\n\n", List.of(paragraphs).subList(0, 5)).replace("Tuesday", "Monday")
        + "\n\nAdvertisement\n\nShare this article";
    CopyReport report =
        new CopyDetector().detect(List.of(article("wire", WIRE), article("paper", trimmed)));
    assertThat(report.copies()).singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(CopyKind.NEAR_DUPLICATE));
  }

  /** One speech quoted by two outlets in otherwise different reports. */
  static final String QUOTE = "“We will not abandon the people who depend on this bridge every"
      + " day,” the mayor said at a packed meeting on Tuesday evening.";

  static final String QUOTING_FIRST = String.join("\n\n", QUOTE,
      "The harbour bridge has carried traffic across the river since the nineteen thirties and"
          + " was last repaired two decades ago.",
      "Engineers found deep corrosion in several beams during a routine inspection in the"
          + " autumn, according to the city transport office.",
      "Local shop owners fear that customers will stay away while the crossing is shut.");

  static final String QUOTING_SECOND = String.join("\n\n",
      "Opposition councillors criticised the plan, arguing that a temporary bridge should be"
          + " built before any closure begins.",
      QUOTE,
      "A petition against the closure has gathered more than eight thousand signatures in a"
          + " week, organisers said.",
      "The ferry operator said it could add two boats an hour during the morning rush.");

  @Test
  void sharingOneQuoteDoesNotMakeACopy() {
    CopyReport report = new CopyDetector()
        .detect(List.of(article("x", QUOTING_FIRST), article("y", QUOTING_SECOND)));
    assertThat(report.copies()).isEmpty();
    assertThat(report.origins()).hasSize(2);
  }

  @Test
  void originsPartitionTheCorpusWhateverTheOrder() {
    List<Article> corpus = new ArrayList<>();
    corpus.add(article("w1", WIRE));
    corpus.add(article("w2", WIRE));
    corpus.add(article("other", "Rain is expected across the region on Friday as a cold front"
        + " moves in from the west.\n\nForecasters said the weekend would be dry but cold, with"
        + " frost in the valleys on Sunday morning."));
    for (long seed = 1; seed <= 5; seed++) {
      List<Article> shuffled = new ArrayList<>(corpus);
      Collections.shuffle(shuffled, new Random(seed));
      CopyReport report = new CopyDetector().detect(shuffled);
      Set<String> seen = new HashSet<>();
      report.origins().forEach(o -> o.articles().forEach(a -> assertThat(seen.add(a)).isTrue()));
      assertThat(seen).containsExactlyInAnyOrder("w1", "w2", "other");
      assertThat(report.origins()).extracting(Origin::id).containsExactly("other", "w1");
    }
  }

  @Test
  void everyPairOfEqualTextsIsADuplicate() {
    CopyReport report = new CopyDetector().detect(
        List.of(article("a", WIRE), article("b", WIRE), article("c", WIRE)));
    assertThat(report.copies()).hasSize(3)
        .allSatisfy(r -> assertThat(r.kind()).isEqualTo(CopyKind.DUPLICATE));
  }
}

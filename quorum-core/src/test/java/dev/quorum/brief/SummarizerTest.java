package dev.quorum.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.brief.SummarySentence.Mention;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummarizerTest {

  static final ArticlePipeline PIPELINE = Pipelines.standard();

  static Article article(String id, String text, String published) {
    return PIPELINE.process(new RawDocument(id, Source.file(id + ".txt"), "text", MediaType.TEXT,
        text, new Metadata(null, null, null, null, published, null)));
  }

  static List<Article> seeds() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "bakhmut"))) {
      for (Path f : files.sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        out.add(article(id, Files.readString(f, StandardCharsets.UTF_8), null));
      }
    }
    return out;
  }

  @Test
  void seedSummaryIsVerbatimCitedAndWithinBudget() throws IOException {
    List<Article> seeds = seeds();
    Map<String, Article> byId = new HashMap<>();
    seeds.forEach(a -> byId.put(a.id(), a));
    CopyReport copies = new CopyDetector().detect(seeds);
    List<SummarySentence> summary = new Summarizer().summarize(seeds, copies);
    assertThat(summary).hasSizeGreaterThanOrEqualTo(3);
    assertThat(summary.stream().mapToInt(SummarySentence::words).sum()).isBetween(100, 150);
    for (SummarySentence s : summary) {
      assertThat(s.source().span().of(byId.get(s.source().article()).text())).isEqualTo(s.text());
      for (Mention m : s.mentions()) {
        assertThat(byId).containsKey(m.article());
        m.span().checkWithin(byId.get(m.article()).text().length());
      }
      assertThat(s.text()).doesNotContain("?");
      assertThat(s.text().split("\\s+").length).isGreaterThanOrEqualTo(Units.MIN_WORDS);
    }
  }

  static final String[] WIRE = {
    "The city council voted on Tuesday to close the old harbour bridge for at least two years"
        + " while engineers rebuild its crumbling supports.",
    "The decision followed a report that found serious corrosion in the steel beams that carry"
        + " the roadway over the river.",
    "Commuters will have to use a ferry service or a long detour through the industrial district"
        + " during the repairs.",
    "Business owners near the bridge warned that the closure would cut their trade by half and"
        + " asked the council for compensation.",
    "Work on the new supports is expected to start in the spring and to cost about forty million"
        + " dollars."
  };

  static final String[] OTHER = {
    "Engineers found serious corrosion in the steel beams of the old harbour bridge, a report to"
        + " the city council said.",
    "The council voted on Tuesday to close the old harbour bridge for at least two years.",
    "Residents of the northern suburbs said the ferry service was already crowded at rush hour.",
    "Why did the council wait so long?",
    "\"We had no choice,\" the mayor said.",
    "A local school will move its sports day to avoid the detour."
  };

  @Test
  void aStatementSharedByCopiesCountsOneOriginAndAppearsOnce() {
    Article wire = article("a-wire", String.join("\n\n", WIRE), "2023-03-07");
    Article copy = article("b-copy", String.join("\n\n", WIRE), "2023-03-08");
    Article other = article("c-other", String.join("\n\n", OTHER), "2023-03-08");
    List<Article> all = List.of(wire, copy, other);
    CopyReport copies = new CopyDetector().detect(all);
    assertThat(copies.origins()).hasSize(2);

    List<SummarySentence> withCopies = new Summarizer(Summarizer.Options.defaults().withWords(60))
        .summarize(all, copies);
    List<SummarySentence> plain = new Summarizer(Summarizer.Options.defaults().withWords(60))
        .summarize(all);
    SummarySentence vote = withCopies.stream().filter(s -> s.text().contains("voted on Tuesday"))
        .findFirst().orElseThrow();
    // stated by the wire, its copy and the other outlet: three articles, two origins
    assertThat(vote.articles()).containsExactlyInAnyOrder("a-wire", "b-copy", "c-other");
    assertThat(vote.origins()).isEqualTo(2);
    assertThat(withCopies.stream().filter(s -> s.text().contains("voted on Tuesday"))).hasSize(1);
    SummarySentence votePlain = plain.stream().filter(s -> s.text().contains("voted on Tuesday"))
        .findFirst().orElseThrow();
    assertThat(votePlain.origins()).isEqualTo(3);
    for (SummarySentence s : withCopies) {
      assertThat(s.text()).doesNotContain("Why did").doesNotStartWith("\"We had");
    }
  }

  @Test
  void outputDoesNotDependOnInputOrder() throws IOException {
    List<Article> seeds = seeds();
    List<SummarySentence> first = new Summarizer().summarize(seeds);
    List<Article> shuffled = new ArrayList<>(seeds);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new Summarizer().summarize(shuffled)).isEqualTo(first);
  }

  @Test
  void junkSentencesAreNotCandidates() {
    assertThat(Units.eligible("The council voted on Tuesday to close the old harbour bridge."))
        .isTrue();
    assertThat(Units.eligible("Why did the council wait so long to close the bridge?")).isFalse();
    assertThat(Units.eligible("Bridge closed.")).isFalse();
    assertThat(Units.eligible("\"We had no choice, we had to close the bridge now,\" he said."))
        .isFalse();
    assertThat(Units.eligible("and the council then voted to close the old harbour bridge."))
        .isFalse();
    assertThat(Units.eligible("But the council then voted to close the old harbour bridge."))
        .isFalse();
    assertThat(Units.eligible("``It will be closed for two years at least,'' the engineer said"
        + " on Tuesday.")).isFalse();
    assertThat(Units.eligible("The engineer said ``it will be closed for two years at least and"))
        .isFalse();
    assertThat(Units.eligible("The council voted to close the bridge, the mayor said in a"
        + " statement on Tuesday night.")).isTrue();
  }

  @Test
  void theMatcherAddsParaphrasesAsMentionsAndNothingElseChanges() throws IOException {
    List<Article> seeds = seeds();
    CopyReport copies = new CopyDetector().detect(seeds);
    List<SummarySentence> lexical = new Summarizer().summarize(seeds, copies);
    List<SummarySentence> withMatcher;
    try (SentenceEmbedder embedder = SentenceEmbedder.open()) {
      withMatcher = new Summarizer(Summarizer.Options.defaults(), new SentenceMatcher(embedder))
          .summarize(seeds, copies);
    }
    assertThat(withMatcher).hasSameSizeAs(lexical);
    for (int i = 0; i < lexical.size(); i++) {
      assertThat(withMatcher.get(i).text()).isEqualTo(lexical.get(i).text());
      assertThat(withMatcher.get(i).mentions()).containsAll(lexical.get(i).mentions());
      assertThat(withMatcher.get(i).origins()).isGreaterThanOrEqualTo(lexical.get(i).origins());
    }
  }

  @Test
  void theMatcherFindsARestatementInOtherWords() {
    Article a = article("a", String.join("\n\n",
        "The city council voted on Tuesday to close the old harbour bridge for at least two years"
            + " while engineers rebuild its crumbling supports.",
        "Commuters will have to use a ferry service or a long detour through the industrial"
            + " district during the repairs."), "2023-03-07");
    Article b = article("b", String.join("\n\n",
        "On Tuesday the council decided to shut the ageing harbour bridge for two years or more"
            + " so that engineers can rebuild its crumbling supports.",
        "A local school said it would move its annual sports day to avoid the long detour."),
        "2023-03-08");
    Summarizer.Options o = Summarizer.Options.defaults().withWords(25);
    SummarySentence lexical = new Summarizer(o).summarize(List.of(a, b)).get(0);
    SummarySentence matched;
    try (SentenceEmbedder embedder = SentenceEmbedder.open()) {
      matched = new Summarizer(o, new SentenceMatcher(embedder)).summarize(List.of(a, b)).get(0);
    }
    assertThat(lexical.text()).contains("harbour bridge");
    assertThat(lexical.articles()).hasSize(1);
    assertThat(matched.text()).isEqualTo(lexical.text());
    assertThat(matched.articles()).containsExactlyInAnyOrder("a", "b");
    assertThat(matched.origins()).isEqualTo(2);
  }

  @Test
  void emptyInputGivesAnEmptySummary() {
    assertThat(new Summarizer().summarize(List.of())).isEmpty();
  }
}

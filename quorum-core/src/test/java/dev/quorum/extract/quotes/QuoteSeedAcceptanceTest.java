package dev.quorum.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.EntityLinker;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quotes of the five Bakhmut seed articles, as the acceptance asks. */
class QuoteSeedAcceptanceTest {

  static List<Article> seeds;
  static CopyReport copies;
  static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "bakhmut"))) {
      for (Path f : files.sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        seeds.add(Pipelines.standard().process(new RawDocument(id, Source.file(id + ".txt"),
            "text", MediaType.TEXT, Files.readString(f, StandardCharsets.UTF_8),
            new Metadata(null, null, null, null, null, null))));
      }
    }
    copies = new CopyDetector().detect(seeds);
    Map<String, String> texts = new HashMap<>();
    seeds.forEach(a -> texts.put(a.id(), a.text()));
    // a stand-in for the entity stage: every spelling of the president's name is one entity
    EntityLinker linker = (article, span) ->
        span.of(texts.get(article)).contains("Zelensk") ? "E-zelensky" : null;
    quotes = QuoteExtractor.extract(seeds, copies, new CapitalizedNameFinder(), linker);
  }

  static Quote quoteWith(String words) {
    List<Quote> found = quotes.stream().filter(q -> q.text().contains(words)).toList();
    assertThat(found).as("quotes containing '%s'", words).hasSize(1);
    return found.get(0);
  }

  static List<String> articles(Quote q) {
    return q.mentions().stream().map(m -> m.article().substring(0, 3)).distinct().toList();
  }

  @Test
  void theCommandersOrderIsOneQuoteFromThreeArticlesAndTwoOrigins() {
    Quote q = quotes.stream()
        .filter(x -> x.mentions().stream().anyMatch(m -> m.article().startsWith("001")))
        .filter(x -> x.text().contains("find the appropriate forces")).findFirst().orElseThrow();
    assertThat(articles(q)).containsExactly("001", "002", "004");
    assertThat(q.origins()).isEqualTo(2);
    assertThat(q.speaker()).isEqualTo("E-zelensky");
    assertThat(q.speakerName()).contains("Zelensk");
    assertThat(q.direct()).isTrue();
    for (QuoteMention m : q.mentions()) {
      Article a = seeds.stream().filter(s -> s.id().equals(m.article())).findFirst().orElseThrow();
      assertThat(m.span().of(a.text())).contains("forces to help");
      assertThat(m.speakerSpan().of(a.text())).contains("Zelensk");
    }
  }

  @Test
  void theLiberationQuoteHasOneOrigin() {
    Quote q = quoteWith("The liberation of Artemovsk continues");
    assertThat(articles(q)).containsExactly("002", "004");
    assertThat(q.origins()).isEqualTo(1);
    assertThat(q.speakerName()).isEqualTo("Sergei Shoigu");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void theAdviserIsAnUnnamedSourceKeptAsWritten() {
    Quote q = quoteWith("not going to sacrifice");
    assertThat(q.speakerName()).isEqualTo("An adviser to Ukrainian President Volodymyr Zelenskyy");
    assertThat(q.speaker()).isNull();
    assertThat(q.cue()).isEqualTo("told CNN");
    assertThat(q.channel()).isEqualTo("told CNN");
  }

  @Test
  void theInstituteSpeaksItsQuote() {
    Quote q = quoteWith("The potential to damage");
    assertThat(q.speakerName()).isEqualTo("Institute for the Study of War");
    assertThat(q.cue()).isEqualTo("wrote");
  }

  @Test
  void channelsAndPronounsAreResolved() {
    Quote heroes = quoteWith("Bakhmut heroes should get the same");
    assertThat(heroes.channel()).isEqualTo("according to Freedom TV");
    assertThat(heroes.speakerName()).isEqualTo("Zelensky");
    Quote tweet = quoteWith("The adversary");
    assertThat(tweet.cue()).isEqualTo("tweeted");
    assertThat(tweet.speakerName()).isEqualTo("Mark Hertling");
  }

  @Test
  void theParaphraseModelKeepsTheGroupsOfTheLexicalMatch() {
    try (SentenceEmbedder embedder = SentenceEmbedder.open()) {
      QuoteExtractor x = new QuoteExtractor(
          new ArticleQuoteFinder(new CapitalizedNameFinder(), EntityLinker.NONE),
          new SentenceMatcher(embedder));
      List<Quote> withModel = x.extract(seeds, copies);
      Quote q = withModel.stream().filter(z -> z.text().contains("find the appropriate forces"))
          .filter(z -> z.mentions().size() > 1).findFirst().orElseThrow();
      assertThat(articles(q)).containsExactly("001", "002", "004");
      assertThat(q.origins()).isEqualTo(2);
      Quote shoigu = withModel.stream().filter(z -> z.text().contains("liberation of"))
          .findFirst().orElseThrow();
      assertThat(shoigu.origins()).isEqualTo(1);
      assertThat(withModel.size()).isLessThanOrEqualTo(quotes.size());
    }
  }

  @Test
  void idsAreStableAndMapsFollowTheSchema() {
    List<Quote> again = QuoteExtractor.extract(seeds, copies, new CapitalizedNameFinder(),
        EntityLinker.NONE);
    assertThat(again.stream().map(Quote::text).toList())
        .isEqualTo(quotes.stream().map(Quote::text).toList());
    for (int i = 0; i < quotes.size(); i++) {
      assertThat(quotes.get(i).id()).isEqualTo("q" + (i + 1));
    }
    Map<String, Object> m = quotes.get(0).toMap();
    assertThat(m).containsOnlyKeys("id", "text", "speaker", "speakerName", "cue", "direct",
        "mentions", "origins");
    @SuppressWarnings("unchecked")
    Map<String, Object> mention = ((List<Map<String, Object>>) m.get("mentions")).get(0);
    assertThat(mention).containsOnlyKeys("article", "start", "end", "speaker");
  }
}

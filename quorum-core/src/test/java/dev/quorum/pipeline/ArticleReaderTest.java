package dev.quorum.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.clean.PlainTextParser;
import dev.quorum.clean.TextCleaner;
import dev.quorum.clean.html.HtmlExtractor;
import dev.quorum.ingest.IngestOptions;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.Skip;
import dev.quorum.text.OpenNlpTextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  static final String STORY = "Bridge reopens after repairs\n\nThe old river bridge reopened to traffic"
      + " on Friday after eight months of repairs. Engineers said the deck had been replaced.\n";

  record Collected(List<Article> articles, List<Skip> skips, RunSummary summary) {}

  static Collected read(ArticlePipeline pipeline, int threads, Path... inputs) {
    List<Article> articles = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    ArticleReader reader =
        new ArticleReader(new Ingestor(IngestOptions.defaults()), pipeline, threads);
    RunSummary summary = reader.read(
        java.util.Arrays.stream(inputs).map(Path::toString).toList(),
        new ByteArrayInputStream(new byte[0]),
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            articles.add(article);
          }

          @Override
          public void skip(Skip skip) {
            skips.add(skip);
          }
        });
    return new Collected(articles, skips, summary);
  }

  @Test
  void aPageWithoutArticleTextIsSkippedWithItsReason(@TempDir Path dir) throws IOException {
    Path story = Files.writeString(dir.resolve("a.txt"), STORY);
    Path menu = Files.writeString(dir.resolve("b.html"), "<html><body><nav><ul>"
        + "<li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav></body></html>");
    Collected c = read(Pipelines.standard(), 2, story, menu);
    assertThat(c.articles()).extracting(Article::id).containsExactly("a");
    assertThat(c.skips()).singleElement().satisfies(s -> {
      assertThat(s.source().path()).endsWith("b.html");
      assertThat(s.reason()).contains("no article text");
    });
    assertThat(c.summary()).isEqualTo(new RunSummary(2, 1, 0, 1));
  }

  @Test
  void aFailingStageBecomesASkipAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("1.txt"), STORY);
    Path second = Files.writeString(dir.resolve("2.txt"), STORY.replace("Friday", "boom Monday"));
    Path third = Files.writeString(dir.resolve("3.txt"), STORY);
    OpenNlpTextAnalyzer real = new OpenNlpTextAnalyzer();
    ArticlePipeline fragile = new ArticlePipeline(new HtmlExtractor(), new PlainTextParser(),
        new TextCleaner(), (text, paragraphs) -> {
          if (text.contains("boom")) {
            throw new IllegalStateException("analyser failed");
          }
          return real.analyze(text, paragraphs);
        });
    Collected c = read(fragile, 2, first, second, third);
    assertThat(c.articles()).extracting(Article::id).containsExactly("1", "3");
    assertThat(c.skips()).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("internal error", "analyser failed"));
  }

  @Test
  void containersWithAHeadlineFieldKeepTheFirstLineAsText(@TempDir Path dir) throws IOException {
    String body = "Short opening line\n\nThe old river bridge reopened to traffic on Friday after"
        + " eight months of repairs. Engineers said the deck had been replaced.\n";
    Path sgml = Files.writeString(dir.resolve("wire.sgml"), "<DOC>\n<DOCNO> W1 </DOCNO>\n<TEXT>\n"
        + body + "</TEXT>\n</DOC>\n");
    Path text = Files.writeString(dir.resolve("plain.txt"), body);
    Collected c = read(Pipelines.standard(), 1, sgml, text);
    assertThat(c.articles()).extracting(Article::id).containsExactly("W1", "plain");
    assertThat(c.articles().get(0).text()).startsWith("Short opening line");
    assertThat(c.articles().get(1).metadata().title()).isEqualTo("Short opening line");
  }
}

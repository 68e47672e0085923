package dev.quorum.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.clean.Block;
import dev.quorum.clean.ExtractedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> reasons(ExtractedPage page) {
    return page.blocks().stream().filter(b -> !b.kept()).map(Block::removal).toList();
  }

  private static String allText(ExtractedPage page) {
    StringBuilder sb = new StringBuilder();
    page.blocks().forEach(b -> sb.append(b.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void keepsTheArticleParagraphsInReadingOrder() throws IOException {
    ExtractedPage page = extractor.extract(resource("article.html"), "https://example.org/x");
    String main = page.mainText();
    assertThat(main)
        .containsSubsequence(
            "The old harbour bridge reopened",
            "City officials said the repairs",
            "Long queues on the first day",
            "Commuters waited in long queues",
            "\"We are proud that the work",
            "Cyclists will have a separate lane",
            "The council plans a similar renovation");
    assertThat(page.blocks().stream().filter(Block::kept).map(Block::kind))
        .contains(Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.QUOTE);
  }

  @Test
  void leavesOutFurnitureWithTheReasonWhy() throws IOException {
    ExtractedPage page = extractor.extract(resource("article.html"), "https://example.org/x");
    String main = page.mainText();
    assertThat(main)
        .doesNotContain("Politics")
        .doesNotContain("Share on Facebook")
        .doesNotContain("Council approves new ferry timetable")
        .doesNotContain("nightmare to drive around the bay")
        .doesNotContain("All rights reserved")
        .doesNotContain("We use cookies")
        .doesNotContain("Advertisement")
        .doesNotContain("The bridge at dawn")
        .doesNotContain("hidden by its class");
    assertThat(reasons(page))
        .contains("navigation", "comments", "footer", "share", "cookie notice", "hidden", "title")
        .containsAnyOf("aside", "related links");
  }

  @Test
  void removedTextIsKeptButScriptsAndStylesAreNotText() throws IOException {
    ExtractedPage page = extractor.extract(resource("article.html"), "https://example.org/x");
    String all = allText(page);
    assertThat(all).contains("Ten walks along the waterfront", "Privacy", "Shame the cycle lane");
    assertThat(all)
        .doesNotContain("SCRIPT TEXT MUST NOT APPEAR")
        .doesNotContain("font-family")
        .doesNotContain("enable JavaScript");
  }

  @Test
  void runsOfRemovedPiecesAreCoalesced() {
    StringBuilder html = new StringBuilder("<html><body><nav><ul>");
    for (int i = 0; i < 300; i++) {
      html.append("<li><a href=\"/s").append(i).append("\">Section ").append(i).append("</a></li>");
    }
    html.append("</ul></nav><article>");
    for (int i = 0; i < 5; i++) {
      html.append("<p>This is paragraph number ").append(i)
          .append(" of a story, long enough to count, with a comma, and more words after it.</p>");
    }
    html.append("</article></body></html>");
    ExtractedPage page = extractor.extract(html.toString(), null);
    List<Block> removed = page.blocks().stream().filter(b -> !b.kept()).toList();
    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).removal()).isEqualTo("navigation");
    assertThat(removed.get(0).text()).contains("Section 0", "Section 299");
    assertThat(page.blocks().stream().filter(Block::kept)).hasSize(5);
  }

  @Test
  void readsMetadataFromMetaTags() throws IOException {
    ExtractedPage page = extractor.extract(resource("article.html"), "https://example.org/x");
    var md = page.metadata();
    assertThat(md.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(md.outlet()).isEqualTo("The Daily Example");
    assertThat(md.byline()).isEqualTo("Jane Doe");
    assertThat(md.published()).isEqualTo("2024-05-02T06:30:00Z");
    assertThat(md.url()).isEqualTo("https://example.org/news/harbour-bridge-reopens");
  }

  @Test
  void readsMetadataFromJsonLd() {
    String html = """
        <html><head><title>Ignored title - Some Site</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Some Site"},
          {"@type":"NewsArticle","headline":"Storm closes mountain pass",
           "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Berg"}],
           "datePublished":"2023-11-05T14:00:00Z",
           "publisher":{"@type":"Organization","name":"Valley Herald"},
           "url":"https://valley.example/storm"}]}
        </script></head>
        <body><article><p>Snow and strong winds closed the mountain pass on Sunday, police said.</p>
        </article></body></html>""";
    var md = extractor.extract(html, "https://valley.example/?ref=feed").metadata();
    assertThat(md.title()).isEqualTo("Storm closes mountain pass");
    assertThat(md.byline()).isEqualTo("Ana Lima, Tom Berg");
    assertThat(md.published()).isEqualTo("2023-11-05T14:00:00Z");
    assertThat(md.outlet()).isEqualTo("Valley Herald");
    assertThat(md.url()).isEqualTo("https://valley.example/storm");
  }

  @Test
  void fallsBackToTimeElementTitleSuffixAndBylineClass() {
    String html = """
        <html><head><title>Library extends opening hours | Town Courier</title></head>
        <body><div class="story"><span class="byline">By Sam Reed</span>
        <time datetime="2022-01-09">9 January</time>
        <p>The town library will stay open until nine in the evening from next week, the council said.</p>
        </div></body></html>""";
    var md = extractor.extract(html, "https://courier.example/library").metadata();
    assertThat(md.title()).isEqualTo("Library extends opening hours");
    assertThat(md.byline()).isEqualTo("Sam Reed");
    assertThat(md.published()).isEqualTo("2022-01-09");
    assertThat(md.url()).isEqualTo("https://courier.example/library");
    assertThat(md.outlet()).isNull();
  }

  @Test
  void scriptRenderedPageFallsBackToTheJsonLdBody() {
    String body = "The first paragraph of a story that only ships in structured data, with a comma."
        + "\\nA second paragraph follows it, long enough that the page clearly has an article body,"
        + " which the empty application shell does not show as text.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Shell page\",\"articleBody\":\"" + body + "\"}</script></head>"
        + "<body><div id=\"app\">Loading…</div></body></html>";
    ExtractedPage page = extractor.extract(html, null);
    assertThat(page.mainText())
        .startsWith("The first paragraph of a story")
        .contains("\n\nA second paragraph follows it");
    assertThat(page.blocks()).anyMatch(b -> !b.kept() && b.text().contains("Loading"));
  }

  @Test
  void pageWithoutContainersStillYieldsItsParagraphs() {
    String html = "<p>First plain paragraph of a bare page, with enough words to be read as text.</p>"
        + "<p>Second plain paragraph of the same page, again with a comma, and a full stop.</p>";
    ExtractedPage page = extractor.extract(html, null);
    assertThat(page.mainText()).contains("First plain paragraph", "Second plain paragraph");
  }

  @Test
  void textIsWhitespaceCollapsedInsideBlocks() {
    String html = "<article><p>Spread   over\n\n   several\tlines,&nbsp;with <b>bold</b>"
        + " and <a href=x>a link</a> inside the one paragraph of this story.</p></article>";
    ExtractedPage page = extractor.extract(html, null);
    assertThat(page.mainText())
        .isEqualTo("Spread over several lines, with bold and a link inside the one paragraph of this"
            + " story.");
  }

  @Test
  void hiddenInlineTextAndCreditsAreCutOutOfTheirParagraph() {
    String html = "<article><p>The museum reopened its east wing <span class=\"sr-only\">(opens in a new"
        + " window)</span>on Monday, after two years of restoration work on the roof and walls.</p>"
        + "<p>Visitors queued from early morning.<span class=\"image-credit\">Photo: Agency</span>"
        + " Many had come from neighbouring towns to see the restored ceiling paintings.</p></article>";
    ExtractedPage page = extractor.extract(html, null);
    assertThat(page.mainText())
        .contains("The museum reopened its east wing on Monday, after two years")
        .contains("Visitors queued from early morning. Many had come")
        .doesNotContain("opens in a new window")
        .doesNotContain("Photo: Agency");
    assertThat(reasons(page)).contains("hidden", "caption");
  }

  @Test
  void embeddedPostsStayButShareBarsGo() {
    String html = "<article><p>The mayor answered critics online within an hour of the vote, and"
        + " her reply was shared widely across the region.</p>"
        + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>We listened, and the"
        + " park stays open to everyone.</p></blockquote></div>"
        + "<div class=\"social-share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
        + "<p>Council members said the decision would be reviewed in spring, once the costs are known.</p>"
        + "</article>";
    ExtractedPage page = extractor.extract(html, null);
    assertThat(page.mainText()).contains("We listened, and the park stays open").doesNotContain("Tweet");
  }

  @Test
  void emptyAndNullInputGiveNoKeptBlocks() {
    assertThat(extractor.extract("", null).mainText()).isEmpty();
    assertThat(extractor.extract(null, null).blocks()).isEmpty();
    assertThat(extractor.extract("<html><body></body></html>", "https://e.x/").metadata().url())
        .isEqualTo("https://e.x/");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    String html = resource("article.html");
    ExtractedPage expected = extractor.extract(html, "https://example.org/x");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<ExtractedPage>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> extractor.extract(html, "https://example.org/x")));
      }
      for (var f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void outputIsDeterministic() throws IOException {
    String html = resource("article.html");
    assertThat(extractor.extract(html, "https://example.org/x"))
        .isEqualTo(new HtmlExtractor().extract(html, "https://example.org/x"));
  }
}

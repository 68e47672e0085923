package dev.quorum.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.clean.Block;
import dev.quorum.clean.ExtractedPage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlExtractorProperties {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static final List<String> FRAGMENTS =
      List.of(
          "<html>", "<body>", "<div class=\"article-body\">", "<div class=\"sidebar\">", "</div>",
          "<p>", "</p>", "<nav>", "</nav>", "<a href=\"/x\">", "</a>", "<article>", "</article>",
          "<script>var x = '<p>';</script>", "<style>p{}</style>", "<!-- comment", "-->",
          "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "<br>", "<p style=\"display:none\">",
          "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "}</script>",
          "<meta property=\"og:title\" content=\"", "\">", "<time datetime=\"", "2024-99-99",
          "Some words, with commas, and a sentence. ", "<", ">", "&amp;", "&#x0;", "\u0000", "é",
          "<figure><figcaption>", "<blockquote>", "<form><button>", "<svg><text>", "<template>");

  @Property(tries = 300)
  void neverThrowsOnArbitraryStrings(@ForAll String input) {
    check(EXTRACTOR.extract(input, null));
  }

  @Property(tries = 300)
  void neverThrowsOnMangledHtml(@ForAll("mangledHtml") String html) {
    check(EXTRACTOR.extract(html, "https://example.org/page"));
  }

  @Property(tries = 100)
  void sameInputGivesSameOutput(@ForAll("mangledHtml") String html) {
    assertThat(EXTRACTOR.extract(html, null)).isEqualTo(EXTRACTOR.extract(html, null));
  }

  @Provide
  Arbitrary<String> mangledHtml() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  private static void check(ExtractedPage page) {
    assertThat(page).isNotNull();
    assertThat(page.metadata()).isNotNull();
    for (Block b : page.blocks()) {
      assertThat(b.text()).isNotNull();
      assertThat(b.kind()).isNotNull();
      assertThat(b.removal() == null || !b.removal().isBlank()).isTrue();
    }
    assertThat(page.mainText()).isNotNull();
  }
}

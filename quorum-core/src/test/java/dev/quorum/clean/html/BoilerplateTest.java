package dev.quorum.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<nav></nav>|navigation",
        "<footer></footer>|footer",
        "<div role=\"navigation\"></div>|navigation",
        "<div class=\"site-footer\"></div>|footer",
        "<div id=\"comments\"></div>|comments",
        "<ul class=\"related-articles\"></ul>|related links",
        "<div class=\"social_share_bar\"></div>|share",
        "<div class=\"ad-slot top\"></div>|advertising",
        "<div class=\"newsletter-signup\"></div>|newsletter",
        "<div class=\"cookie-banner\"></div>|cookie notice",
        "<div class=\"right-rail\"></div>|aside",
        "<figure></figure>|caption",
      })
  void namesTheReasonForFurniture(String html, String reason) {
    assertThat(Boilerplate.reason(element(html))).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=\"article-body\"></div>",
        "<div class=\"story-content has-ads\"></div>",
        "<div class=\"headline\"></div>",
        "<div class=\"social-embed\"></div>",
        "<p></p>",
      })
  void contentAndNeutralBoxesAreNotFurniture(String html) {
    assertThat(Boilerplate.reason(element(html))).isNull();
  }

  @Test
  void hiddenByAttributeStyleOrClass() {
    assertThat(Boilerplate.isHidden(element("<div hidden></div>"))).isTrue();
    assertThat(Boilerplate.isHidden(element("<div style=\"display: none\"></div>"))).isTrue();
    assertThat(Boilerplate.isHidden(element("<span class=\"sr-only\"></span>"))).isTrue();
    assertThat(Boilerplate.isHidden(element("<div class=\"hidden-gem\"></div>"))).isFalse();
  }

  @Test
  void recognisesFurnitureLinesByTheirText() {
    assertThat(BoilerplateLines.isDateLine("Updated Nov. 19, 2019 8:21 am ET")).isTrue();
    assertThat(BoilerplateLines.isDateLine("Wednesday November 20, 2019")).isTrue();
    assertThat(BoilerplateLines.isDateLine("The firm was founded in 1998.")).isFalse();
    assertThat(BoilerplateLines.isDateLine(
        "Sales in 2019 rose by a fifth, the company said in its annual report on Monday.")).isFalse();
    assertThat(BoilerplateLines.isCreditLine("Protesters on the bridge (Image: Agency)")).isTrue();
    assertThat(BoilerplateLines.isCreditLine("The harbour at dusk. Photo: Jane Doe")).isTrue();
    assertThat(BoilerplateLines.isCreditLine("He took a photo of the harbour at dusk.")).isFalse();
    assertThat(BoilerplateLines.isCallToAction("Sign up for our daily newsletter.")).isTrue();
    assertThat(BoilerplateLines.isCallToAction("(Reporting by A. Writer; Editing by B. Editor)"))
        .isTrue();
    assertThat(BoilerplateLines.isCallToAction("The club said it would follow the rules.")).isFalse();
    assertThat(BoilerplateLines.isMostlyUrls("https://example.org/a/very/long/path/to/a/page"))
        .isTrue();
    assertThat(BoilerplateLines.isMostlyUrls("Read the full report at example.org today")).isFalse();
    assertThat(BoilerplateLines.isCookieNotice(
        "We use cookies to improve your browsing experience. By choosing Accept, you consent."))
        .isTrue();
    assertThat(BoilerplateLines.isCookieNotice("She baked cookies for the whole street.")).isFalse();
    assertThat(BoilerplateLines.isBoilerplateLine("Advertisement")).isTrue();
    assertThat(BoilerplateLines.isBoilerplateLine("Share this article:")).isTrue();
    assertThat(BoilerplateLines.isBoilerplateLine("Advertisers left the platform.")).isFalse();
  }
}

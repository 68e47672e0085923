package dev.quorum.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.EntityLinker;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleQuoteFinderTest {

  static final ArticleQuoteFinder FINDER =
      new ArticleQuoteFinder(new CapitalizedNameFinder(), EntityLinker.NONE);

  static Article article(String text) {
    return Pipelines.standard().process(new RawDocument("t", Source.file("t.txt"), "text",
        MediaType.TEXT, "Headline line\n\n" + text, new Metadata(null, null, null, null, null, null)));
  }

  static List<ArticleQuote> quotes(String text) {
    return FINDER.find(article(text));
  }

  @Test
  void everyTypographicStyleIsAQuote() {
    String[] styles = {"“%s,” the mayor said.", "\"%s,\" the mayor said.", "``%s,'' the mayor said.",
        "‘%s,’ the mayor said.", "«%s», the mayor said.", "''%s,'' the mayor said."};
    for (String style : styles) {
      List<ArticleQuote> q = quotes(String.format(style, "The bridge will stay closed for two years"));
      assertThat(q).as(style).hasSize(1);
      assertThat(q.get(0).text()).as(style).isEqualTo("The bridge will stay closed for two years");
      assertThat(q.get(0).speakerName()).as(style).isEqualTo("the mayor");
      assertThat(q.get(0).kind()).isEqualTo(Speaker.ROLE);
      assertThat(q.get(0).direct()).isTrue();
    }
  }

  @Test
  void aQuoteSplitByItsAttributionIsOneQuote() {
    List<ArticleQuote> q = quotes(
        "“We will rebuild the bridge,” Mayor Anna Berg said on Tuesday. “It will take two years.”");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("We will rebuild the bridge … It will take two years.");
    assertThat(q.get(0).speakerName()).isEqualTo("Anna Berg");
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneQuote() {
    List<ArticleQuote> q = quotes("Anna Berg said: “The council has no choice.\n\n"
        + "“The safety of residents comes first.”");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).contains("no choice").contains("comes first");
  }

  @Test
  void partialQuotesInsideASentenceKeepTheirSpeaker() {
    List<ArticleQuote> q = quotes(
        "Anna Berg said she told the engineers to “find the money for the supports” by spring.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("find the money for the supports");
    assertThat(q.get(0).speakerName()).isEqualTo("Anna Berg");
  }

  @Test
  void pronounsResolveToTheNearestEarlierName() {
    List<ArticleQuote> q = quotes("Anna Berg visited the site on Monday.\n\n"
        + "“The beams are worse than we thought,” she said in a video address.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).kind()).isEqualTo(Speaker.PRONOUN);
    assertThat(q.get(0).speakerName()).isEqualTo("Anna Berg");
    assertThat(q.get(0).channel()).isEqualTo("in a video address");
  }

  @Test
  void indirectSpeechIsNotDirect() {
    List<ArticleQuote> q = quotes("The city engineer said that the old supports could fail within"
        + " a year.\n\nAccording to the council, repairs will cost forty million dollars.");
    assertThat(q).hasSize(2);
    assertThat(q).allMatch(x -> !x.direct());
    assertThat(q.get(0).text()).isEqualTo("the old supports could fail within a year");
    assertThat(q.get(0).speakerName()).isEqualTo("The city engineer");
    assertThat(q.get(1).text()).isEqualTo("repairs will cost forty million dollars");
    assertThat(q.get(1).cue()).isEqualTo("According to");
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() {
    assertThat(quotes("The bridge, known locally as the “Iron Lady,” opened in 1902."))
        .isEmpty();
    assertThat(quotes("Shops sell stickers with the slogan “Hold the bridge.”")).isEmpty();
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(quotes("The mayor’s plan won’t fix the council’s budget, residents’ groups fear."))
        .allMatch(q -> !q.direct());
  }
}

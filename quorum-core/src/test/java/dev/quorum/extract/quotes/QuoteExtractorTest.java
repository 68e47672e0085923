package dev.quorum.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
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

class QuoteExtractorTest {

  static Article article(String id, String text) {
    return Pipelines.standard().process(new RawDocument(id, Source.file(id + ".txt"), "text",
        MediaType.TEXT, "Headline\n\n" + text, new Metadata(null, null, null, null, null, null)));
  }

  @Test
  void variantWordingsOfOneSpeakerAreOneQuoteCountedByOrigin() {
    List<Article> articles = List.of(
        article("a", "“We will rebuild the old harbour bridge within two years,” Mayor Anna Berg"
            + " said."),
        article("b", "Mayor Ana Berg said: “We are going to rebuild the harbour bridge in two"
            + " years.”"),
        article("c", "“We will rebuild the old harbour bridge within two years,” Anna Berg told"
            + " reporters."));
    CopyReport copies = new CopyReport(List.of(),
        List.of(new Origin("a", List.of("a", "c")), new Origin("b", List.of("b"))));
    List<Quote> quotes = QuoteExtractor.extract(articles, copies, new CapitalizedNameFinder(),
        EntityLinker.NONE);
    assertThat(quotes).hasSize(1);
    Quote q = quotes.get(0);
    assertThat(q.mentions()).extracting(QuoteMention::article).containsExactly("a", "b", "c");
    assertThat(q.origins()).isEqualTo(2);
    assertThat(q.speakerName()).isEqualTo("Anna Berg");
  }

  @Test
  void theSameWordsFromDifferentSpeakersStayApart() {
    List<Article> articles = List.of(
        article("a", "“The bridge must close for two years,” Anna Berg said."),
        article("b", "“The bridge must close for two years,” Piet Jansen said."));
    List<Quote> quotes = QuoteExtractor.extract(articles, null, new CapitalizedNameFinder(),
        EntityLinker.NONE);
    assertThat(quotes).hasSize(2);
    assertThat(quotes).allMatch(q -> q.origins() == 1);
    assertThat(quotes).extracting(Quote::id).containsExactly("q1", "q2");
  }

  @Test
  void differentStatementsOfOneSpeakerStayApart() {
    List<Article> articles = List.of(
        article("a", "“The bridge must close for two years,” Anna Berg said."),
        article("b", "“Ferries will run every twenty minutes from May,” Anna Berg said."));
    assertThat(QuoteExtractor.extract(articles, null, new CapitalizedNameFinder(),
        EntityLinker.NONE)).hasSize(2);
  }

  @Test
  void speakerSpellingsAgreeUpToSmallEdits() {
    assertThat(QuoteExtractor.similar("zelenskyi", "zelenskyy")).isTrue();
    assertThat(QuoteExtractor.similar("zelensky", "zelenskyy")).isTrue();
    assertThat(QuoteExtractor.similar("berg", "borg")).isFalse();
    assertThat(QuoteExtractor.similar("berg", "jansen")).isFalse();
  }
}

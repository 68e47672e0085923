package dev.quorum.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The claim grammar never throws on number-like text, and its mentions stay in bounds. */
class ClaimExtractorProperties {

  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  @Provide
  Arbitrary<String> numberish() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789/.,:-%$ ").ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("9/11", "24/7", "1/2", "3.5.1", "1,2,3", "12:30", "2023", "19-20",
            "a fifth", "one in seven", "nearly", "more than", "million", "percent", "killed",
            "soldiers", "said", "He", "the", "since February 24", "$", "€", "1990s", "93rd"));
    return piece.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(" ", l) + ".");
  }

  @Property(tries = 300)
  void neverThrowsAndMentionsFit(@ForAll("numberish") String sentence) {
    Article a = ClaimGrammarTest.PIPELINE.process(new RawDocument("p", Source.file("p.txt"),
        "text", MediaType.TEXT, "Title line\n\n" + sentence, Metadata.EMPTY));
    List<Claim> claims = EXTRACTOR.extract(a);
    for (Claim c : claims) {
      for (ClaimMention m : c.mentions()) {
        assertThat(m.span().end()).isLessThanOrEqualTo(a.text().length());
      }
    }
  }
}

package dev.quorum.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link OpenNlpTextAnalyzer} on arbitrary text and paragraph layouts. */
class TextAnalyzerProperties {

  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

  /** Text made of news-like pieces, punctuation, odd Unicode and whitespace, with its paragraphs. */
  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Gen.", "U.S.", "a.m.", "J.R.R.", "Mr.", "Sept.", "No.", "Inc.", "the", "The",
                "said", "1,600", "$400", "20%", "“", "”", "‘", "’", "«", "»", "\"", "'", "(", ")",
                ".", "...", "…", "?", "!", "—", "--", "-", "'s", "n't", "。", "؟", "।", "\n\n",
                "\n", " ", "  ", "\t", "Kyiv", "é", "\u0301", "\uD83D\uDE00", "\uD83D", "@",
                "http://x.io/a", "www.", ",", ";", ":"),
            Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<List<Span>> paragraphLayouts() {
    Arbitrary<Span> span =
        Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 200))
            .as((a, len) -> new Span(a, a + len));
    return span.list().ofMaxSize(6);
  }

  @Property(tries = 400)
  void neverThrowsAndSpansAreInBoundsOrderedAndInsideParagraphs(
      @ForAll("newsish") String text, @ForAll("paragraphLayouts") List<Span> paragraphs) {
    check(text, paragraphs);
  }

  @Property(tries = 300)
  void arbitraryStringsNeverBreakIt(@ForAll String text) {
    check(text, List.of());
    check(text, List.of(new Span(0, text.length())));
  }

  @Property(tries = 100)
  void analysisIsDeterministic(@ForAll("newsish") String text) {
    assertThat(ANALYZER.analyze(text, List.of())).isEqualTo(ANALYZER.analyze(text, List.of()));
  }

  private static void check(String text, List<Span> paragraphs) {
    Analysis a = ANALYZER.analyze(text, paragraphs);
    assertThat(a.language()).matches("[a-z]{3}");
    List<Span> used = OpenNlpTextAnalyzer.sanitize(text, new ArrayList<>(paragraphs));
    int last = 0;
    for (Sentence s : a.sentences()) {
      Span span = s.span();
      span.checkWithin(text.length());
      assertThat(span.isEmpty()).isFalse();
      assertThat(span.start()).isGreaterThanOrEqualTo(last);
      assertThat(used).anyMatch(p -> p.contains(span));
      String covered = span.of(text);
      assertThat(covered).isEqualTo(covered.strip());
      for (Span t : s.tokens()) {
        assertThat(t.isEmpty()).isFalse();
      }
      last = span.end();
    }
  }
}

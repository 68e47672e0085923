package dev.quorum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  static final String TEXT = "First sentence. Second one.\n\nNew paragraph.";

  static Article article(List<Span> paragraphs, List<Sentence> sentences, List<Removed> removed) {
    return new Article("a", Source.file("a.txt"), null, "eng", TEXT, paragraphs, sentences,
        removed);
  }

  @Test
  void acceptsConsistentSpans() {
    Article a = article(
        List.of(new Span(0, 27), new Span(29, 43)),
        List.of(new Sentence(new Span(0, 15), List.of(new Span(0, 5), new Span(6, 14),
            new Span(14, 15))), new Sentence(new Span(16, 27), List.of()),
            new Sentence(new Span(29, 43), List.of())),
        List.of(new Removed("Advertisement", "boilerplate", 27)));
    assertThat(a.sentenceText(0)).isEqualTo("First sentence.");
    assertThat(a.sentenceText(2)).isEqualTo("New paragraph.");
    assertThat(a.displayTitle()).isEqualTo("a");
    assertThat(a.metadata()).isEqualTo(Metadata.EMPTY);
  }

  @Test
  void rejectsSpansOutsideTheText() {
    assertThatThrownBy(() -> article(List.of(new Span(0, 99)), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> article(List.of(), List.of(), List.of(new Removed("x", "r", 44))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsOverlappingSentencesAndStrayTokens() {
    assertThatThrownBy(() -> article(List.of(), List.of(
        new Sentence(new Span(0, 15), List.of()), new Sentence(new Span(10, 27), List.of())),
        List.of())).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> new Sentence(new Span(0, 5), List.of(new Span(3, 7))))
        .hasMessageContaining("outside its sentence");
    assertThatThrownBy(() -> new Sentence(new Span(0, 9), List.of(new Span(3, 5), new Span(4, 6))))
        .hasMessageContaining("overlaps");
  }

  @Test
  void listsAreImmutableCopies() {
    java.util.ArrayList<Span> ps = new java.util.ArrayList<>(List.of(new Span(0, 5)));
    Article a = article(ps, List.of(), List.of());
    ps.clear();
    assertThat(a.paragraphs()).hasSize(1);
    assertThatThrownBy(() -> a.paragraphs().add(new Span(0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadataFillsGapsFromAnother() {
    Metadata a = new Metadata("T", null, " ", null, null, null);
    Metadata b = new Metadata("Other", "u", "Outlet", "By", "2023-01-01", null);
    assertThat(a.orElse(b)).isEqualTo(new Metadata("T", "u", "Outlet", "By", "2023-01-01", null));
  }
}

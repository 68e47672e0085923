package dev.quorum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsImpossibleOffsets() {
    assertThatThrownBy(() -> new Span(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(2, 9).checkWithin(8))
        .hasMessageContaining("beyond a text of 8");
  }

  @Test
  void coversHalfOpenRanges() {
    Span s = new Span(4, 9);
    assertThat(s.of("The quick fox")).isEqualTo("quick");
    assertThat(s.length()).isEqualTo(5);
    assertThat(s.contains(new Span(4, 4))).isTrue();
    assertThat(s.overlaps(new Span(9, 12))).isFalse();
    assertThat(s.overlaps(new Span(8, 12))).isTrue();
  }

  @Property
  void validSpansRoundTripThroughShift(
      @ForAll @IntRange(min = 0, max = 1000) int start,
      @ForAll @IntRange(min = 0, max = 1000) int length,
      @ForAll @IntRange(min = 0, max = 1000) int delta) {
    Span s = new Span(start, start + length);
    Span shifted = s.shift(delta);
    assertThat(shifted.length()).isEqualTo(s.length());
    assertThat(shifted.shift(-delta)).isEqualTo(s);
  }
}

package dev.quorum.copies;

import dev.quorum.model.Span;
import java.util.Objects;

/** A sentence of one article aligned with a sentence of another, with their similarity. */
public record AlignedPair(Span a, Span b, double similarity) {

  public AlignedPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
    }
  }
}

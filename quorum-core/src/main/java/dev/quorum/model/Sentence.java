package dev.quorum.model;

import java.util.List;
import java.util.Objects;

/** A sentence of an article's cleaned text and its tokens, all as spans into that text. */
public record Sentence(Span span, List<Span> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    int last = span.start();
    for (Span t : tokens) {
      if (!span.contains(t)) {
        throw new IllegalArgumentException("token " + t + " lies outside its sentence " + span);
      }
      if (t.start() < last) {
        throw new IllegalArgumentException("token " + t + " overlaps or precedes the one before it");
      }
      last = t.end();
    }
  }
}

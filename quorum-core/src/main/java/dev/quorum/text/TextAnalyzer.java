package dev.quorum.text;

import dev.quorum.model.Span;
import java.util.List;

/** Splits a cleaned text into sentences and tokens and tells its language. */
public interface TextAnalyzer {

  /**
   * Analyses {@code text}; no sentence crosses a paragraph boundary. Thread-safe implementations
   * say so.
   */
  Analysis analyze(String text, List<Span> paragraphs);
}

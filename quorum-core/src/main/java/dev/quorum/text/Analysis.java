package dev.quorum.text;

import dev.quorum.model.Sentence;
import java.util.List;

/** The language of a cleaned text and its sentences with their tokens. */
public record Analysis(String language, List<Sentence> sentences) {

  public Analysis {
    sentences = List.copyOf(sentences);
  }
}

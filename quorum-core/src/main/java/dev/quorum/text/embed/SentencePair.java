package dev.quorum.text.embed;

/** Two sentences to compare; null sides count as empty. */
public record SentencePair(String a, String b) {

  public SentencePair {
    a = a == null ? "" : a;
    b = b == null ? "" : b;
  }
}

package dev.quorum.copies;

import java.util.List;
import java.util.Objects;

/**
 * A copy relation between two articles with its evidence.
 *
 * @param a the copy: the later article, or the one that reworded the other when that can be told
 * @param b the article {@code a} copies (its likely source when {@link #sourceEvidence} is set)
 * @param kind duplicate, near-duplicate or rewrite
 * @param score strength of the relation in [0, 1] (shingle containment for copies, share of the
 *     shorter article's sentences aligned for rewrites)
 * @param aligned the aligned sentence pairs, spans into a's and b's cleaned texts
 * @param coverageA share of a's sentences that are aligned
 * @param coverageB share of b's sentences that are aligned
 * @param sourceEvidence why {@code b} is taken for the source ("published earlier", "wire credit
 *     Reuters"), or null when nothing tells which came first
 */
public record CopyRelation(
    String a,
    String b,
    CopyKind kind,
    double score,
    List<AlignedPair> aligned,
    double coverageA,
    double coverageB,
    String sourceEvidence) {

  public CopyRelation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    if (a.equals(b)) {
      throw new IllegalArgumentException("an article cannot copy itself: " + a);
    }
    aligned = List.copyOf(aligned);
  }
}

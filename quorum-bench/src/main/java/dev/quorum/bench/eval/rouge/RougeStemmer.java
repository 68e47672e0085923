package dev.quorum.bench.eval.rouge;

import dev.quorum.text.PorterStemmer;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Porter's reference variant (like {@link
 * dev.quorum.text.PorterStemmer}) except for step 4, which ROUGE's author changed in 2004.
 *
 * <p>Why a separate class: in ROUGE-1.5.5 step 4 is not one choice of the longest suffix. It first
 * strips one of {@code al ance ence er ic able ible ant ement ou ism ate iti ous ive ize}, then,
 * on what is left, {@code ment}, then {@code ent} or else {@code (s|t)ion}, each when the stem
 * left has measure above 1. So {@code traditionally} (step 2: {@code traditional}) loses {@code al}
 * and then {@code ion} and becomes {@code tradit}, like {@code tradition}, where Porter's stemmer
 * stops at {@code tradition}; {@code agreement} becomes {@code agreem}, {@code incidental}
 * {@code incid}. The summarizer keeps the standard stemmer; only the scorer needs ROUGE's.
 */
public final class RougeStemmer {

  private RougeStemmer() {}

  /** ROUGE's stem of a lower-case word; words shorter than three letters come back unchanged. */
  public static String stem(String word) {
    return PorterStemmer.rougeStem(word);
  }
}

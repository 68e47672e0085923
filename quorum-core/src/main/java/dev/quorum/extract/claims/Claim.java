package dev.quorum.extract.claims;

import java.util.List;
import java.util.Objects;

/**
 * A numeric claim: a number stated as a fact about the world, normalized, with what it counts, its
 * time scope, place, claimant and hedge, and every mention of it across a corpus.
 *
 * @param id stable id within one extraction ({@code c001}, ... in order of first mention)
 * @param text the sentence of the first mention
 * @param value the normalized value: shares as fractions (20 percent = 0.2), ratios as quotients
 *     (one in seven = 1/7), money in currency units, durations in the unit given
 * @param high the upper end of a range ("between 10 and 20"), else null
 * @param unit {@code count}, {@code share}, {@code ratio}, {@code point}, an ISO 4217 currency
 *     code, or a measure ({@code km}, {@code month}, {@code degC}, {@code USD/year}, ...)
 * @param qualifier "more than", "nearly", "about", "at least", "up to", "at most", "less than",
 *     ..., or null
 * @param quantity what is counted: the noun phrase the number modifies and its verb ("Russians
 *     killed", "attacks repelled"), or null when it cannot be told
 * @param quantityKey the normalized head noun of {@code quantity}, the key claims are grouped by
 * @param scope the time scope ("in the past 24 hours", "since February 24"), or null
 * @param place the place named with it, or null
 * @param claimant the first claimant a mention names, or null when every article states it itself
 * @param hedged whether any mention hedges it
 * @param hedge the first hedge phrase, or null
 * @param mentions every mention, in article id and offset order
 * @param origins the number of independent origins (copy groups) among the mentioning articles
 */
public record Claim(
    String id,
    String text,
    double value,
    Double high,
    String unit,
    String qualifier,
    String quantity,
    String quantityKey,
    String scope,
    String place,
    String claimant,
    boolean hedged,
    String hedge,
    List<ClaimMention> mentions,
    int origins) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a claim has at least one mention");
    }
    long articles = mentions.stream().map(ClaimMention::article).distinct().count();
    if (origins < 1 || origins > articles) {
      throw new IllegalArgumentException(
          "a claim in " + articles + " articles cannot have " + origins + " origins");
    }
    if (high != null && high < value) {
      throw new IllegalArgumentException("range " + value + "-" + high + " is upside down");
    }
    if (hedged != (hedge != null)) {
      throw new IllegalArgumentException("hedged and hedge phrase disagree");
    }
  }
}

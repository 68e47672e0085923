package dev.quorum.extract.claims;

/**
 * A number phrase the grammar read from a sentence's tokens.
 *
 * @param first first token, qualifier included
 * @param number first token of the number itself
 * @param end token after the phrase, unit and post-qualifier included
 * @param value normalized value (shares as fractions, scales applied, currencies in units)
 * @param high upper end of a range, else null
 * @param unit normalized unit: count, share, ratio, point, an ISO currency code, a measure
 * @param qualifier normalized qualifier ("more than", "nearly", ...), else null
 * @param kind whether it is a claim, a time span of the report, or no claim at all
 */
record Amount(int first, int number, int end, double value, Double high, String unit,
    String qualifier, Kind kind) {

  enum Kind { CLAIM, TIME, NONE }

  Amount with(Kind k) {
    return new Amount(first, number, end, value, high, unit, qualifier, k);
  }
}

/**
 * Numeric claims: a number grammar over tokens (ICU4J spell-out parsing, qualifiers, ranges,
 * ratios, fractions, percentages, currencies, units), the claim's context (what it counts, time
 * scope, place, claimant, hedge) and the merging of one claim's mentions across a corpus.
 */
package dev.quorum.extract.claims;

/**
 * Quotes and reported speech with their speakers, cues and channels, per article and joined
 * across a corpus with the number of independent origins that report each.
 */
package dev.quorum.extract.quotes;

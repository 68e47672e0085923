/**
 * Extraction: names and entities, quotes with their speakers, and numeric claims, each traced to
 * the sentence it came from.
 */
package dev.quorum.extract;

package dev.quorum.stories;

/**
 * What the clusterer keeps of one independent origin: its representative article's weighted
 * content terms and names, headline, opening, date and sentence-embedding vector.
 */
final class Unit {

  static final int NO_DAY = Integer.MIN_VALUE;

  final String id;
  final String title;
  final String opening;
  /** Publication day since the epoch, {@link #NO_DAY} when unknown. */
  final int day;
  /** Last publication day: the same as {@link #day} for an article, later for a group's view. */
  final int lastDay;
  /** Term ids in ascending order and their log-tf weights scaled to unit length. */
  final int[] terms;
  final float[] termWeights;
  /** Entity ids in ascending order and their weights scaled to unit length. */
  final int[] entities;
  final float[] entityWeights;
  /** Distinct term ids of the headline. */
  final int[] titleTerms;
  /** Unit-length embedding of headline and opening, null without an embedder. */
  float[] embedding;

  Unit(String id, String title, String opening, int day, int[] terms, float[] termWeights,
      int[] entities, float[] entityWeights, int[] titleTerms) {
    this(id, title, opening, day, day, terms, termWeights, entities, entityWeights, titleTerms);
  }

  Unit(String id, String title, String opening, int day, int lastDay, int[] terms,
      float[] termWeights, int[] entities, float[] entityWeights, int[] titleTerms) {
    this.id = id;
    this.title = title;
    this.opening = opening;
    this.day = day;
    this.lastDay = lastDay;
    this.terms = terms;
    this.termWeights = termWeights;
    this.entities = entities;
    this.entityWeights = entityWeights;
    this.titleTerms = titleTerms;
  }

  boolean dated() {
    return day != NO_DAY;
  }
}

package dev.quorum.stories;

/** The fitted default weights of {@link StoryClusterer.Options#defaults(boolean)}. */
final class StoryDefaults {

  private StoryDefaults() {}

  static final Weights EVENTS_EMBEDDED = new Weights(-4, 12, 2, 2, 1, 0);
  static final Weights EVENTS_LEXICAL = new Weights(-4, 12, 2, 0, 1, 0);
  static final Weights STORIES_EMBEDDED = new Weights(-3, 12, 2, 2, 1, 0);
  static final Weights STORIES_LEXICAL = new Weights(-3, 12, 2, 0, 1, 0);
}

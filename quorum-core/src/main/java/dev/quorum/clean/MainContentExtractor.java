package dev.quorum.clean;

/** Finds the main content and the metadata of an HTML page. */
public interface MainContentExtractor {

  /**
   * Extracts {@code html}, resolving relative links against {@code url} (may be null). Never
   * throws on malformed markup: the worst page yields no kept blocks.
   */
  ExtractedPage extract(String html, String url);
}

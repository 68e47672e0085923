package dev.quorum.model;

import java.util.Objects;

/**
 * A piece of the original document that cleaning took out of the text, kept so nothing is lost.
 *
 * @param text the removed text as it stood in the input
 * @param reason why it was removed, a short code with an optional detail after a colon
 *     ({@code teaser: follows "Read more:"}, {@code boilerplate: ad marker}, {@code byline})
 * @param offset where it stood: the character offset in the cleaned text at which it was cut out
 */
public record Removed(String text, String reason, int offset) {

  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (offset < 0) {
      throw new IllegalArgumentException("removed piece offset " + offset + " is negative");
    }
  }
}

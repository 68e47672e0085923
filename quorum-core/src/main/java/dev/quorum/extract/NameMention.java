package dev.quorum.extract;

import dev.quorum.model.Span;
import java.util.Objects;

/**
 * One occurrence of a name in an article's cleaned text, as a name finder saw it.
 *
 * @param span half-open character span of the name in the article's text
 * @param type what kind of entity the name denotes
 * @param text the covered characters
 */
public record NameMention(Span span, EntityType type, String text) {

  public NameMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' does not fit its span " + span);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty name mention at " + span);
    }
  }
}

package dev.quorum.brief;

import dev.quorum.model.Span;
import java.util.Objects;

/**
 * A pointer from a statement of the briefing to the characters of an article that state it.
 *
 * @param article the article id
 * @param span half-open character span into that article's cleaned text
 */
public record Citation(String article, Span span) implements Comparable<Citation> {

  public Citation {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public int compareTo(Citation o) {
    int c = article.compareTo(o.article);
    return c != 0 ? c : span.compareTo(o.span);
  }
}

package dev.quorum.extract.entities;

import dev.quorum.model.Span;
import java.util.Objects;

/**
 * One mention of an entity: the article and the half-open span of its cleaned text.
 *
 * @param article the article id
 * @param span the mention's characters
 */
public record EntityMention(String article, Span span) implements Comparable<EntityMention> {

  public EntityMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public int compareTo(EntityMention o) {
    int c = article.compareTo(o.article);
    return c != 0 ? c : span.compareTo(o.span);
  }
}

package dev.quorum.extract;

import dev.quorum.model.Span;

/** Tells which corpus-wide entity, if any, a span of an article refers to. */
@FunctionalInterface
public interface EntityLinker {

  /** A linker that knows no entities. */
  EntityLinker NONE = (article, span) -> null;

  /**
   * The id of the entity whose mention overlaps {@code span} in article {@code articleId}, or null.
   */
  String entityAt(String articleId, Span span);
}

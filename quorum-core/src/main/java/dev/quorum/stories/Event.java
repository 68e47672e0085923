package dev.quorum.stories;

import java.util.List;
import java.util.Objects;

/**
 * One event: articles about the same happening.
 *
 * @param id stable id: {@code e} and the id of its first member in id order
 * @param title a representative headline (or opening phrase when no member has a headline)
 * @param first earliest publication date of a member (ISO {@code yyyy-mm-dd}), null when unknown
 * @param last latest publication date of a member, null when unknown
 * @param entities the names most members mention, most frequent first
 * @param articles member article ids in id order (copies of one origin included)
 * @param origins how many independent origins the members form
 */
public record Event(
    String id, String title, String first, String last, List<String> entities,
    List<String> articles, int origins) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    entities = List.copyOf(entities);
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("an event has at least one article");
    }
    if (origins < 1 || origins > articles.size()) {
      throw new IllegalArgumentException("origins " + origins + " for " + articles.size()
          + " articles");
    }
    if ((first == null) != (last == null) || first != null && first.compareTo(last) > 0) {
      throw new IllegalArgumentException("bad time span " + first + ".." + last);
    }
  }
}

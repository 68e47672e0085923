package dev.quorum.stories;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One storyline: events about the same ongoing subject, which may run for months.
 *
 * @param id stable id: {@code s} and the id of its first member in id order
 * @param title a representative headline of the whole storyline
 * @param first earliest publication date of a member, null when unknown
 * @param last latest publication date of a member, null when unknown
 * @param entities the names most members mention, most frequent first
 * @param articles member article ids in id order: exactly those of its events
 * @param events its events in order of first date (undated last), ties by id
 */
public record Story(
    String id, String title, String first, String last, List<String> entities,
    List<String> articles, List<Event> events) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    entities = List.copyOf(entities);
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one event");
    }
    Set<String> fromEvents = new HashSet<>();
    int n = 0;
    for (Event e : events) {
      fromEvents.addAll(e.articles());
      n += e.articles().size();
    }
    if (n != articles.size() || !fromEvents.equals(new HashSet<>(articles))) {
      throw new IllegalArgumentException("story " + id + " articles differ from its events'");
    }
    if ((first == null) != (last == null) || first != null && first.compareTo(last) > 0) {
      throw new IllegalArgumentException("bad time span " + first + ".." + last);
    }
  }
}

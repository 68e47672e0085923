package dev.quorum.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The storylines of a corpus, each with its events; every article is in exactly one event. */
public record Stories(List<Story> stories) {

  public Stories {
    stories = List.copyOf(stories);
    Map<String, String> seen = new HashMap<>();
    for (Story s : stories) {
      for (Event e : s.events()) {
        for (String a : e.articles()) {
          String before = seen.put(a, e.id());
          if (before != null) {
            throw new IllegalArgumentException("article " + a + " is in " + before + " and "
                + e.id());
          }
        }
      }
    }
  }

  /** All events of all stories, in story order. */
  public List<Event> events() {
    List<Event> out = new ArrayList<>();
    stories.forEach(s -> out.addAll(s.events()));
    return out;
  }

  /** Article id to the id of its event. */
  public Map<String, String> eventOf() {
    Map<String, String> out = new HashMap<>();
    for (Event e : events()) {
      e.articles().forEach(a -> out.put(a, e.id()));
    }
    return out;
  }

  /** Article id to the id of its storyline. */
  public Map<String, String> storyOf() {
    Map<String, String> out = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> out.put(a, s.id()));
    }
    return out;
  }
}

package dev.quorum.extract.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement as reported across a corpus: its words, its speaker, every article mention and the
 * number of independent origins that report it.
 *
 * @param id stable id within one extraction ({@code q1}, {@code q2}, ... in order of first mention)
 * @param text the words of the first mention (articles in id order)
 * @param speaker the speaker's entity id, or null
 * @param speakerName the speaker's name, role or unnamed-source phrase as written, or null
 * @param cue the reporting verb of the first mention that has one, or null
 * @param channel where it was said, from the first mention that tells, or null
 * @param direct whether the words are a direct quote (inside quotation marks)
 * @param mentions every mention, in article id and text order
 * @param origins the number of independent origins among the mentioning articles
 */
public record Quote(
    String id,
    String text,
    String speaker,
    String speakerName,
    String cue,
    String channel,
    boolean direct,
    List<QuoteMention> mentions,
    int origins) {

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a quote has at least one mention");
    }
    if (origins < 1 || origins > mentions.size()) {
      throw new IllegalArgumentException(
          "origins " + origins + " outside 1.." + mentions.size() + " for quote " + id);
    }
  }

  /**
   * A plain map for JSON writers with the keys of the {@code quotes} schema: {@code id}, {@code
   * text}, {@code speaker}, {@code speakerName}, {@code cue}, {@code direct}, {@code mentions},
   * {@code origins}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("text", text);
    m.put("speaker", speaker);
    m.put("speakerName", speakerName);
    m.put("cue", cue);
    m.put("direct", direct);
    List<Map<String, Object>> ms = new ArrayList<>();
    for (QuoteMention q : mentions) {
      ms.add(q.toMap());
    }
    m.put("mentions", ms);
    m.put("origins", origins);
    return m;
  }
}

package dev.quorum.extract.quotes;

import dev.quorum.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one article reports a quote.
 *
 * @param article the article's id
 * @param span half-open span of the quoted content in the article's cleaned text
 * @param speakerSpan half-open span of the phrase naming the speaker, or null
 */
public record QuoteMention(String article, Span span, Span speakerSpan) {

  public QuoteMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }

  /**
   * A plain map for JSON writers: {@code article}, {@code start}, {@code end}, {@code speaker}
   * ({@code {start, end}} or null).
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", article);
    m.put("start", span.start());
    m.put("end", span.end());
    if (speakerSpan == null) {
      m.put("speaker", null);
    } else {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("start", speakerSpan.start());
      s.put("end", speakerSpan.end());
      m.put("speaker", s);
    }
    return m;
  }
}

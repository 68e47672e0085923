package dev.quorum.brief;

import dev.quorum.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a summary: its text verbatim from an article, where it was taken from, every
 * sentence of the input that states the same, and how many independent origins those come from.
 *
 * @param text the sentence, exactly as it stands in {@code source}'s article
 * @param source the article and span the text was taken from (also the first of {@code mentions})
 * @param mentions every sentence of the input stating it, source first, then by article id
 * @param origins independent origins among the mentions' articles (articles when no copy report)
 */
public record SummarySentence(String text, Mention source, List<Mention> mentions, int origins) {

  /** A sentence of an article: the article's id and the sentence's span in its cleaned text. */
  public record Mention(String article, Span span) {
    public Mention {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(span, "span");
    }
  }

  public SummarySentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty() || !mentions.get(0).equals(source)) {
      throw new IllegalArgumentException("the source must be the first mention");
    }
    if (text.length() != source.span().length()) {
      throw new IllegalArgumentException("text and source span differ in length");
    }
    if (origins < 1 || origins > mentions.size()) {
      throw new IllegalArgumentException("origins " + origins + " for " + mentions.size() + " mentions");
    }
  }

  /** The ids of the distinct articles that state this sentence, in mention order. */
  public List<String> articles() {
    return mentions.stream().map(Mention::article).distinct().toList();
  }

  /** Words of the text, counted as whitespace-separated pieces. */
  public int words() {
    return Units.countWords(text);
  }
}

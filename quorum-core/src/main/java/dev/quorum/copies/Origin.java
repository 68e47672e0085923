package dev.quorum.copies;

import java.util.List;

/**
 * An independent origin: a group of articles linked by copy relations, which counts as one source
 * when corroborating; {@code id} is the id of its first article in id order.
 */
public record Origin(String id, List<String> articles) {

  public Origin {
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("an origin has at least one article");
    }
  }
}

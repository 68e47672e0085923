package dev.quorum.extract.claims;

import dev.quorum.model.Span;
import java.util.Objects;

/**
 * One place where an article states a claim.
 *
 * @param article the article's id
 * @param span the number phrase, qualifier and unit included, in the article's cleaned text
 * @param sentence the sentence the phrase stands in
 * @param claimant who this article says makes the claim ("Ukraine's General Staff"), or null
 *     when the article states it itself
 * @param hedge the hedge phrase this article attaches to it ("cannot be confirmed"), or null
 */
public record ClaimMention(String article, Span span, Span sentence, String claimant, String hedge) {

  public ClaimMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    if (!sentence.contains(span)) {
      throw new IllegalArgumentException("claim span " + span + " lies outside its sentence " + sentence);
    }
  }
}

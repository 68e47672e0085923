package dev.quorum.extract.quotes;

import dev.quorum.model.Span;
import java.util.Objects;

/**
 * One quote or report of speech found in one article, with its speaker as the article gives it.
 *
 * @param article the article's id
 * @param span half-open span of the quoted content in the article's cleaned text (inside the marks
 *     for a direct quote; from its first to its last part when split by the attribution or run over
 *     several paragraphs)
 * @param text the quoted words; parts split by an attribution are joined by " … "
 * @param direct true for words inside quotation marks, false for reported (indirect) speech
 * @param speakerSpan the phrase that names the speaker (a pronoun as written), or null
 * @param speakerName the speaker's name; for a role or unnamed source the phrase as written; for a
 *     resolved pronoun the antecedent's name; null when nobody is named
 * @param kind what kind of phrase names the speaker
 * @param speakerEntity the linked entity id of the speaker, or null
 * @param cue the reporting verb as written ("said", "told reporters", "according to"), or null
 * @param channel where it was said, as written ("in a video address", "on Twitter"), or null
 */
public record ArticleQuote(
    String article,
    Span span,
    String text,
    boolean direct,
    Span speakerSpan,
    String speakerName,
    Speaker kind,
    String speakerEntity,
    String cue,
    String channel) {

  public ArticleQuote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty quote at " + span);
    }
    if (speakerName == null && (kind == Speaker.NAMED || kind == Speaker.ROLE)) {
      throw new IllegalArgumentException("a " + kind + " speaker needs a name");
    }
  }
}

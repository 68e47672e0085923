package dev.quorum.bench.copies;

import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as editable text: a title and paragraphs of sentences, which the spinner and the
 * editor rewrite and which {@link #text()} joins back into a plain-text body.
 */
public record Draft(String title, List<List<String>> paragraphs) {

  public Draft {
    title = title == null ? "" : title;
    paragraphs = paragraphs.stream().map(List::copyOf).filter(p -> !p.isEmpty()).toList();
  }

  /** The sentences of {@code article} grouped by the paragraph they lie in. */
  public static Draft of(Article article) {
    List<List<String>> out = new ArrayList<>();
    int si = 0;
    List<Sentence> sentences = article.sentences();
    for (Span p : article.paragraphs()) {
      List<String> para = new ArrayList<>();
      while (si < sentences.size() && sentences.get(si).span().start() < p.end()) {
        if (sentences.get(si).span().start() >= p.start()) {
          para.add(article.sentenceText(si).strip());
        }
        si++;
      }
      out.add(para);
    }
    String title = article.metadata().title();
    return new Draft(title, out);
  }

  /** All sentences in order. */
  public List<String> sentences() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }

  /** The body: paragraphs separated by a blank line, sentences by a space. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (List<String> p : paragraphs) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(String.join(" ", p));
    }
    return b.append('\n').toString();
  }
}

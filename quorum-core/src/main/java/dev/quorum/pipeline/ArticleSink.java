package dev.quorum.pipeline;

import dev.quorum.model.Article;
import dev.quorum.model.Skip;

/** Receives, in input order, every article the pipeline produced and every input it skipped. */
public interface ArticleSink {

  void accept(Article article);

  void skip(Skip skip);
}

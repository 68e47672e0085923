package dev.quorum.extract;

import dev.quorum.model.Article;
import java.util.List;

/** Finds the names of persons, organisations, places and other things in an article. */
public interface NameFinder {

  /** The name mentions of {@code article}, in text order, none overlapping. */
  List<NameMention> find(Article article);
}

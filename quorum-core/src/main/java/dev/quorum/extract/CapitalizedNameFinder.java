package dev.quorum.extract;

import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names as runs of capitalized tokens: a model-free fallback that knows no entity types.
 *
 * <p>A capitalized word that opens a sentence counts only when the article never writes it in lower
 * case, so "The" and "Officials" at a sentence start are not names. Every mention is typed
 * {@link EntityType#MISC}; a trained name finder should be preferred wherever one is available.
 */
public final class CapitalizedNameFinder implements NameFinder {

  @Override
  public List<NameMention> find(Article article) {
    String text = article.text();
    Set<String> lowerWords = new HashSet<>();
    for (Sentence s : article.sentences()) {
      for (Span t : s.tokens()) {
        if (Character.isLowerCase(text.charAt(t.start()))) {
          lowerWords.add(t.of(text));
        }
      }
    }
    List<NameMention> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Span> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        if (!capitalized(text, tokens.get(i))
            || (i == 0 && lowerWords.contains(tokens.get(i).of(text).toLowerCase(Locale.ROOT)))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && capitalized(text, tokens.get(j))) {
          j++;
        }
        Span span = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
        out.add(new NameMention(span, EntityType.MISC, span.of(text)));
        i = j;
      }
    }
    return out;
  }

  private static boolean capitalized(String text, Span token) {
    char c = text.charAt(token.start());
    if (!Character.isUpperCase(c)) {
      return false;
    }
    for (int k = token.start() + 1; k < token.end(); k++) {
      if (Character.isLetter(text.charAt(k))) {
        return true;
      }
    }
    return token.length() == 1;
  }
}

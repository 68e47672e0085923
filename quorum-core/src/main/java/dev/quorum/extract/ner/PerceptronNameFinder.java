package dev.quorum.extract.ner;

import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds typed names in an article with a trained {@link NerModel}, after mapping the article's
 * tokens to the conventions of the CoNLL-2003 training text.
 *
 * <p>The mapping: typographic quotes and apostrophes become ASCII ones, and a possessive still
 * attached to a word ("Name’s") is split off, so the name ends before it.
 */
public final class PerceptronNameFinder implements NameFinder {

  private final NerModel model;

  public PerceptronNameFinder(NerModel model) {
    this.model = model;
  }

  /** A finder over the shipped English model. */
  public static PerceptronNameFinder english() {
    return new PerceptronNameFinder(NerModel.english());
  }

  @Override
  public List<NameMention> find(Article article) {
    String text = article.text();
    List<String[]> sentences = new ArrayList<>();
    List<List<Span>> spans = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<String> words = new ArrayList<>();
      List<Span> ws = new ArrayList<>();
      for (Span t : s.tokens()) {
        if (t.isEmpty()) {
          continue;
        }
        String w = conllForm(t.of(text));
        if (w.isBlank()) {
          continue;
        }
        int cut = possessive(w);
        if (cut > 0) {
          words.add(w.substring(0, cut));
          ws.add(new Span(t.start(), t.start() + cut));
          words.add(w.substring(cut));
          ws.add(new Span(t.start() + cut, t.end()));
        } else {
          words.add(w);
          ws.add(t);
        }
      }
      sentences.add(words.toArray(new String[0]));
      spans.add(ws);
    }
    List<List<TokenChunk>> chunks = model.tag(sentences);
    List<NameMention> out = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<Span> ws = spans.get(i);
      for (TokenChunk c : joinOfNames(sentences.get(i), chunks.get(i))) {
        Span span = new Span(ws.get(c.start()).start(), ws.get(c.end() - 1).end());
        out.add(new NameMention(span, c.type(), span.of(text)));
      }
    }
    return out;
  }

  /** Words that join the parts of an institution's name: "Institute for the Study of War". */
  private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "for");

  /**
   * Names the tagger cut at an inner "of" or "for": where a name follows "Capitalized (of|for)
   * (the)?" and the capitalized words before the joiner are untagged and do not open the
   * sentence, they are taken into the name ("the Institute for the Study of War"). News
   * institutions are named this way far more often than the Reuters training text shows.
   */
  static List<TokenChunk> joinOfNames(String[] words, List<TokenChunk> chunks) {
    List<TokenChunk> out = new ArrayList<>(chunks.size());
    int prevEnd = 0;
    for (TokenChunk c : chunks) {
      int k = c.start() - 1;
      if (k >= 0 && words[k].equalsIgnoreCase("the")) {
        k--;
      }
      int start = c.start();
      if (k >= 1 && JOINERS.contains(words[k])) {
        int j = k - 1;
        while (j >= prevEnd && j >= 1 && capitalizedWord(words[j])) {
          j--;
        }
        if (j + 1 < k && j + 1 >= Math.max(prevEnd, 1)) {
          start = j + 1;
        }
      }
      if (start == c.start()) {
        out.add(c);
      } else {
        EntityType type = c.type() == EntityType.PLACE ? EntityType.PLACE : EntityType.ORG;
        out.add(new TokenChunk(start, c.end(), type));
      }
      prevEnd = c.end();
    }
    return out;
  }

  private static boolean capitalizedWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    int h = w.lastIndexOf('-');
    return !(h > 0 && h + 1 < w.length() && Character.isLowerCase(w.charAt(h + 1)));
  }

  /** The token as CoNLL would write it: ASCII quotes and apostrophes, no inner whitespace. */
  static String conllForm(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      switch (c) {
        case '\u2018', '\u2019', '\u02BC', '\u201B', '\u2032' -> sb.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> sb.append('"');
        case '\u2013', '\u2014' -> sb.append('-');
        default -> sb.append(Character.isWhitespace(c) ? '_' : c);
      }
    }
    return sb.toString();
  }

  /** Where a possessive {@code 's} or trailing {@code '} after a capitalized word starts, or 0. */
  static int possessive(String w) {
    int n = w.length();
    if (n > 3 && Character.isUpperCase(w.charAt(0)) && w.charAt(n - 2) == '\''
        && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      return n - 2;
    }
    return 0;
  }
}

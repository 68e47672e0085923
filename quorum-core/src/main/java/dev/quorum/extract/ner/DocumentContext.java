package dev.quorum.extract.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger knows about the whole document a sentence comes from: which words it writes
 * capitalized inside a sentence or in lower case, and which types it has already given each word.
 */
final class DocumentContext {

  final Set<String> capitalizedInside = new HashSet<>();
  final Set<String> lowercase = new HashSet<>();
  /** Word to counts of predicted types so far. */
  final Map<String, int[]> history = new HashMap<>();

  DocumentContext(List<String[]> sentences) {
    for (String[] words : sentences) {
      boolean headline = NerFeatures.isHeadline(words);
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        char c = w.charAt(0);
        if (Character.isLowerCase(c)) {
          lowercase.add(w);
        } else if (Character.isUpperCase(c) && i > 0 && !headline
            && !NerFeatures.opensClause(words[i - 1])) {
          capitalizedInside.add(w);
        }
      }
    }
  }

  /** Records the predicted names of one sentence. */
  void record(String[] words, List<TokenChunk> chunks) {
    for (TokenChunk c : chunks) {
      for (int k = c.start(); k < c.end(); k++) {
        if (Character.isUpperCase(words[k].charAt(0))) {
          history.computeIfAbsent(words[k], w -> new int[4])[c.type().ordinal()]++;
        }
      }
    }
  }
}

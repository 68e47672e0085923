package dev.quorum.extract.ner;

import dev.quorum.extract.EntityType;
import java.util.HashMap;
import java.util.Map;

/**
 * Token sequences known to be names, each with the set of types it was seen with: learned from the
 * names of the training data and matched case-sensitively against a sentence's words.
 */
final class Gazetteer {

  static final int MAX_LENGTH = 6;

  /** Joined words to a bit set of {@link EntityType} ordinals. */
  final Map<String, Integer> entries;

  Gazetteer(Map<String, Integer> entries) {
    this.entries = entries;
  }

  static Gazetteer empty() {
    return new Gazetteer(new HashMap<>());
  }

  void add(String[] words, TokenChunk c) {
    if (c.end() - c.start() > MAX_LENGTH) {
      return;
    }
    entries.merge(join(words, c.start(), c.end()), 1 << c.type().ordinal(), (a, b) -> a | b);
  }

  static String join(String[] words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(words[k]);
    }
    return sb.toString();
  }

  /**
   * For each token, a bit set of matches: bit {@code type * 4 + pos} is set when the token is at
   * BILOU position {@code pos} of a known name of that type.
   */
  int[] match(String[] words) {
    int[] out = new int[words.length];
    if (entries.isEmpty()) {
      return out;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (!Character.isUpperCase(words[i].charAt(0)) && !Character.isDigit(words[i].charAt(0))) {
        continue;
      }
      sb.setLength(0);
      for (int j = i; j < Math.min(words.length, i + MAX_LENGTH); j++) {
        if (j > i) {
          sb.append(' ');
        }
        sb.append(words[j]);
        Integer types = entries.get(sb.toString());
        if (types == null) {
          continue;
        }
        for (int t = 0; t < 4; t++) {
          if ((types & (1 << t)) == 0) {
            continue;
          }
          if (j == i) {
            out[i] |= 1 << (t * 4 + Tags.U);
          } else {
            out[i] |= 1 << (t * 4 + Tags.B);
            for (int k = i + 1; k < j; k++) {
              out[k] |= 1 << (t * 4 + Tags.I);
            }
            out[j] |= 1 << (t * 4 + Tags.L);
          }
        }
      }
    }
    return out;
  }
}

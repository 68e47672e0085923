package dev.quorum.extract.ner;

import dev.quorum.extract.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name as a half-open range of token positions in one sentence, with its type.
 *
 * @param start first token
 * @param end one past the last token
 * @param type the entity type
 */
public record TokenChunk(int start, int end, EntityType type) {

  public TokenChunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token chunk [" + start + ", " + end + ")");
    }
  }

  /**
   * The chunks of CoNLL IOB tags read with conlleval's rules: a chunk starts at B-X, or at I-X
   * after O or after a different type; {@code O} or anything unrecognized is outside.
   */
  public static List<TokenChunk> fromIob(List<String> tags) {
    List<TokenChunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      boolean inside = t.length() > 2 && (t.startsWith("B-") || t.startsWith("I-"));
      String ty = inside ? t.substring(2) : null;
      boolean starts = inside && (t.startsWith("B-") || !ty.equals(type));
      if (type != null && (!inside || starts)) {
        out.add(new TokenChunk(start, i, EntityType.fromConll(type)));
        type = null;
      }
      if (starts) {
        start = i;
        type = ty;
      }
    }
    return out;
  }

  /**
   * IOB1 tags (as in the CoNLL-2003 files) of {@code n} tokens holding {@code chunks}: I-X, and B-X
   * only where a chunk directly follows one of the same type.
   */
  public static List<String> toIob1(List<TokenChunk> chunks, int n) {
    List<String> tags = new ArrayList<>(java.util.Collections.nCopies(n, "O"));
    TokenChunk prev = null;
    for (TokenChunk c : chunks) {
      boolean adjacent = prev != null && prev.end() == c.start() && prev.type() == c.type();
      for (int k = c.start(); k < c.end(); k++) {
        tags.set(k, (k == c.start() && adjacent ? "B-" : "I-") + c.type().conll());
      }
      prev = c;
    }
    return tags;
  }
}

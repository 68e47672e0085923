package dev.quorum.extract.ner;

import dev.quorum.extract.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU tag set over the four entity types: tag 0 is O, then Begin, Inside, Last and Unit for
 * each type in {@link EntityType} order, with the transitions a well-formed sequence allows.
 */
final class Tags {

  static final int O = 0;
  static final int COUNT = 1 + 4 * EntityType.values().length;
  static final int B = 0;
  static final int I = 1;
  static final int L = 2;
  static final int U = 3;

  private static final EntityType[] TYPES = EntityType.values();

  private Tags() {}

  static int of(EntityType type, int pos) {
    return 1 + type.ordinal() * 4 + pos;
  }

  static EntityType type(int tag) {
    return TYPES[(tag - 1) / 4];
  }

  static int pos(int tag) {
    return (tag - 1) % 4;
  }

  /** Whether {@code next} may follow {@code prev} ({@code prev} -1 at the sentence start). */
  static boolean allowed(int prev, int next) {
    boolean open = prev > 0 && (pos(prev) == B || pos(prev) == I);
    if (open) {
      return next != O && type(next) == type(prev) && (pos(next) == I || pos(next) == L);
    }
    return next == O || pos(next) == B || pos(next) == U;
  }

  /** Whether a sentence may end on {@code tag}. */
  static boolean allowedLast(int tag) {
    return tag == O || pos(tag) == L || pos(tag) == U;
  }

  /** The BILOU tags of {@code n} tokens holding {@code chunks}. */
  static int[] encode(List<TokenChunk> chunks, int n) {
    int[] tags = new int[n];
    for (TokenChunk c : chunks) {
      if (c.end() - c.start() == 1) {
        tags[c.start()] = of(c.type(), U);
      } else {
        tags[c.start()] = of(c.type(), B);
        for (int k = c.start() + 1; k < c.end() - 1; k++) {
          tags[k] = of(c.type(), I);
        }
        tags[c.end() - 1] = of(c.type(), L);
      }
    }
    return tags;
  }

  /** The chunks of a well-formed BILOU sequence. */
  static List<TokenChunk> decode(int[] tags) {
    List<TokenChunk> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < tags.length; i++) {
      int t = tags[i];
      if (t == O) {
        start = -1;
        continue;
      }
      switch (pos(t)) {
        case U -> out.add(new TokenChunk(i, i + 1, type(t)));
        case B -> start = i;
        case L -> {
          if (start >= 0) {
            out.add(new TokenChunk(start, i + 1, type(t)));
          }
          start = -1;
        }
        default -> { }
      }
    }
    return out;
  }
}

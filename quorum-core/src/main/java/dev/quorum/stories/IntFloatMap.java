package dev.quorum.stories;

import java.util.Arrays;

/** An open-addressing map from non-negative int keys to float sums: a cluster's sparse centroid. */
final class IntFloatMap {

  private static final int FREE = -1;

  private int[] keys;
  private float[] values;
  private int size;

  IntFloatMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[cap];
    Arrays.fill(keys, FREE);
    values = new float[cap];
  }

  int size() {
    return size;
  }

  /** The value at key, 0 when absent. */
  float get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == FREE) {
        return 0f;
      }
    }
  }

  /** Adds v to the value at key; true when the key was new. */
  boolean add(int key, float v) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        values[i] += v;
        return false;
      }
      if (k == FREE) {
        keys[i] = key;
        values[i] = v;
        size++;
        return true;
      }
    }
  }

  /** Calls the visitor for every entry, in slot order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != FREE) {
        visitor.accept(keys[i], values[i]);
      }
    }
  }

  /** The keys in ascending order. */
  int[] keys() {
    int[] out = new int[size];
    int n = 0;
    for (int k : keys) {
      if (k != FREE) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** Keeps only the {@code keep} entries of largest value (ties: smaller key kept). */
  void retainLargest(int keep) {
    if (size <= keep) {
      return;
    }
    int[] ks = keys();
    Integer[] order = new Integer[ks.length];
    for (int i = 0; i < ks.length; i++) {
      order[i] = i;
    }
    float[] vs = new float[ks.length];
    for (int i = 0; i < ks.length; i++) {
      vs[i] = get(ks[i]);
    }
    Arrays.sort(order, (a, b) -> vs[a] != vs[b] ? Float.compare(vs[b], vs[a])
        : Integer.compare(ks[a], ks[b]));
    IntFloatMap kept = new IntFloatMap(keep);
    for (int i = 0; i < keep; i++) {
      kept.add(ks[order[i]], vs[order[i]]);
    }
    keys = kept.keys;
    values = kept.values;
    size = kept.size;
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    values = new float[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int key) {
    int h = key;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** Receives one entry. */
  interface Visitor {
    void accept(int key, float value);
  }
}

package dev.quorum.extract.ner;

import java.util.Arrays;

/** An open-addressing map from 64-bit feature hashes to dense row numbers, built once. */
final class LongIndex {

  private final long[] keys;
  private final int[] rows;
  private final int mask;

  /** Indexes {@code keys[r]} as row {@code r}; keys must be distinct and nonzero. */
  LongIndex(long[] keyList) {
    int cap = Integer.highestOneBit(Math.max(4, keyList.length * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
    Arrays.fill(rows, -1);
    mask = cap - 1;
    for (int r = 0; r < keyList.length; r++) {
      int slot = slot(keyList[r]);
      while (rows[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = keyList[r];
      rows[slot] = r;
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (true) {
      int r = rows[slot];
      if (r < 0) {
        return -1;
      }
      if (keys[slot] == key) {
        return r;
      }
      slot = (slot + 1) & mask;
    }
  }
}

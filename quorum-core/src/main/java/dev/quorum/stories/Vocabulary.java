package dev.quorum.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the terms (or entity keys) of a corpus and counts in how many units each occurs, for
 * inverse document frequencies that are learnt as units arrive or fixed from a background pass.
 */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> surfaces = new ArrayList<>();
  private int[] df = new int[1024];
  private int units;
  private boolean frozen;

  /** The id of a key, created on first sight with the given surface form for display. */
  int id(String key, String surface) {
    Integer id = ids.get(key);
    if (id != null) {
      return id;
    }
    int n = surfaces.size();
    ids.put(key, n);
    surfaces.add(surface);
    if (n == df.length) {
      df = java.util.Arrays.copyOf(df, n * 2);
    }
    return n;
  }

  String surface(int id) {
    return surfaces.get(id);
  }

  int size() {
    return surfaces.size();
  }

  /** Counts one unit holding the given distinct ids, unless the frequencies are frozen. */
  void observe(int[] distinct) {
    if (frozen) {
      return;
    }
    units++;
    for (int id : distinct) {
      df[id]++;
    }
  }

  /** Stops counting: later units are scored with the frequencies seen so far. */
  void freeze() {
    frozen = true;
  }

  private float[] idfCache = new float[1024];
  private int[] idfStamp = new int[1024];

  /** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1 (cached until N changes). */
  float idf(int id) {
    if (id >= idfCache.length) {
      int n = Math.max(id + 1, idfCache.length * 2);
      idfCache = java.util.Arrays.copyOf(idfCache, n);
      idfStamp = java.util.Arrays.copyOf(idfStamp, n);
    }
    // the stamp is units + 1 so that the zero of a fresh slot never matches
    if (idfStamp[id] != units + 1) {
      int d = id < df.length ? df[id] : 0;
      idfCache[id] = (float) (Math.log((1.0 + units) / (1.0 + d)) + 1.0);
      idfStamp[id] = units + 1;
    }
    return idfCache[id];
  }

  int df(int id) {
    return df[id];
  }

  int units() {
    return units;
  }
}

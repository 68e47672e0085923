package dev.quorum.text.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A bounded, least-recently-used, thread-safe map from a sentence's normalised text to its vector.
 *
 * <p>Keys are a 128-bit digest of the normalised text rather than the text itself, so the cache's
 * memory is set by its capacity and the vector size, not by sentence length.
 */
public final class EmbeddingCache {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The 128-bit digest that stands for one normalised sentence. */
  public record Key(long high, long low) {}

  private final int capacity;
  private final LinkedHashMap<Key, float[]> map;
  private long hits;
  private long misses;

  /** A cache holding at most capacity vectors (0 disables it). */
  public EmbeddingCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0");
    }
    this.capacity = capacity;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
            return size() > EmbeddingCache.this.capacity;
          }
        };
  }

  /** The text the embedder sees and the cache keys on: trimmed, whitespace runs made one space. */
  public static String normalize(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** The key of a text (normalised first). */
  public static Key keyOf(String text) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(normalize(text).getBytes(StandardCharsets.UTF_8));
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (d[i] & 0xFF);
        lo = (lo << 8) | (d[i + 8] & 0xFF);
      }
      return new Key(hi, lo);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  /** The cached vector for the key, or null; counts a hit or a miss. */
  public synchronized float[] get(Key key) {
    float[] v = map.get(key);
    if (v == null) {
      misses++;
      return null;
    }
    hits++;
    return v.clone();
  }

  /** Stores a copy of the vector under the key, evicting the least recently used if full. */
  public synchronized void put(Key key, float[] vector) {
    if (capacity > 0) {
      map.put(key, vector.clone());
    }
  }

  /** How many vectors are held. */
  public synchronized int size() {
    return map.size();
  }

  /** The most vectors held. */
  public int capacity() {
    return capacity;
  }

  /** Look-ups that found a vector. */
  public synchronized long hits() {
    return hits;
  }

  /** Look-ups that found none. */
  public synchronized long misses() {
    return misses;
  }
}

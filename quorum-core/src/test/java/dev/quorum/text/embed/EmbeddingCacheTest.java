package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

  @Test
  void keysIgnoreWhitespaceDifferencesOnly() {
    assertThat(EmbeddingCache.keyOf(" a  b\tc ")).isEqualTo(EmbeddingCache.keyOf("a b c"));
    assertThat(EmbeddingCache.keyOf("a b c")).isNotEqualTo(EmbeddingCache.keyOf("a b d"));
    assertThat(EmbeddingCache.keyOf("A b c")).isNotEqualTo(EmbeddingCache.keyOf("a b c"));
  }

  @Test
  void evictsTheLeastRecentlyUsed() {
    EmbeddingCache cache = new EmbeddingCache(2);
    var a = EmbeddingCache.keyOf("a");
    var b = EmbeddingCache.keyOf("b");
    var c = EmbeddingCache.keyOf("c");
    cache.put(a, new float[] {1});
    cache.put(b, new float[] {2});
    assertThat(cache.get(a)).containsExactly(1f); // a is now the most recent
    cache.put(c, new float[] {3});
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(b)).isNull();
    assertThat(cache.get(a)).containsExactly(1f);
    assertThat(cache.get(c)).containsExactly(3f);
    assertThat(cache.hits()).isEqualTo(3);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void zeroCapacityStoresNothing() {
    EmbeddingCache cache = new EmbeddingCache(0);
    cache.put(EmbeddingCache.keyOf("a"), new float[] {1});
    assertThat(cache.size()).isZero();
    assertThat(cache.get(EmbeddingCache.keyOf("a"))).isNull();
  }
}

package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

  private static final List<String> SENTENCES = List.of(
      "The central bank raised interest rates by a quarter point on Wednesday.",
      "Heavy rain flooded several streets in the old town overnight.",
      "The committee will publish its final report next month, a spokesman said.",
      "Shares fell 4% after the company cut its annual forecast.",
      "Rescue teams were still searching for survivors late on Sunday.",
      "Hi.",
      "");

  private static SentenceEmbedder embedder;

  @BeforeAll
  static void open() {
    embedder = SentenceEmbedder.open(SentenceEmbedder.Options.defaults().withBatchSize(4));
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void matchesTheLibraryWrapper() {
    AllMiniLmL6V2EmbeddingModel wrapper = new AllMiniLmL6V2EmbeddingModel();
    float[][] batched = embedder.embed(SENTENCES.subList(0, 6));
    for (int i = 0; i < 6; i++) {
      float[] theirs = wrapper.embed(SENTENCES.get(i)).content().vector();
      assertThat(SentenceEmbedder.cosine(batched[i], theirs))
          .as("cosine for %s", SENTENCES.get(i))
          .isGreaterThanOrEqualTo(0.9999);
    }
  }

  @Test
  void quantizedModelMatchesItsWrapperOneSentenceAtATime() {
    AllMiniLmL6V2QuantizedEmbeddingModel wrapper = new AllMiniLmL6V2QuantizedEmbeddingModel();
    try (SentenceEmbedder exact = SentenceEmbedder.open(SentenceEmbedder.Options.defaults()
        .withModel(SentenceEmbedder.Model.QUANTIZED).withBatchSize(1))) {
      float[][] single = exact.embed(SENTENCES.subList(0, 6));
      for (int i = 0; i < 6; i++) {
        float[] theirs = wrapper.embed(SENTENCES.get(i)).content().vector();
        assertThat(SentenceEmbedder.cosine(single[i], theirs)).isGreaterThanOrEqualTo(0.999);
      }
    }
  }

  @Test
  void vectorsHaveUnitLength() {
    for (float[] v : embedder.embed(SENTENCES)) {
      assertThat(v).hasSize(SentenceEmbedder.DIMENSIONS);
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void aSentenceGetsTheSameVectorWhateverElseIsInItsBatch() {
    List<String> company = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String base = SENTENCES.get(i % 5);
      // short and long neighbours: the target is padded in some batches and not in others
      company.add(i % 3 == 0 ? "Item " + i + "." : base + " Item " + i + (i % 2 == 0
          ? ", and a much longer tail that pads every shorter sentence in the same batch." : "."));
    }
    List<String> targets = SENTENCES.subList(0, 6);
    try (SentenceEmbedder alone = SentenceEmbedder.open(SentenceEmbedder.Options.defaults()
        .withBatchSize(1).withWorkers(1).withCacheCapacity(0))) {
      float[][] reference = alone.embed(targets);
      for (int batch : new int[] {3, 32, 64}) {
        try (SentenceEmbedder e = SentenceEmbedder.open(SentenceEmbedder.Options.defaults()
            .withBatchSize(batch).withCacheCapacity(0))) {
          for (long seed = 1; seed <= 2; seed++) {
            List<String> mixed = new ArrayList<>(company);
            mixed.addAll(targets);
            java.util.Collections.shuffle(mixed, new java.util.Random(seed * 31 + batch));
            float[][] v = e.embed(mixed);
            for (int t = 0; t < targets.size(); t++) {
              assertThat(v[mixed.indexOf(targets.get(t))])
                  .as("%s in batches of %d, shuffle %d", targets.get(t), batch, seed)
                  .containsExactly(reference[t]);
            }
            // the token vectors the matcher aligns are as independent as the sentence vectors
            List<SentenceEmbedder.TokenEmbedding> tokens = e.embedTokens(mixed);
            SentenceEmbedder.TokenEmbedding first = tokens.get(mixed.indexOf(targets.get(0)));
            assertThat(first.sentence()).containsExactly(reference[0]);
          }
        }
      }
    }
  }

  @Test
  void quantizedVectorsShiftWithTheirBatchButTheSameBatchGivesTheSameVectors() {
    SentenceEmbedder.Options q = SentenceEmbedder.Options.defaults()
        .withModel(SentenceEmbedder.Model.QUANTIZED).withCacheCapacity(0);
    try (SentenceEmbedder single = SentenceEmbedder.open(q.withBatchSize(1));
        SentenceEmbedder big = SentenceEmbedder.open(q.withBatchSize(64))) {
      float[][] a = single.embed(SENTENCES);
      float[][] b = big.embed(SENTENCES);
      List<String> reversed = new ArrayList<>(SENTENCES);
      java.util.Collections.reverse(reversed);
      float[][] c = big.embed(reversed);
      boolean anyDiffers = false;
      for (int i = 0; i < SENTENCES.size(); i++) {
        // dynamic quantization scales are shared by a batch: close, not identical
        assertThat(SentenceEmbedder.cosine(a[i], b[i])).isGreaterThan(0.95);
        anyDiffers |= !Arrays.equals(a[i], b[i]);
        assertThat(b[i]).containsExactly(c[SENTENCES.size() - 1 - i]);
      }
      assertThat(anyDiffers).as("why the float model is the default").isTrue();
    }
  }

  @Test
  void theFastExactPathGivesASentenceTheSameVectorWhateverElseIsInTheInput() throws Exception {
    assertThat(SentenceEmbedder.Options.fastExact().orderIndependent()).isTrue();
    assertThat(SentenceEmbedder.Options.defaults().orderIndependent()).isTrue();
    assertThat(SentenceEmbedder.Options.defaults().withModel(SentenceEmbedder.Model.QUANTIZED)
        .orderIndependent()).isFalse();
    List<String> company = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      company.add(i % 3 == 0 ? "Item " + i + "." : SENTENCES.get(i % 5) + " Item " + i
          + (i % 2 == 0 ? ", with a much longer tail than most of the other sentences here." : "."));
    }
    List<String> targets = SENTENCES.subList(0, 6);
    SentenceEmbedder.Options fast = SentenceEmbedder.Options.fastExact().withCacheCapacity(0);
    float[][] reference = new float[targets.size()][];
    List<SentenceEmbedder.TokenEmbedding> referenceTokens = new ArrayList<>();
    try (SentenceEmbedder alone = SentenceEmbedder.open(fast.withWorkers(1))) {
      for (int t = 0; t < targets.size(); t++) {
        reference[t] = alone.embed(List.of(targets.get(t)))[0];
        referenceTokens.add(alone.embedTokens(List.of(targets.get(t))).get(0));
      }
    }
    java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      for (int workers : new int[] {1, 2}) {
        try (SentenceEmbedder e = SentenceEmbedder.open(fast.withWorkers(workers))) {
          for (long seed = 1; seed <= 3; seed++) {
            List<String> mixed = new ArrayList<>(company);
            mixed.addAll(targets);
            java.util.Collections.shuffle(mixed, new java.util.Random(seed * 17 + workers));
            List<java.util.concurrent.Future<float[][]>> calls = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
              calls.add(callers.submit(() -> e.embed(mixed)));
            }
            List<SentenceEmbedder.TokenEmbedding> tokens = e.embedTokens(mixed);
            for (var call : calls) {
              float[][] v = call.get();
              for (int t = 0; t < targets.size(); t++) {
                int at = mixed.indexOf(targets.get(t));
                assertThat(v[at]).as("%s, %d worker(s), shuffle %d", targets.get(t), workers, seed)
                    .containsExactly(reference[t]);
                assertThat(tokens.get(at).sentence()).containsExactly(reference[t]);
                assertThat(tokens.get(at).tokens()).isDeepEqualTo(referenceTokens.get(t).tokens());
              }
            }
          }
        }
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void concurrentBatchesGiveTheSameVectorsAsOneAtATime() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(SENTENCES.get(i % 5) + " Item " + i + (i % 3 == 0 ? " and a longer tail here." : ""));
    }
    SentenceEmbedder.Options o = SentenceEmbedder.Options.defaults().withBatchSize(4).withCacheCapacity(0);
    try (SentenceEmbedder one = SentenceEmbedder.open(o.withWorkers(1));
        SentenceEmbedder two = SentenceEmbedder.open(o.withWorkers(2))) {
      float[][] a = one.embed(many);
      float[][] b = two.embed(many);
      // and from several caller threads at once
      List<java.util.concurrent.Future<float[][]>> calls = new ArrayList<>();
      java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(3);
      try {
        for (int k = 0; k < 3; k++) {
          calls.add(callers.submit(() -> two.embed(many)));
        }
        for (var call : calls) {
          float[][] c = call.get();
          for (int i = 0; i < many.size(); i++) {
            assertThat(c[i]).containsExactly(a[i]);
          }
        }
      } finally {
        callers.shutdownNow();
      }
      for (int i = 0; i < many.size(); i++) {
        assertThat(b[i]).containsExactly(a[i]);
      }
    }
  }

  @Test
  void relatedSentencesAreCloserThanUnrelatedOnes() {
    float[][] v = embedder.embed(List.of(
        "The central bank raised interest rates on Wednesday.",
        "On Wednesday the central bank increased borrowing costs.",
        "Heavy rain flooded several streets overnight."));
    assertThat(SentenceEmbedder.cosine(v[0], v[1])).isGreaterThan(SentenceEmbedder.cosine(v[0], v[2]) + 0.2);
  }

  @Test
  void repeatedSentencesAreEmbeddedOnce() {
    try (SentenceEmbedder e = SentenceEmbedder.open(
        SentenceEmbedder.Options.defaults().withCacheCapacity(100))) {
      float[][] first = e.embed(List.of("One sentence here.", "One  sentence here. ", "Another."));
      assertThat(e.cache().size()).isEqualTo(2);
      assertThat(first[0]).containsExactly(first[1]);
      long hits = e.cache().hits();
      float[][] again = e.embed(List.of("Another.", "One sentence here."));
      assertThat(e.cache().hits()).isEqualTo(hits + 2);
      assertThat(again[0]).containsExactly(first[2]);
      again[0][0] = 42f; // callers cannot corrupt the cache
      assertThat(e.embed("Another.")).containsExactly(first[2]);
    }
  }

  @Test
  void nullAndEmptyInputsDoNotThrow() {
    assertThat(embedder.embed(List.of())).isEmpty();
    assertThat(embedder.embed(Arrays.asList((String) null))[0]).hasSize(SentenceEmbedder.DIMENSIONS);
  }

  @Test
  void reportsItsLoadTime() {
    assertThat(embedder.loadTime()).isPositive();
  }
}

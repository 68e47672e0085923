package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoilerplateMemoryTest {

  private static List<Block> doc(String... lines) {
    return List.of(Block.paragraph(String.join("\n", lines)));
  }

  @Test
  void lineBecomesBoilerplateAtTheThreshold() {
    BoilerplateMemory m = new BoilerplateMemory(3, 100, 10);
    m.observe("Courier", doc("Weekend guide", "Story one text."));
    m.observe("Courier", doc("Weekend guide", "Story two text."));
    assertThat(m.isRepeated("Courier", "Weekend guide")).isFalse();
    m.observe("Courier", doc("Weekend guide"));
    assertThat(m.isRepeated("Courier", "Weekend guide")).isTrue();
    assertThat(m.isRepeated("courier ", "weekend GUIDE")).isTrue();
  }

  @Test
  void countsALineOncePerDocument() {
    BoilerplateMemory m = new BoilerplateMemory(2, 100, 10);
    m.observe("Courier", doc("Weekend guide", "Weekend guide", "Weekend guide"));
    assertThat(m.documents("Courier", "Weekend guide")).isEqualTo(1);
    assertThat(m.isRepeated("Courier", "Weekend guide")).isFalse();
  }

  @Test
  void keepsOutletsApartButCountsTheCorpusForUnknownOutlets() {
    BoilerplateMemory m = new BoilerplateMemory(2, 100, 10);
    m.observe("Courier", doc("Weekend guide"));
    m.observe("Herald", doc("Weekend guide"));
    assertThat(m.isRepeated("Courier", "Weekend guide")).isFalse();
    assertThat(m.isRepeated(null, "Weekend guide")).isTrue();
  }

  @Test
  void neverCountsRealSentences() {
    BoilerplateMemory m = new BoilerplateMemory(2, 100, 10);
    String sentence = "The minister said the talks would resume next week in the capital.";
    for (int i = 0; i < 5; i++) {
      m.observe("Wire", doc(sentence));
    }
    assertThat(m.isRepeated("Wire", sentence)).isFalse();
    assertThat(m.documents("Wire", sentence)).isZero();
  }

  @Test
  void staysWithinItsBound() {
    BoilerplateMemory m = new BoilerplateMemory(2, 5, 10);
    for (int i = 0; i < 20; i++) {
      m.observe("Courier", doc("Label number " + i));
      m.observe("Courier", doc("Label number " + i));
    }
    long remembered = 0;
    for (int i = 0; i < 20; i++) {
      if (m.documents("Courier", "Label number " + i) > 0) {
        remembered++;
      }
    }
    assertThat(remembered).isEqualTo(5);
  }

  @Test
  void rejectsAThresholdBelowTwo() {
    assertThatThrownBy(() -> new BoilerplateMemory(1, 10, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsCorrectlyUnderConcurrentObservation() throws Exception {
    BoilerplateMemory m = new BoilerplateMemory(2, 1000, 10);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        futures.add(pool.submit(() -> m.observe("Courier", doc("Shared label", "Other label"))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(m.documents("Courier", "Shared label")).isEqualTo(400);
    assertThat(m.documents(null, "Other label")).isEqualTo(400);
  }
}

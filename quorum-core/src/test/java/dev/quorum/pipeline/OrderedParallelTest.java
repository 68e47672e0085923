package dev.quorum.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  @Test
  void handsResultsOnInInputOrderWithABoundedWindow() {
    List<Integer> out = new ArrayList<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(3, 8, i -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return i * 2;
    }, out::add)) {
      for (int i = 0; i < 200; i++) {
        p.submit(i);
      }
    }
    assertThat(out).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(out.get(i)).isEqualTo(i * 2);
    }
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void singleThreadRunsInline() {
    List<String> out = new ArrayList<>();
    try (OrderedParallel<String, String> p = new OrderedParallel<>(1, 1, String::toUpperCase,
        out::add)) {
      p.submit("a");
      assertThat(out).containsExactly("A");
    }
  }

  @Test
  void failuresSurfaceToTheCaller() {
    assertThatThrownBy(() -> {
      try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, 2, i -> {
        throw new IllegalStateException("boom " + i);
      }, x -> {})) {
        p.submit(1);
      }
    }).hasMessageContaining("boom 1");
  }
}

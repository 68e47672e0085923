package dev.quorum.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on a fixed pool of threads and hands the results on in
 * the order the items arrived, holding at most a bounded window of items in memory.
 *
 * <p>Why: ingestion is a single sequential stream, but cleaning and analysis are independent per
 * document; this keeps both cores busy while the output stays deterministic and memory flat.
 */
public final class OrderedParallel<T, R> implements AutoCloseable {

  private final Function<T, R> function;
  private final Consumer<R> downstream;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

  public OrderedParallel(int threads, int window, Function<T, R> function, Consumer<R> downstream) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be positive");
    }
    this.function = function;
    this.downstream = downstream;
    this.window = window;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quorum-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** Submits one item; may first hand on finished results to keep the window bounded. */
  public void submit(T item) {
    if (pool == null) {
      downstream.accept(function.apply(item));
      return;
    }
    pending.add(pool.submit(() -> function.apply(item)));
    while (pending.size() >= window) {
      drainOne();
    }
  }

  /** Waits for every submitted item and hands on its result. */
  public void flush() {
    while (!pending.isEmpty()) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<R> f = pending.poll();
    try {
      downstream.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}

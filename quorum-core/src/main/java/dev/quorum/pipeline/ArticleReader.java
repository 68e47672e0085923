package dev.quorum.pipeline;

import dev.quorum.clean.BoilerplateMemory;
import dev.quorum.clean.ParsedText;
import dev.quorum.ingest.DocumentSink;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads inputs into articles: ingestion streams documents, the pipeline turns them into articles
 * on a few threads, and the sink receives articles and skips in input order.
 */
public final class ArticleReader {

  private final Ingestor ingestor;
  private final ArticlePipeline pipeline;
  private final int threads;

  public ArticleReader(Ingestor ingestor, ArticlePipeline pipeline, int threads) {
    this.ingestor = ingestor;
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Reads {@code inputs} ({@code -} is {@code stdin}) and reports every outcome to {@code sink}. */
  public RunSummary read(List<String> inputs, InputStream stdin, ArticleSink sink) {
    AtomicLong documents = new AtomicLong();
    AtomicLong articles = new AtomicLong();
    AtomicLong skippedInputs = new AtomicLong();
    AtomicLong skippedDocuments = new AtomicLong();
    try (OrderedParallel<Object, Object> workers =
        new OrderedParallel<>(threads, threads * 16, this::process, out -> {
              if (out instanceof Article a) {
                articles.incrementAndGet();
                sink.accept(a);
              } else if (out instanceof Failure f) {
                skippedDocuments.incrementAndGet();
                sink.skip(f.skip());
              } else {
                skippedInputs.incrementAndGet();
                sink.skip((Skip) out);
              }
            })) {
      ingestor.read(inputs, stdin, counting(documents, workers::submit, workers::submit));
    }
    return new RunSummary(documents.get(), articles.get(), skippedInputs.get(),
        skippedDocuments.get());
  }

  /**
   * A first pass over {@code inputs} that only parses each document into blocks and lets
   * {@code memory} count its short lines, so that the second pass can drop lines an outlet repeats
   * in many documents. Skips are left for the second pass to report; returns the documents seen.
   */
  public long learn(List<String> inputs, InputStream stdin, BoilerplateMemory memory) {
    AtomicLong documents = new AtomicLong();
    try (OrderedParallel<RawDocument, ParsedText> workers = new OrderedParallel<>(threads,
        threads * 16, this::parseQuietly, parsed -> {
          if (parsed != null) {
            memory.observe(parsed.metadata().outlet(), parsed.blocks());
          }
        })) {
      ingestor.read(inputs, stdin, counting(documents, workers::submit, skip -> {}));
    }
    return documents.get();
  }

  /** A document sink that counts documents and hands documents and skips on. */
  private static DocumentSink counting(
      AtomicLong documents, Consumer<RawDocument> onDocument, Consumer<Skip> onSkip) {
    return new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        documents.incrementAndGet();
        onDocument.accept(document);
      }

      @Override
      public void skip(Skip skip) {
        onSkip.accept(skip);
      }
    };
  }

  private ParsedText parseQuietly(RawDocument d) {
    try {
      return pipeline.parse(d);
    } catch (RuntimeException e) {
      return null; // reported by the second pass
    }
  }

  private Object process(Object item) {
    if (!(item instanceof RawDocument d)) {
      return item;
    }
    try {
      return pipeline.process(d);
    } catch (UnusableDocumentException e) {
      return new Failure(new Skip(d.source(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failure(new Skip(d.source(), "internal error while processing: " + e));
    }
  }

  /** A document the pipeline could not turn into an article. */
  private record Failure(Skip skip) {}
}

package dev.quorum.pipeline;

import dev.quorum.ingest.DocumentSink;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
      ingestor.read(inputs, stdin, new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
          documents.incrementAndGet();
          workers.submit(document);
        }

        @Override
        public void skip(Skip skip) {
          workers.submit(skip);
        }
      });
    }
    return new RunSummary(documents.get(), articles.get(), skippedInputs.get(),
        skippedDocuments.get());
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

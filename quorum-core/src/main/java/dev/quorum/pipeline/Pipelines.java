package dev.quorum.pipeline;

import dev.quorum.clean.PlainTextParser;
import dev.quorum.clean.TextCleaner;
import dev.quorum.clean.html.HtmlExtractor;
import dev.quorum.ingest.IngestOptions;
import dev.quorum.ingest.Ingestor;
import dev.quorum.text.OpenNlpTextAnalyzer;

/** Ready-made stage assemblies: the standard pipeline and ingestor with Quorum's defaults. */
public final class Pipelines {

  private Pipelines() {}

  /** The standard article pipeline; thread-safe, cheap to call more than once. */
  public static ArticlePipeline standard() {
    return new ArticlePipeline(
        new HtmlExtractor(), new PlainTextParser(), new TextCleaner(), new OpenNlpTextAnalyzer());
  }

  /** An ingestor that skips documents and records larger than {@code maxBytes}. */
  public static Ingestor ingestor(long maxBytes) {
    return new Ingestor(IngestOptions.defaults().withMaxBytes(maxBytes));
  }
}

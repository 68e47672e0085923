package dev.quorum.pipeline;

import dev.quorum.clean.BoilerplateMemory;
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
    return standard(null);
  }

  /**
   * The standard pipeline whose cleaner also drops lines that {@code memory} saw recur across the
   * documents of an outlet (null: no such memory).
   */
  public static ArticlePipeline standard(BoilerplateMemory memory) {
    return new ArticlePipeline(
        new HtmlExtractor(),
        new PlainTextParser(),
        memory == null ? new TextCleaner() : new TextCleaner(memory),
        new OpenNlpTextAnalyzer());
  }

  /** An ingestor that skips documents and records larger than {@code maxBytes}. */
  public static Ingestor ingestor(long maxBytes) {
    return new Ingestor(IngestOptions.defaults().withMaxBytes(maxBytes));
  }
}

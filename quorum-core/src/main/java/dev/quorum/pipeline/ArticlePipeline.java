package dev.quorum.pipeline;

import dev.quorum.clean.Cleaned;
import dev.quorum.clean.ExtractedPage;
import dev.quorum.clean.MainContentExtractor;
import dev.quorum.clean.ParsedText;
import dev.quorum.clean.PlainTextParser;
import dev.quorum.clean.TextCleaner;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.text.Analysis;
import dev.quorum.text.TextAnalyzer;

/**
 * Turns one raw document into an article: main-content extraction for HTML or header parsing for
 * plain text, then debris cleaning and normalization, then sentence, token and language analysis.
 * Thread-safe when its stages are.
 */
public final class ArticlePipeline {

  private final MainContentExtractor extractor;
  private final PlainTextParser parser;
  private final TextCleaner cleaner;
  private final TextAnalyzer analyzer;

  public ArticlePipeline(
      MainContentExtractor extractor,
      PlainTextParser parser,
      TextCleaner cleaner,
      TextAnalyzer analyzer) {
    this.extractor = extractor;
    this.parser = parser;
    this.cleaner = cleaner;
    this.analyzer = analyzer;
  }

  /**
   * Processes {@code doc}.
   *
   * @throws UnusableDocumentException when nothing of the document is article text
   */
  public Article process(RawDocument doc) {
    Cleaned cleaned = clean(doc);
    if (cleaned.text().isBlank()) {
      throw new UnusableDocumentException(
          "no article text after cleaning (" + cleaned.removed().size() + " pieces removed)");
    }
    Analysis analysis = analyzer.analyze(cleaned.text(), cleaned.paragraphs());
    return new Article(
        doc.id(),
        doc.source(),
        cleaned.metadata(),
        analysis.language(),
        cleaned.text(),
        cleaned.paragraphs(),
        analysis.sentences(),
        cleaned.removed());
  }

  /** The extraction and cleaning stages alone, without analysis. */
  public Cleaned clean(RawDocument doc) {
    ParsedText parsed = parse(doc);
    return cleaner.clean(parsed.blocks(), parsed.metadata());
  }

  /**
   * The document's blocks in reading order and its metadata, before debris cleaning: main-content
   * extraction for HTML, header parsing for plain text. Container metadata wins over the page's.
   */
  public ParsedText parse(RawDocument doc) {
    Metadata metadata = doc.metadata();
    if (doc.type() == MediaType.HTML) {
      ExtractedPage page = extractor.extract(doc.body(), metadata.url());
      return new ParsedText(page.blocks(), metadata.orElse(page.metadata()));
    }
    // only a plain-text file carries its headline on the first line; containers have a field for it
    ParsedText parsed = parser.parse(doc.body(), doc.format().equals("text"));
    return new ParsedText(parsed.blocks(), metadata.orElse(parsed.metadata()));
  }
}

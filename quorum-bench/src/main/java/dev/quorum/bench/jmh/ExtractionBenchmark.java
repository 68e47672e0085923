package dev.quorum.bench.jmh;

import dev.quorum.bench.SharedData;
import dev.quorum.bench.eval.CleaningEval;
import dev.quorum.bench.eval.CleaningEval.DucText;
import dev.quorum.copies.CopyReport;
import dev.quorum.extract.claims.Claim;
import dev.quorum.extract.claims.ClaimExtractor;
import dev.quorum.extract.entities.Entities;
import dev.quorum.extract.entities.EntityResolver;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.extract.quotes.ArticleQuote;
import dev.quorum.extract.quotes.Quote;
import dev.quorum.extract.quotes.QuoteExtractor;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through extraction on one thread: the whole of it ({@link #all}: names,
 * entities, quotes, claims) and each stage alone, over about 800-word articles of real news.
 *
 * <p>The articles are built from DUC 2003 in ../shared/data: for {@value #ARTICLES} folders drawn
 * with a fixed seed, the documents of the folder are joined in path order until the text reaches
 * {@value #WORDS} words. When the shared data is absent the repository's examples are used instead,
 * joined the same way. Articles are analysed in setup, so only extraction is timed; quote and
 * claim stages over one article each are what {@code quorum brief} runs per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionBenchmark {

  /** Number of distinct articles cycled through. */
  public static final int ARTICLES = 20;

  /** Minimum words per article. */
  public static final int WORDS = 800;

  private final List<Article> articles = new ArrayList<>();
  private final List<Entities> entities = new ArrayList<>();
  private PerceptronNameFinder names;
  private final ClaimExtractor claims = new ClaimExtractor();
  private final CopyReport noCopies = null;
  private int next;

  @Setup
  public void setup() throws IOException {
    List<List<String>> groups = SharedData.dataSet("duc2003").map(d -> d.resolve("docs"))
        .filter(Files::isDirectory).map(ExtractionBenchmark::ducGroups)
        .orElseGet(ExtractionBenchmark::exampleGroups);
    ArticlePipeline pipeline = Pipelines.standard();
    for (int i = 0; i < groups.size() && articles.size() < ARTICLES; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 0;
      for (String body : groups.get(i)) {
        if (words >= WORDS) {
          break;
        }
        sb.append(body.strip()).append("\n\n");
        words += body.strip().split("\\s+").length;
      }
      if (words < WORDS / 2) {
        continue;
      }
      String id = String.format("bench-%03d", i);
      articles.add(pipeline.process(new RawDocument(id, Source.file(id + ".txt"), "text",
          MediaType.TEXT, sb.toString(), Metadata.EMPTY)));
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no article text found (shared data nor examples)");
    }
    names = PerceptronNameFinder.english();
    EntityResolver resolver = new EntityResolver(names);
    for (Article a : articles) {
      entities.add(resolver.resolve(List.of(a)));
    }
    System.err.printf("ExtractionBenchmark: %d articles, %d words on average%n", articles.size(),
        articles.stream().mapToInt(a -> a.text().split("\\s+").length).sum() / articles.size());
  }

  /** Per DUC folder (fixed-seed order), its TEXT bodies in path order. */
  private static List<List<String>> ducGroups(Path docs) {
    try (Stream<Path> s = Files.list(docs)) {
      List<Path> folders = new ArrayList<>(s.filter(Files::isDirectory).sorted().toList());
      Collections.shuffle(folders, new Random(42));
      List<List<String>> out = new ArrayList<>();
      for (Path f : folders) {
        out.add(CleaningEval.ducTexts(f).stream().map(DucText::body).toList());
      }
      return out;
    } catch (IOException e) {
      return exampleGroups();
    }
  }

  /** The repository's example texts as one group, so they are joined into articles. */
  private static List<List<String>> exampleGroups() {
    try (Stream<Path> s = Files.walk(dev.quorum.bench.SyntheticCorpus.examples())) {
      List<String> texts = new ArrayList<>();
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      List<List<String>> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        List<String> rotated = new ArrayList<>(texts.subList(i, texts.size()));
        rotated.addAll(texts.subList(0, i));
        out.add(rotated);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private int advance() {
    int i = next;
    next = (next + 1) % articles.size();
    return i;
  }

  /** The whole extraction of one article: entities (running names), quotes, claims. */
  @Benchmark
  public int all() {
    Article a = articles.get(advance());
    Entities e = new EntityResolver(names).resolve(List.of(a));
    List<Quote> q = new QuoteExtractor(names, e).extract(List.of(a), noCopies);
    List<Claim> c = claims.extract(a);
    return e.entities().size() + q.size() + c.size();
  }

  /** Named-entity tagging of one article. */
  @Benchmark
  public int names() {
    return names.find(articles.get(advance())).size();
  }

  /** Entity resolution of one article (names included). */
  @Benchmark
  public int entities() {
    return new EntityResolver(names).resolve(List.of(articles.get(advance()))).entities().size();
  }

  /** Quotes of one article, with its entities resolved in setup. */
  @Benchmark
  public int quotes() {
    int i = advance();
    List<ArticleQuote> q = new QuoteExtractor(names, entities.get(i)).inArticle(articles.get(i));
    return q.size();
  }

  /** Numeric claims of one article. */
  @Benchmark
  public int claims() {
    return claims.extract(articles.get(advance())).size();
  }
}

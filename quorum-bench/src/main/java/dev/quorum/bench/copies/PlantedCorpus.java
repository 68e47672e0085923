package dev.quorum.bench.copies;

import dev.quorum.copies.CopyKind;
import dev.quorum.ingest.DocumentSink;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of real news articles with planted copies of each kind (duplicates, edited wire copies,
 * spun rewrites) and the list of what was planted; the same seed gives the same corpus.
 *
 * @param articles the bases followed by the planted copies
 * @param bases ids of the base articles
 * @param planted what was planted: each copy with its base and kind
 */
public record PlantedCorpus(List<Article> articles, List<String> bases, List<PlantedCopy> planted) {

  /** Fewest sentences a base article needs, so that a rewrite has something to align. */
  public static final int MIN_SENTENCES = 6;

  public PlantedCorpus {
    articles = List.copyOf(articles);
    bases = List.copyOf(bases);
    planted = List.copyOf(planted);
  }

  /**
   * Reads the candidate base articles: every DUC 2003 document under {@code data/duc2003/docs}
   * and every MultiLing 2011 English source under {@code data/multiling2011/source}, through the
   * standard pipeline, keeping those with at least {@link #MIN_SENTENCES} sentences, in id order.
   */
  public static List<Article> readPool(Path data, ArticlePipeline pipeline) {
    List<String> inputs = new ArrayList<>();
    Path duc = data.resolve("duc2003").resolve("docs");
    if (Files.isDirectory(duc)) {
      inputs.add(duc.toString());
    }
    Path ml = data.resolve("multiling2011").resolve("source");
    if (Files.isDirectory(ml)) {
      try (Stream<Path> s = Files.list(ml)) {
        s.filter(p -> p.getFileName().toString().endsWith(".english")).sorted()
            .forEach(p -> inputs.add(p.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, Article> byId = new LinkedHashMap<>();
    Ingestor ingestor = Pipelines.ingestor(50_000_000L);
    ingestor.read(inputs, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        try {
          Article a = pipeline.process(document);
          if (a.sentences().size() >= MIN_SENTENCES) {
            byId.putIfAbsent(a.id(), a);
          }
        } catch (RuntimeException e) {
          // an unusable document is no base
        }
      }

      @Override
      public void skip(Skip skip) {}
    });
    List<Article> out = new ArrayList<>(byId.values());
    out.sort((x, y) -> x.id().compareTo(y.id()));
    return out;
  }

  /**
   * Builds a corpus of {@code bases} articles drawn from {@code pool} with {@code seed}, and for
   * each base with some chance a duplicate, an edited copy or a spun rewrite (now and then two
   * copies); added sentences and extended endings come from pool articles that are not bases.
   */
  public static PlantedCorpus build(
      List<Article> pool, int bases, long seed, WordNet wordNet, ArticlePipeline pipeline) {
    return build(pool, bases, seed, wordNet, pipeline, Spinner.Options.DEFAULT);
  }

  /** As {@link #build(List, int, long, WordNet, ArticlePipeline)} with the spinner's options. */
  public static PlantedCorpus build(List<Article> pool, int bases, long seed, WordNet wordNet,
      ArticlePipeline pipeline, Spinner.Options spin) {
    Random r = new Random(seed);
    List<Article> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, r);
    int n = Math.min(bases, shuffled.size());
    List<Article> chosen = new ArrayList<>(shuffled.subList(0, n));
    chosen.sort((x, y) -> x.id().compareTo(y.id()));
    List<Article> donors = shuffled.size() > n ? shuffled.subList(n, shuffled.size()) : chosen;
    Spinner spinner = new Spinner(wordNet, spin);
    Editor editor = new Editor(wordNet);
    List<Article> articles = new ArrayList<>(chosen);
    List<PlantedCopy> planted = new ArrayList<>();
    for (Article base : chosen) {
      Draft draft = Draft.of(base);
      int copies = r.nextDouble() < 0.25 ? 0 : r.nextDouble() < 0.15 ? 2 : 1;
      for (int k = 1; k <= copies; k++) {
        double u = r.nextDouble();
        CopyKind kind = u < 0.25 ? CopyKind.DUPLICATE
            : u < 0.6 ? CopyKind.NEAR_DUPLICATE : CopyKind.REWRITE;
        Draft other = Draft.of(donors.get(r.nextInt(donors.size())));
        long s = r.nextLong();
        String id = base.id() + "~" + suffix(kind) + k;
        String body;
        String title;
        switch (kind) {
          case DUPLICATE -> {
            body = editor.exact(draft, s);
            title = draft.title();
          }
          case NEAR_DUPLICATE -> {
            Draft d = editor.edit(draft, other, s);
            body = d.text();
            title = d.title();
          }
          default -> {
            Draft d = spinner.spin(draft, other, s);
            body = d.text();
            title = d.title();
          }
        }
        if (!title.isBlank()) {
          // a headline line on top, as the base files have it: without it the plain-text parser
          // would take a short first paragraph for the headline and drop it
          body = title + "\n\n" + body;
        }
        // the headline goes in the body only: a container title would keep the parser from
        // taking the headline line out of the text
        Metadata meta = Metadata.EMPTY.withOutlet("planted-" + suffix(kind))
            .withPublished(base.metadata().published());
        try {
          articles.add(pipeline.process(new RawDocument(
              id, new Source("planted", id), "text", MediaType.TEXT, body, meta)));
          planted.add(new PlantedCopy(id, base.id(), kind));
        } catch (RuntimeException e) {
          // a copy the pipeline cannot use is not planted
        }
      }
    }
    return new PlantedCorpus(articles, chosen.stream().map(Article::id).toList(), planted);
  }

  private static String suffix(CopyKind kind) {
    return switch (kind) {
      case DUPLICATE -> "dup";
      case NEAR_DUPLICATE -> "near";
      case REWRITE -> "spin";
    };
  }
}

package dev.quorum.bench.eval;

import dev.quorum.ingest.DocumentSink;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Labelled corpora for story clustering (DUC 2003 folders as events, WikiRef220 file-name topics
 * as storylines) and the partition scores: B-cubed precision/recall/F1 and the adjusted Rand index.
 */
public final class StoriesEval {

  private StoriesEval() {}

  /** Articles with the gold cluster of each (by article id). */
  public record Labelled(List<Article> articles, Map<String, String> labels) {}

  /** B-cubed precision, recall and F1 (item-averaged). */
  public record BCubed(double precision, double recall, double f1) {}

  /**
   * Every article of every {@code docs/*} folder of DUC 2003, labelled with its folder; ids are
   * made {@code folder/DOCNO} since one document can sit in two folders.
   */
  public static Labelled readDuc(Path duc) {
    Path docs = duc.resolve("docs");
    List<Path> folders;
    try (Stream<Path> s = Files.list(docs)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Article> out = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    ArticlePipeline pipeline = Pipelines.standard();
    Ingestor ingestor = Pipelines.ingestor(50_000_000L);
    for (Path f : folders) {
      String folder = f.getFileName().toString();
      for (Article a : read(ingestor, pipeline, List.of(f.toString()))) {
        Article r = rename(a, folder + "/" + a.id());
        out.add(r);
        labels.put(r.id(), folder);
      }
    }
    return new Labelled(out, labels);
  }

  /** The WikiRef220 articles labelled with the topic of their file name. */
  public static Labelled readWikiref(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("README.txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Article> out = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    ArticlePipeline pipeline = Pipelines.standard();
    Ingestor ingestor = Pipelines.ingestor(50_000_000L);
    for (Path f : files) {
      String name = f.getFileName().toString();
      for (Article a : read(ingestor, pipeline, List.of(f.toString()))) {
        Article r = rename(a, name);
        out.add(r);
        labels.put(r.id(), topic(name));
      }
    }
    return new Labelled(out, labels);
  }

  /** The topic of a WikiRef220 file name: without {@code .txt} and the trailing number. */
  static String topic(String fileName) {
    return fileName.replaceFirst("\\.txt$", "").replaceFirst("( \\(\\d+\\)|\\.\\d+)$", "");
  }

  private static List<Article> read(Ingestor ingestor, ArticlePipeline pipeline,
      List<String> inputs) {
    List<Article> out = new ArrayList<>();
    ingestor.read(inputs, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        try {
          Article a = pipeline.process(document);
          if (!a.sentences().isEmpty()) {
            out.add(a);
          }
        } catch (RuntimeException e) {
          // an unusable document is left out
        }
      }

      @Override
      public void skip(Skip skip) {}
    });
    return out;
  }

  static Article rename(Article a, String id) {
    return new Article(id, a.source(), a.metadata(), a.language(), a.text(), a.paragraphs(),
        a.sentences(), a.removed());
  }

  /** B-cubed of a predicted clustering against gold labels, over the items gold labels. */
  public static BCubed bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("item " + e.getKey() + " was not clustered");
      }
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      int common = both.get(p + "\u0000" + e.getValue());
      precision += (double) common / predSize.get(p);
      recall += (double) common / goldSize.get(e.getValue());
    }
    int n = gold.size();
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
  }

  /** The adjusted Rand index of two clusterings of the same items. */
  public static double ari(Map<String, String> a, Map<String, String> b) {
    Map<String, Long> sa = new HashMap<>();
    Map<String, Long> sb = new HashMap<>();
    Map<String, Long> sab = new HashMap<>();
    for (Map.Entry<String, String> e : a.entrySet()) {
      String y = b.get(e.getKey());
      sa.merge(e.getValue(), 1L, Long::sum);
      sb.merge(y, 1L, Long::sum);
      sab.merge(e.getValue() + "\u0000" + y, 1L, Long::sum);
    }
    double index = sab.values().stream().mapToDouble(StoriesEval::pairs).sum();
    double ia = sa.values().stream().mapToDouble(StoriesEval::pairs).sum();
    double ib = sb.values().stream().mapToDouble(StoriesEval::pairs).sum();
    double total = pairs(a.size());
    double expected = total == 0 ? 0 : ia * ib / total;
    double max = (ia + ib) / 2;
    return max == expected ? 1 : (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}

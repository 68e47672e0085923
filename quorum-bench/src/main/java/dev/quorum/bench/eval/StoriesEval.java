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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Labelled corpora for story clustering (DUC 2003 folders as events, WikiRef220 file-name topics
 * as storylines) and the partition scores: B-cubed precision/recall/F1 and the adjusted Rand index.
 */
public final class StoriesEval {

  private StoriesEval() {}

  /**
   * Articles with the gold cluster of each (by article id); {@code also} holds the further gold
   * clusters of an article that sits in several (DUC puts a few documents in two folders).
   */
  public record Labelled(List<Article> articles, Map<String, String> labels,
      Map<String, Set<String>> also) {

    public Labelled(List<Article> articles, Map<String, String> labels) {
      this(articles, labels, Map.of());
    }

    /** Every gold cluster of an article. */
    public Set<String> all(String id) {
      Set<String> out = new TreeSet<>(also.getOrDefault(id, Set.of()));
      out.add(labels.get(id));
      return out;
    }
  }

  /** B-cubed precision, recall and F1 (item-averaged). */
  public record BCubed(double precision, double recall, double f1) {}

  /**
   * Every distinct document (by DOCNO) of the {@code docs/*} folders of DUC 2003, labelled with
   * its folder; the nine documents that sit in two folders carry both labels.
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
    Map<String, Set<String>> also = new HashMap<>();
    for (Path f : folders) {
      String folder = f.getFileName().toString();
      for (Article a : read(ingestor, pipeline, List.of(f.toString()))) {
        if (labels.containsKey(a.id())) {
          also.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(folder);
          continue;
        }
        out.add(a);
        labels.put(a.id(), folder);
      }
    }
    return new Labelled(out, labels, also);
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

  /**
   * Extended B-cubed (Amigó et al. 2009) of a predicted clustering against gold clusters that may
   * overlap: a pair in one predicted cluster is right when the two share a gold cluster.
   */
  public static BCubed bcubed(Map<String, String> predicted, Labelled gold) {
    if (gold.also().isEmpty()) {
      return bcubed(predicted, gold.labels());
    }
    Map<String, List<String>> members = new HashMap<>();
    gold.labels().keySet().stream().sorted()
        .forEach(a -> members.computeIfAbsent(predicted.get(a), k -> new ArrayList<>()).add(a));
    Map<String, Set<String>> sets = new HashMap<>();
    gold.labels().keySet().forEach(a -> sets.put(a, gold.all(a)));
    Map<String, Integer> goldSize = new HashMap<>();
    sets.values().forEach(ls -> ls.forEach(l -> goldSize.merge(l, 1, Integer::sum)));
    double precision = 0;
    double recall = 0;
    for (String a : gold.labels().keySet()) {
      List<String> mates = members.get(predicted.get(a));
      int right = 0;
      double recalled = 0;
      for (String b : mates) {
        Set<String> common = new TreeSet<>(sets.get(a));
        common.retainAll(sets.get(b));
        if (!common.isEmpty()) {
          right++;
          recalled += 1.0 / common.size();
        }
      }
      precision += (double) right / mates.size();
      // items sharing a gold cluster with a, each weighted by 1/|shared clusters|
      double relevant = 0;
      for (String b : gold.labels().keySet()) {
        Set<String> common = new TreeSet<>(sets.get(a));
        common.retainAll(sets.get(b));
        if (!common.isEmpty()) {
          relevant += 1.0;
        }
      }
      recall += recalled / relevant;
    }
    int n = gold.labels().size();
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
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

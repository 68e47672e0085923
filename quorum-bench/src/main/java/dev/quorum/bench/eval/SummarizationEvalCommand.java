package dev.quorum.bench.eval;

import dev.quorum.bench.copies.WordNet;
import dev.quorum.bench.eval.rouge.Rouge;
import dev.quorum.bench.eval.rouge.RougeReference;
import dev.quorum.brief.Baselines;
import dev.quorum.brief.Summarizer;
import dev.quorum.brief.SummarySentence;
import dev.quorum.ingest.DocumentSink;
import dev.quorum.ingest.Ingestor;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval rouge}: summarizes the DUC 2003 task 2 clusters with Quorum's summarizer and
 * two baselines (lead, LexRank) and scores each with ROUGE-1.5.5-style recall, {@code -n 2 -m -l
 * 100}.
 */
@Command(
    name = "rouge",
    aliases = "summarize",
    mixinStandardHelpOptions = true,
    description = "Multi-document summarization on DUC 2003 task 2 (clusters d30*, d31*): ROUGE-1/2 "
        + "recall of Quorum's summarizer, a lead and a LexRank baseline.")
public final class SummarizationEvalCommand implements Callable<Integer> {

  /** A cluster of DUC articles with its topic id ({@code D30003}) and human summaries. */
  public record Cluster(String topic, List<Article> articles, List<String> models) {}

  /** Mean ROUGE-1 and ROUGE-2 recall of one system over the clusters, and its run time. */
  public record SystemScore(String system, double rouge1, double rouge2, double seconds,
      Map<String, double[]> perTopic) {}

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ (default: located shared/data)")
  Path data;

  @Option(names = "--words", paramLabel = "N", defaultValue = "100",
      description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--position-weight", paramLabel = "X", description = "summarizer option (default: its own)")
  Double positionWeight;

  @Option(names = "--centrality-weight", paramLabel = "X", description = "summarizer option (default: its own)")
  Double centralityWeight;

  @Option(names = "--length-power", paramLabel = "X", description = "summarizer option (default: its own)")
  Double lengthPower;

  @Option(names = "--min-sources", paramLabel = "N", description = "summarizer option (default: its own)")
  Integer minSources;

  @Option(names = "--redundancy", paramLabel = "X", description = "summarizer option (default: its own)")
  Double redundancy;

  @Option(names = "--clusters", paramLabel = "PREFIX", split = ",", defaultValue = "d30,d31",
      description = "cluster folders to summarize, by name prefix (default: ${DEFAULT-VALUE}, task 2;"
          + " d1 gives the 30 task 4 clusters, scored against their own 100-word models)")
  List<String> prefixes;

  @Option(names = "--multiling", description = "score the 10 English MultiLing 2011 topics"
      + " against their 250-word models instead (use with --words 250)")
  boolean multiling;

  @Option(names = "--per-topic", description = "print the scores of every cluster")
  boolean perTopic;

  @Option(names = "--show", paramLabel = "TOPIC", description = "print Quorum's summary of a cluster")
  String show;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path duc = EvalData.set(data, "duc2003").orElse(null);
    if (duc == null) {
      err.println("duc2003 not found; pass --data DIR (the shared data folder)");
      return 2;
    }
    Map<String, String> exc = Rouge.wordNetExceptions(WordNet.defaultDir());
    if (exc.isEmpty()) {
      err.println("WordNet exception lists not found in " + WordNet.defaultDir()
          + "; install Debian's wordnet-base or set " + WordNet.ENV);
      return 2;
    }
    long t0 = System.nanoTime();
    List<Cluster> clusters;
    if (multiling) {
      Path ml = duc.getParent().resolve("multiling2011");
      if (!Files.isDirectory(ml)) {
        err.println("multiling2011 not found beside duc2003");
        return 2;
      }
      clusters = multilingClusters(ml, Pipelines.standard());
    } else {
      clusters = clusters(duc, Pipelines.standard(), prefixes);
    }
    String set = multiling ? "MultiLing 2011 English" : "DUC 2003 " + String.join(",", prefixes);
    out.printf(Locale.ROOT, set + ": %d clusters, %d articles read in %.1f s%n",
        clusters.size(), clusters.stream().mapToInt(c -> c.articles().size()).sum(),
        (System.nanoTime() - t0) / 1e9);
    Rouge rouge = new Rouge(2, words, true, exc);
    Summarizer.Options o = Summarizer.Options.defaults().withWords(words).withFill(true);
    if (positionWeight != null) {
      o = o.withPositionWeight(positionWeight);
    }
    if (centralityWeight != null) {
      o = o.withCentralityWeight(centralityWeight);
    }
    if (lengthPower != null) {
      o = o.withLengthPower(lengthPower);
    }
    if (minSources != null) {
      o = o.withMinSources(minSources);
    }
    if (redundancy != null) {
      o = o.withRedundancy(redundancy);
    }
    out.println("summarizer: " + o);
    Summarizer summarizer = new Summarizer(o);
    List<SystemScore> scores = List.of(
        score("quorum", clusters, rouge, a -> text(summarizer.summarize(a))),
        score("lead", clusters, rouge, a -> Baselines.lead(a, words)),
        score("lexrank", clusters, rouge, a -> Baselines.lexRank(a, words)));
    out.printf("%-10s %9s %9s %9s%n", "system", "ROUGE-1", "ROUGE-2", "seconds");
    for (SystemScore s : scores) {
      out.printf(Locale.ROOT, "%-10s %9.2f %9.2f %9.2f%n", s.system(), 100 * s.rouge1(),
          100 * s.rouge2(), s.seconds());
    }
    if (perTopic) {
      for (Cluster c : clusters) {
        out.printf("%s", c.topic());
        for (SystemScore s : scores) {
          double[] v = s.perTopic().get(c.topic());
          out.printf(Locale.ROOT, "  %s %.3f/%.3f", s.system(), v[0], v[1]);
        }
        out.println();
      }
    }
    if (show != null) {
      clusters.stream().filter(c -> c.topic().equalsIgnoreCase(show)).findFirst().ifPresent(c -> {
        for (SummarySentence s : summarizer.summarize(c.articles())) {
          out.printf("[%s, %d sources] %s%n", String.join(" ", s.articles()), s.origins(), s.text());
        }
      });
    }
    out.flush();
    return 0;
  }

  static List<String> text(List<SummarySentence> summary) {
    return summary.stream().map(SummarySentence::text).toList();
  }

  /** Runs one system on every cluster and averages its recall over the clusters. */
  public static SystemScore score(String name, List<Cluster> clusters, Rouge rouge,
      Function<List<Article>, List<String>> system) {
    double r1 = 0;
    double r2 = 0;
    double seconds = 0;
    Map<String, double[]> per = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      long t0 = System.nanoTime();
      List<String> sentences = system.apply(c.articles());
      seconds += (System.nanoTime() - t0) / 1e9;
      List<Rouge.Score> s = rouge.score(String.join("\n", sentences), c.models());
      per.put(c.topic(), new double[] {s.get(0).recall(), s.get(1).recall()});
      r1 += s.get(0).recall();
      r2 += s.get(1).recall();
    }
    int n = Math.max(1, clusters.size());
    return new SystemScore(name, r1 / n, r2 / n, seconds, per);
  }

  /**
   * The English MultiLing 2011 topics: {@code source/MTTTn.english} grouped by topic {@code MTTT},
   * with the models {@code models/english/MTTT.*}.
   */
  public static List<Cluster> multilingClusters(Path ml, ArticlePipeline pipeline) {
    Map<String, List<String>> files = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.list(ml.resolve("source"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".english")).sorted()
          .forEach(n -> files.computeIfAbsent(n.substring(0, 4), k -> new ArrayList<>())
              .add(ml.resolve("source").resolve(n).toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Cluster> out = new ArrayList<>();
    Ingestor ingestor = Pipelines.ingestor(50_000_000L);
    for (Map.Entry<String, List<String>> e : files.entrySet()) {
      List<Article> articles = new ArrayList<>();
      ingestor.read(e.getValue(), new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
          try {
            articles.add(pipeline.process(document));
          } catch (RuntimeException ex) {
            // an unusable document adds nothing to its topic
          }
        }

        @Override
        public void skip(Skip skip) {}
      });
      List<String> models = new ArrayList<>();
      try (Stream<Path> s = Files.list(ml.resolve("models").resolve("english"))) {
        for (Path p : s.filter(p -> p.getFileName().toString().startsWith(e.getKey() + "."))
            .sorted().toList()) {
          models.add(Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      if (!models.isEmpty()) {
        out.add(new Cluster(e.getKey(), articles, models));
      }
    }
    return out;
  }

  /** The task 2 clusters ({@code docs/d30*}, {@code docs/d31*}) with their articles and models. */
  public static List<Cluster> clusters(Path duc, ArticlePipeline pipeline) {
    return clusters(duc, pipeline, List.of("d30", "d31"));
  }

  /** The clusters whose folder names start with one of {@code prefixes}, with their models. */
  public static List<Cluster> clusters(Path duc, ArticlePipeline pipeline, List<String> prefixes) {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(duc.resolve("docs"))) {
      dirs = s.filter(Files::isDirectory).filter(p -> {
        String n = p.getFileName().toString();
        return prefixes.stream().anyMatch(n::startsWith);
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Cluster> out = new ArrayList<>();
    Ingestor ingestor = Pipelines.ingestor(50_000_000L);
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      String topic = "D" + name.substring(1).replaceAll("[a-z]+$", "");
      List<Article> articles = new ArrayList<>();
      ingestor.read(List.of(dir.toString()), new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
          try {
            articles.add(pipeline.process(document));
          } catch (RuntimeException e) {
            // an unusable document adds nothing to its cluster
          }
        }

        @Override
        public void skip(Skip skip) {}
      });
      List<String> models = RougeReference.models(duc, topic);
      if (!models.isEmpty()) {
        out.add(new Cluster(topic, articles, models));
      }
    }
    return out;
  }
}

package dev.quorum.bench.eval;

import dev.quorum.clean.BoilerplateMemory;
import dev.quorum.extract.entities.Entities;
import dev.quorum.extract.entities.Entity;
import dev.quorum.extract.entities.EntityResolver;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.model.Article;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticleReader;
import dev.quorum.pipeline.ArticleSink;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores entity canonicalization against hand-labelled name clusters: pairwise merge precision
 * and recall over the distinct names the resolver reports.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Entity canonicalization on a labelled name-cluster file (see docs/entities.md):"
        + " merge precision and recall over pairs of names.")
public final class EntitiesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "TSV",
      description = "Gold clusters: a '#set' line with the inputs (paths under the data folder,"
          + " '*' allowed in the file name), then label<TAB>name lines.")
  Path gold;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the shared data folder (default: located shared/data)")
  Path data;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "20",
      description = "Wrong and missed merges to list (default: ${DEFAULT-VALUE}).")
  int examples;

  /**
   * A measurement.
   *
   * @param articles articles read
   * @param names distinct labelled names the resolver reported
   * @param merged name pairs the resolver put in one entity
   * @param correct of those, pairs the gold puts in one entity too
   * @param goldPairs name pairs of one gold entity, both reported
   * @param wrong wrongly merged pairs
   * @param missed missed pairs
   */
  public record Result(int articles, int names, int merged, int correct, int goldPairs,
      List<String> wrong, List<String> missed) {

    public double precision() {
      return merged == 0 ? 1 : (double) correct / merged;
    }

    public double recall() {
      return goldPairs == 0 ? 1 : (double) correct / goldPairs;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data
        : dev.quorum.bench.SharedData.locate().map(s -> s.resolve("data")).orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      err.println("eval entities: no shared data folder found (use --data)");
      return 1;
    }
    Result r = run(dir, gold);
    out.printf("%d articles, %d labelled names reported%n", r.articles(), r.names());
    out.printf("merge precision %.3f (%d of %d merged pairs), recall %.3f (%d of %d gold pairs)%n",
        r.precision(), r.correct(), r.merged(), r.recall(), r.correct(), r.goldPairs());
    r.wrong().stream().limit(examples).forEach(p -> out.println("  wrong merge: " + p));
    r.missed().stream().limit(examples).forEach(p -> out.println("  missed: " + p));
    out.flush();
    return 0;
  }

  /** Reads the gold file's inputs under {@code data}, resolves entities and scores them. */
  public static Result run(Path data, Path goldFile) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    List<String> folders = new ArrayList<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.startsWith("#set")) {
        for (String f : line.substring(4).strip().split("\\s+")) {
          folders.addAll(expand(data, f));
        }
      } else if (!line.isBlank() && !line.startsWith("#")) {
        String[] cols = line.split("\t");
        labels.put(cols[1], cols[0]);
      }
    }
    List<Article> articles = read(folders);
    Entities entities = new EntityResolver(PerceptronNameFinder.english()).resolve(articles);
    return score(entities, labels, articles.size());
  }

  /** Pairwise scoring; names labelled "?" are left out, unlabelled names are their own entity. */
  static Result score(Entities entities, Map<String, String> labels, int articles) {
    Map<String, Set<String>> entitiesOf = new HashMap<>();
    for (Entity e : entities.entities()) {
      for (String n : e.names()) {
        entitiesOf.computeIfAbsent(n, k -> new TreeSet<>()).add(e.id());
      }
    }
    List<String> names = new ArrayList<>(new TreeSet<>(entitiesOf.keySet()));
    names.removeIf(n -> "?".equals(labels.get(n)));
    int merged = 0;
    int correct = 0;
    int goldPairs = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        Set<String> common = new HashSet<>(entitiesOf.get(a));
        common.retainAll(entitiesOf.get(b));
        boolean sys = !common.isEmpty();
        String la = labels.get(a);
        boolean same = la != null && la.equals(labels.get(b));
        if (sys) {
          merged++;
        }
        if (same) {
          goldPairs++;
        }
        if (sys && same) {
          correct++;
        } else if (sys) {
          wrong.add(a + " = " + b);
        } else if (same) {
          missed.add(a + " / " + b);
        }
      }
    }
    return new Result(articles, names.size(), merged, correct, goldPairs, wrong, missed);
  }

  /** The input paths of one {@code #set} entry: a path, or files matching a '*' pattern. */
  static List<String> expand(Path data, String entry) throws IOException {
    Path p = data.resolve(entry);
    String name = p.getFileName().toString();
    if (!name.contains("*")) {
      return List.of(p.toString());
    }
    java.nio.file.PathMatcher m = p.getFileSystem().getPathMatcher("glob:" + name);
    try (var files = Files.list(p.getParent())) {
      return files.filter(f -> m.matches(f.getFileName())).map(Path::toString).sorted().toList();
    }
  }

  private static List<Article> read(List<String> inputs) {
    BoilerplateMemory memory = new BoilerplateMemory();
    ArticleReader reader =
        new ArticleReader(Pipelines.ingestor(32L << 20), Pipelines.standard(memory), 2);
    reader.learn(inputs, InputStreamNull.INSTANCE, memory);
    List<Article> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    reader.read(inputs, InputStreamNull.INSTANCE, new ArticleSink() {
      @Override
      public void accept(Article article) {
        if (ids.add(article.id())) {
          out.add(article);
        }
      }

      @Override
      public void skip(Skip skip) {}
    });
    return out;
  }

  /** No standard input: the inputs are folders. */
  private static final class InputStreamNull {
    static final java.io.InputStream INSTANCE = java.io.InputStream.nullInputStream();
  }
}

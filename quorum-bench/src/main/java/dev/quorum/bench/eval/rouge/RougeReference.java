package dev.quorum.bench.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads DUC model summaries and the official per-topic scores of {@code rouge-reference.tsv}. */
public final class RougeReference {

  /** One official score: a topic, a baseline system, its ROUGE-1/2 recall and its summary. */
  public record Row(String topic, String system, double rouge1, double rouge2, String summary) {}

  private RougeReference() {}

  /** The rows of {@code rouge-reference.tsv} in {@code duc}, without the AVERAGE lines. */
  public static List<Row> rows(Path duc) {
    List<Row> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(duc.resolve("rouge-reference.tsv"), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 5 || f[0].equals("topic")) {
          continue;
        }
        out.add(new Row(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The 100-word human summaries of a topic ({@code D30003.M.100.T.*} for topic {@code D30003}),
   * sorted by file name.
   */
  public static List<String> models(Path duc, String topic) {
    String prefix = topic.toUpperCase(java.util.Locale.ROOT) + ".M.100.";
    try (Stream<Path> s = Files.list(duc.resolve("models"))) {
      List<Path> files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
      List<String> out = new ArrayList<>();
      for (Path p : files) {
        out.add(Files.readString(p, StandardCharsets.ISO_8859_1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.quorum.bench.eval;

import dev.quorum.extract.claims.Claim;
import dev.quorum.extract.claims.ClaimExtractor;
import dev.quorum.extract.claims.ClaimMention;
import dev.quorum.model.Article;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.ingest.DocumentSink;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores numeric claims against the hand-labelled claims of {@code claims-gold.tsv}: a predicted
 * mention matches a gold claim of the same article when their spans overlap; precision, recall
 * and the accuracy of each field over the matches.
 */
public final class ClaimsEval {

  static final String GOLD = "claims-gold.tsv";

  private ClaimsEval() {}

  /** One labelled claim; "-" fields are read as null. */
  public record Gold(String split, String article, int start, int end, double value, Double high,
      String unit, String qualifier, String quantity, String scope, String claimant,
      boolean hedged) {}

  /**
   * The labels, where each article's source file lies below the shared data folder, and the
   * split each article belongs to.
   */
  public record Labels(List<Gold> claims, Map<String, String> sources, Map<String, String> splits) {}

  /** A predicted mention with the fields of its claim. */
  public record Predicted(String article, int start, int end, Claim claim, ClaimMention mention) {}

  /** A field and how often it was right over the matches where gold gives it. */
  public record Field(String name, int right, int total) {
    public double accuracy() {
      return total == 0 ? 1 : (double) right / total;
    }
  }

  /** The score of one split. */
  public record Score(String split, int gold, int predicted, int matched, List<Field> fields,
      List<String> errors) {
    public double precision() {
      return predicted == 0 ? 1 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Labels labels() {
    try (InputStream in = ClaimsEval.class.getResourceAsStream(GOLD)) {
      if (in == null) {
        throw new IllegalStateException(GOLD + " is not on the classpath");
      }
      List<Gold> gold = new ArrayList<>();
      Map<String, String> sources = new LinkedHashMap<>();
      Map<String, String> splits = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (line.startsWith("# source")) {
          sources.put(f[1], f[2]);
          splits.put(f[1], f[3]);
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        Double high = null;
        double value;
        int dash = f[4].indexOf('-', 1);
        if (dash > 0) {
          value = Double.parseDouble(f[4].substring(0, dash));
          high = Double.parseDouble(f[4].substring(dash + 1));
        } else {
          value = Double.parseDouble(f[4]);
        }
        gold.add(new Gold(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), value, high,
            f[5], nul(f[6]), nul(f[7]), nul(f[8]), nul(f[9]), Boolean.parseBoolean(f[10])));
      }
      return new Labels(gold, sources, splits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nul(String s) {
    return s == null || s.isBlank() || s.equals("-") ? null : s;
  }

  /** The labelled articles, read from their files below {@code data}; by id. */
  public static Map<String, Article> articles(Path data, Labels labels) {
    List<String> inputs = new ArrayList<>();
    for (String rel : labels.sources().values()) {
      Path p = data.resolve(rel);
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("missing labelled article " + p);
      }
      inputs.add(p.toString());
    }
    ArticlePipeline pipeline = Pipelines.standard();
    Map<String, Article> byId = new TreeMap<>();
    Pipelines.ingestor(50_000_000L).read(inputs, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        Article a = pipeline.process(document);
        if (labels.sources().containsKey(a.id())) {
          byId.put(a.id(), a);
        }
      }

      @Override
      public void skip(Skip skip) {}
    });
    return byId;
  }

  /** Every mention the extractor finds in each article on its own. */
  public static List<Predicted> predict(Map<String, Article> articles, ClaimExtractor extractor) {
    List<Predicted> out = new ArrayList<>();
    for (Article a : articles.values()) {
      for (Claim c : extractor.extract(a)) {
        for (ClaimMention m : c.mentions()) {
          out.add(new Predicted(a.id(), m.span().start(), m.span().end(), c, m));
        }
      }
    }
    return out;
  }

  /** Scores the predictions for the labelled claims of one split. */
  public static Score score(String split, Labels labels, List<Predicted> predicted,
      Map<String, Article> articles) {
    List<Gold> gold = labels.claims().stream().filter(g -> g.split().equals(split)).toList();
    Set<String> splitArticles = new java.util.HashSet<>();
    labels.splits().forEach((id, sp) -> {
      if (sp.equals(split)) {
        splitArticles.add(id);
      }
    });
    List<Predicted> preds = predicted.stream().filter(p -> splitArticles.contains(p.article())).toList();
    boolean[] used = new boolean[preds.size()];
    String[] names = {"value", "unit", "qualifier", "quantity", "scope", "claimant", "hedged"};
    int[] right = new int[names.length];
    int[] total = new int[names.length];
    List<String> errors = new ArrayList<>();
    int matched = 0;
    for (Gold g : gold) {
      int hit = -1;
      for (int i = 0; i < preds.size(); i++) {
        Predicted p = preds.get(i);
        if (!used[i] && p.article().equals(g.article()) && p.start() < g.end() && g.start() < p.end()) {
          hit = i;
          break;
        }
      }
      String where = g.article() + "@" + g.start();
      if (hit < 0) {
        errors.add("missed " + where + " " + context(articles, g.article(), g.start(), g.end()));
        continue;
      }
      used[hit] = true;
      matched++;
      Predicted p = preds.get(hit);
      Claim c = p.claim();
      boolean[] ok = new boolean[names.length];
      boolean[] counted = new boolean[names.length];
      ok[0] = close(c.value(), g.value()) && (g.high() == null ? c.high() == null
          : c.high() != null && close(c.high(), g.high()));
      counted[0] = true;
      ok[1] = g.unit().equals(c.unit());
      counted[1] = true;
      ok[2] = java.util.Objects.equals(g.qualifier(), c.qualifier());
      counted[2] = true;
      if (g.quantity() != null) {
        counted[3] = true;
        ok[3] = quantityMatches(g.quantity(), c.quantity());
      }
      counted[4] = true;
      ok[4] = g.scope() == null ? c.scope() == null : scopeMatches(g.scope(), c.scope());
      counted[5] = true;
      String pc = p.mention().claimant();
      ok[5] = g.claimant() == null ? pc == null
          : pc != null && pc.toLowerCase(Locale.ROOT).contains(lastWord(g.claimant()));
      counted[6] = true;
      ok[6] = g.hedged() == (p.mention().hedge() != null);
      StringBuilder wrong = new StringBuilder();
      for (int f = 0; f < names.length; f++) {
        if (counted[f]) {
          total[f]++;
          if (ok[f]) {
            right[f]++;
          } else {
            wrong.append(' ').append(names[f]).append('=').append(predField(f, c, p.mention()))
                .append(" (gold ").append(goldField(f, g)).append(')');
          }
        }
      }
      if (wrong.length() > 0) {
        errors.add("field " + where + wrong);
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (!used[i]) {
        Predicted p = preds.get(i);
        errors.add("extra " + p.article() + "@" + p.start() + " "
            + context(articles, p.article(), p.start(), p.end()) + " -> " + p.claim().value()
            + " " + p.claim().unit());
      }
    }
    List<Field> fields = new ArrayList<>();
    for (int f = 0; f < names.length; f++) {
      fields.add(new Field(names[f], right[f], total[f]));
    }
    return new Score(split, gold.size(), preds.size(), matched, fields, errors);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-3 * Math.max(1e-9, Math.abs(b)) + 1e-9;
  }

  static String stem(String w) {
    String h = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (h.endsWith("ies") && h.length() > 4) {
      return h.substring(0, h.length() - 3) + "y";
    }
    if (h.endsWith("s") && !h.endsWith("ss") && h.length() > 3) {
      return h.substring(0, h.length() - 1);
    }
    return h;
  }

  static boolean quantityMatches(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    Set<String> p = new java.util.HashSet<>();
    for (String w : predicted.split("[\\s\u2019']+")) {
      p.add(stem(w));
    }
    for (String w : gold.split("\\s+")) {
      if (!p.contains(stem(w))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SCOPE_STOP = Set.of("in", "on", "the", "a", "of", "during",
      "over", "for", "early", "last", "past");

  static boolean scopeMatches(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    String p = predicted.toLowerCase(Locale.ROOT);
    List<String> words = Arrays.stream(gold.toLowerCase(Locale.ROOT).split("[\\s,.]+"))
        .filter(w -> !w.isEmpty() && !SCOPE_STOP.contains(w)).toList();
    if (words.isEmpty()) {
      return p.contains(gold.toLowerCase(Locale.ROOT));
    }
    long found = words.stream().filter(p::contains).count();
    return found * 2 >= words.size();
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  private static String predField(int f, Claim c, ClaimMention m) {
    return switch (f) {
      case 0 -> c.value() + (c.high() == null ? "" : "-" + c.high());
      case 1 -> c.unit();
      case 2 -> String.valueOf(c.qualifier());
      case 3 -> String.valueOf(c.quantity());
      case 4 -> String.valueOf(c.scope());
      case 5 -> String.valueOf(m.claimant());
      default -> String.valueOf(m.hedge());
    };
  }

  private static String goldField(int f, Gold g) {
    return switch (f) {
      case 0 -> g.value() + (g.high() == null ? "" : "-" + g.high());
      case 1 -> g.unit();
      case 2 -> String.valueOf(g.qualifier());
      case 3 -> String.valueOf(g.quantity());
      case 4 -> String.valueOf(g.scope());
      case 5 -> String.valueOf(g.claimant());
      default -> String.valueOf(g.hedged());
    };
  }

  private static String context(Map<String, Article> articles, String id, int start, int end) {
    Article a = articles.get(id);
    if (a == null) {
      return "";
    }
    String t = a.text();
    int s = Math.max(0, start - 40);
    int e = Math.min(t.length(), end + 40);
    return "\u00ab" + t.substring(s, start) + "[" + t.substring(start, end) + "]" + t.substring(end, e)
        .replace('\n', ' ') + "\u00bb";
  }
}

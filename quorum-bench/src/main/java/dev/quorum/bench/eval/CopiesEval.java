package dev.quorum.bench.eval;

import dev.quorum.bench.copies.PlantedCopy;
import dev.quorum.bench.copies.PlantedCorpus;
import dev.quorum.copies.CopyKind;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a copy detector's report on a planted corpus: recall per planted kind, precision per
 * reported kind, kind confusion, overall precision with and without the natural copies the base
 * articles already contain, and the purity of the origins.
 *
 * <p>A found relation is right when both articles descend from the same base (a planted pair, or
 * two copies of one base, which really are copies of each other). Relations that only hold through
 * a natural copy between two bases (found by the detector on the bases alone) are counted apart.
 */
public final class CopiesEval {

  private CopiesEval() {}

  /** Identical sentences two bases must share for their natural copy to count as verified. */
  public static final int VERIFY_SENTENCES = 2;

  /** Fewest words of a sentence that counts towards verification. */
  public static final int VERIFY_WORDS = 8;

  /**
   * How many distinct sentences of {@link #VERIFY_WORDS} or more words the two articles share
   * word for word (case and punctuation folded): evidence of copied wire text that does not
   * depend on the detector being checked.
   */
  public static int sharedSentences(dev.quorum.model.Article a, dev.quorum.model.Article b) {
    java.util.Set<String> x = sentenceKeys(a);
    int n = 0;
    for (String k : sentenceKeys(b)) {
      if (x.contains(k)) {
        n++;
      }
    }
    return n;
  }

  private static java.util.Set<String> sentenceKeys(dev.quorum.model.Article a) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      List<String> words = new ArrayList<>();
      java.util.regex.Matcher m = WORD.matcher(a.sentenceText(i));
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
      if (words.size() >= VERIFY_WORDS) {
        out.add(String.join(" ", words));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The scores of one planted kind.
   *
   * @param planted copies planted of this kind
   * @param found planted pairs linked by some relation
   * @param foundSameKind planted pairs linked by a relation of this kind
   * @param reported relations reported with this kind, natural ones left out
   * @param reportedCorrect of those, the right ones
   */
  public record KindScore(
      int planted, int found, int foundSameKind, int reported, int reportedCorrect) {

    /** Share of planted pairs found, whatever kind was reported. */
    public double recall() {
      return planted == 0 ? 1 : (double) found / planted;
    }

    /** Share of relations reported with this kind that are right. */
    public double precision() {
      return reported == 0 ? 1 : (double) reportedCorrect / reported;
    }
  }

  /**
   * A whole score.
   *
   * @param articles articles in the corpus
   * @param bases base articles
   * @param natural relations the detector found among the bases alone
   * @param kinds scores per kind
   * @param confusion planted kind to reported kind (null key: missed) to count
   * @param relations relations reported on the whole corpus
   * @param correct right relations
   * @param naturalRelations relations that hold only through a natural copy
   * @param verifiedNatural natural copies between bases that share at least {@link
   *     #VERIFY_SENTENCES} identical sentences of {@link #VERIFY_WORDS}+ words
   * @param unverifiedRelations of {@code naturalRelations}, those that hold only through an
   *     unverified natural copy
   * @param falsePositives the wrong relations
   * @param misses planted pairs no relation links
   * @param purity share of articles in an origin whose majority shares their family
   * @param completeness share of planted families whose articles all share one origin
   */
  public record Result(
      int articles,
      int bases,
      List<CopyRelation> natural,
      Map<CopyKind, KindScore> kinds,
      Map<CopyKind, Map<String, Integer>> confusion,
      int relations,
      int correct,
      int naturalRelations,
      List<CopyRelation> verifiedNatural,
      int unverifiedRelations,
      List<CopyRelation> falsePositives,
      List<PlantedCopy> misses,
      double purity,
      double completeness) {

    /** Precision with the natural relations left out. */
    public double precision() {
      int judged = relations - naturalRelations;
      return judged == 0 ? 1 : (double) correct / judged;
    }

    /** Precision counting relations that hold only through unverified natural copies as errors. */
    public double precisionVerified() {
      int judged = relations - naturalRelations + unverifiedRelations;
      return judged == 0 ? 1 : (double) correct / judged;
    }

    /** Precision counting the natural relations as errors (the unverified worst case). */
    public double precisionNaturalAsErrors() {
      return relations == 0 ? 1 : (double) correct / relations;
    }

    /** Planted pairs found over planted pairs, all kinds. */
    public double recall() {
      int p = kinds.values().stream().mapToInt(KindScore::planted).sum();
      int f = kinds.values().stream().mapToInt(KindScore::found).sum();
      return p == 0 ? 1 : (double) f / p;
    }
  }

  /** Scores {@code report} on {@code corpus}; {@code natural} is the report on the bases alone. */
  public static Result score(PlantedCorpus corpus, CopyReport natural, CopyReport report) {
    Families planted = new Families();
    Families withNatural = new Families();
    for (PlantedCopy p : corpus.planted()) {
      planted.union(p.copy(), p.source());
      withNatural.union(p.copy(), p.source());
    }
    Families withVerified = new Families();
    for (PlantedCopy p : corpus.planted()) {
      withVerified.union(p.copy(), p.source());
    }
    Map<String, dev.quorum.model.Article> byId = new HashMap<>();
    corpus.articles().forEach(a -> byId.put(a.id(), a));
    List<CopyRelation> verified = new ArrayList<>();
    for (CopyRelation r : natural.copies()) {
      withNatural.union(r.a(), r.b());
      if (byId.containsKey(r.a()) && byId.containsKey(r.b())
          && sharedSentences(byId.get(r.a()), byId.get(r.b())) >= VERIFY_SENTENCES) {
        withVerified.union(r.a(), r.b());
        verified.add(r);
      }
    }
    Map<String, CopyRelation> byPair = new HashMap<>();
    for (CopyRelation r : report.copies()) {
      byPair.put(pair(r.a(), r.b()), r);
    }
    Map<CopyKind, int[]> tallies = new EnumMap<>(CopyKind.class);
    Map<CopyKind, Map<String, Integer>> confusion = new EnumMap<>(CopyKind.class);
    for (CopyKind k : CopyKind.values()) {
      tallies.put(k, new int[5]);
      confusion.put(k, new java.util.TreeMap<>());
    }
    List<PlantedCopy> misses = new ArrayList<>();
    for (PlantedCopy p : corpus.planted()) {
      int[] t = tallies.get(p.kind());
      t[0]++;
      CopyRelation r = byPair.get(pair(p.copy(), p.source()));
      String label = r == null ? "missed" : r.kind().label();
      confusion.get(p.kind()).merge(label, 1, Integer::sum);
      if (r == null) {
        misses.add(p);
      } else {
        t[1]++;
        if (r.kind() == p.kind()) {
          t[2]++;
        }
      }
    }
    int correct = 0;
    int naturalRelations = 0;
    int unverified = 0;
    List<CopyRelation> falsePositives = new ArrayList<>();
    for (CopyRelation r : report.copies()) {
      int[] t = tallies.get(r.kind());
      if (planted.same(r.a(), r.b())) {
        correct++;
        t[3]++;
        t[4]++;
      } else if (withNatural.same(r.a(), r.b())) {
        naturalRelations++;
        if (!withVerified.same(r.a(), r.b())) {
          unverified++;
        }
      } else {
        t[3]++;
        falsePositives.add(r);
      }
    }
    Map<CopyKind, KindScore> kinds = new EnumMap<>(CopyKind.class);
    tallies.forEach((k, t) -> kinds.put(k, new KindScore(t[0], t[1], t[2], t[3], t[4])));
    int inMajority = 0;
    int total = 0;
    Map<String, Set<String>> originsOfFamily = new HashMap<>();
    for (Origin o : report.origins()) {
      Map<String, Integer> count = new HashMap<>();
      for (String a : o.articles()) {
        String fam = withNatural.find(a);
        count.merge(fam, 1, Integer::sum);
        originsOfFamily.computeIfAbsent(planted.find(a), x -> new HashSet<>()).add(o.id());
      }
      inMajority += count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      total += o.articles().size();
    }
    Set<String> families = new HashSet<>();
    for (PlantedCopy p : corpus.planted()) {
      families.add(planted.find(p.source()));
    }
    long whole = families.stream()
        .filter(f -> originsOfFamily.getOrDefault(f, Set.of()).size() == 1).count();
    return new Result(corpus.articles().size(), corpus.bases().size(), natural.copies(), kinds,
        confusion, report.copies().size(), correct, naturalRelations, verified, unverified,
        falsePositives, misses,
        total == 0 ? 1 : (double) inMajority / total,
        families.isEmpty() ? 1 : (double) whole / families.size());
  }

  /**
   * The mean, per planted kind, of the share of a copy's words (case folded) that its base does
   * not have as many times: how much of the wording the copy changed or added.
   */
  public static Map<CopyKind, Double> changedWords(PlantedCorpus corpus) {
    Map<String, dev.quorum.model.Article> byId = new HashMap<>();
    corpus.articles().forEach(a -> byId.put(a.id(), a));
    Map<CopyKind, double[]> sums = new EnumMap<>(CopyKind.class);
    for (PlantedCopy p : corpus.planted()) {
      Map<String, Integer> base = bag(byId.get(p.source()).text());
      Map<String, Integer> copy = bag(byId.get(p.copy()).text());
      int total = 0;
      int changed = 0;
      for (Map.Entry<String, Integer> e : copy.entrySet()) {
        total += e.getValue();
        changed += Math.max(0, e.getValue() - base.getOrDefault(e.getKey(), 0));
      }
      double[] s = sums.computeIfAbsent(p.kind(), k -> new double[2]);
      s[0] += total == 0 ? 0 : (double) changed / total;
      s[1]++;
    }
    Map<CopyKind, Double> out = new EnumMap<>(CopyKind.class);
    sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
    return out;
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return out;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
  }

  /** A small union-find over article ids. */
  private static final class Families {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      String root = find(p);
      parent.put(x, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // the smaller id is the root, so the result does not depend on the order of unions
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    boolean same(String a, String b) {
      return find(a).equals(find(b));
    }
  }

  /** A percentage with one decimal. */
  public static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}

package dev.quorum.bench.eval;

import dev.quorum.extract.EntityType;
import dev.quorum.extract.ner.TokenChunk;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-span named-entity precision, recall and F1 overall and per type, as conlleval counts. */
public final class NerScore {

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public NerScore() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]); // tp, predicted, gold
    }
  }

  /** Adds one sentence's gold and predicted names. */
  public void add(List<TokenChunk> gold, List<TokenChunk> predicted) {
    Set<TokenChunk> g = new HashSet<>(gold);
    for (TokenChunk p : predicted) {
      counts.get(p.type())[1]++;
      if (g.contains(p)) {
        counts.get(p.type())[0]++;
      }
    }
    for (TokenChunk c : gold) {
      counts.get(c.type())[2]++;
    }
  }

  /** Precision, recall, F1 (percent) of one type, or of all when {@code type} is null. */
  public double[] prf(EntityType type) {
    int tp = 0;
    int pred = 0;
    int gold = 0;
    for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
      if (type == null || e.getKey() == type) {
        tp += e.getValue()[0];
        pred += e.getValue()[1];
        gold += e.getValue()[2];
      }
    }
    double p = pred == 0 ? 0 : 100.0 * tp / pred;
    double r = gold == 0 ? 0 : 100.0 * tp / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /** Overall F1 in percent. */
  public double f1() {
    return prf(null)[2];
  }

  /** A conlleval-like table. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    double[] all = prf(null);
    sb.append(String.format("  all   P %.2f  R %.2f  F1 %.2f%n", all[0], all[1], all[2]));
    for (EntityType t : EntityType.values()) {
      double[] v = prf(t);
      sb.append(String.format("  %-5s P %.2f  R %.2f  F1 %.2f  (%d gold)%n", t.conll(), v[0], v[1],
          v[2], counts.get(t)[2]));
    }
    return sb.toString();
  }
}

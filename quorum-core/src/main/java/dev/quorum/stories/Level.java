package dev.quorum.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One level of clustering (events or storylines): the active window of groups, an inverted index
 * from terms to the active groups holding them, and the similarity signals of a unit and a group.
 *
 * <p>Why an index: comparing each arriving unit with every active group costs time linear in the
 * window; looking up only the unit's most distinctive terms finds the few groups worth scoring.
 */
final class Level {

  /** A scored candidate group. */
  record Match(Group group, double score, double[] signals) {}

  private final StoryClusterer.LevelOptions options;
  private final Vocabulary terms;
  private final Vocabulary entities;
  private final Function<Group, String> titler;
  private final Map<Integer, List<Group>> postings = new HashMap<>();
  private final LinkedHashMap<Group, Boolean> active = new LinkedHashMap<>(64, 0.75f, true);
  final List<Group> all = new ArrayList<>();
  private long clock;
  private int latestDay = Integer.MIN_VALUE;
  private int retiredSinceSweep;

  Level(StoryClusterer.LevelOptions options, Vocabulary terms, Vocabulary entities,
      Function<Group, String> titler) {
    this.options = options;
    this.terms = terms;
    this.entities = entities;
    this.titler = titler;
  }

  int activeCount() {
    return active.size();
  }

  /** The best-scoring active groups for u, highest first (ties: older group first). */
  List<Match> candidates(Unit u) {
    if (u.dated()) {
      if (u.day > latestDay) {
        latestDay = u.day;
      }
    }
    Integer[] order = new Integer[u.terms.length];
    float[] q = new float[u.terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      q[i] = u.termWeights[i] * terms.idf(u.terms[i]);
    }
    Arrays.sort(order, (a, b) -> q[a] != q[b] ? Float.compare(q[b], q[a]) : Integer.compare(a, b));
    IdentityHashMap<Group, double[]> partial = new IdentityHashMap<>();
    for (int k = 0; k < Math.min(options.queryTerms(), order.length); k++) {
      int i = order[k];
      int t = u.terms[i];
      List<Group> list = postings.get(t);
      if (list == null || list.size() > options.maxPosting()) {
        continue;
      }
      double idf = terms.idf(t);
      for (Group g : list) {
        if (!g.retired) {
          partial.computeIfAbsent(g, x -> new double[1])[0] +=
              u.termWeights[i] * g.terms.get(t) * idf * idf / g.units;
        }
      }
    }
    List<Group> ranked = new ArrayList<>(partial.keySet());
    ranked.sort(Comparator.comparingDouble((Group g) -> -partial.get(g)[0])
        .thenComparingInt(g -> g.serial));
    List<Match> out = new ArrayList<>();
    for (Group g : ranked) {
      if (out.size() == options.candidates()) {
        break;
      }
      if (expired(g)) {
        retire(g);
        continue;
      }
      double[] s = signals(u, g);
      out.add(new Match(g, options.weights().score(s), s));
    }
    out.sort(Comparator.comparingDouble((Match m) -> -m.score())
        .thenComparingInt(m -> m.group().serial));
    return out;
  }

  /**
   * Fills the lazily computed state that scoring would otherwise write (centroid norms, inverse
   * document frequencies, the latest day), so that units can then be scored on several threads
   * while nothing is added.
   */
  void warm(Iterable<Group> groups, List<Unit> units) {
    for (Group g : groups) {
      if (g.termNorm < 0) {
        g.termNorm = norm(g.terms, terms);
      }
      if (g.entityNorm < 0) {
        g.entityNorm = norm(g.entities, entities);
      }
    }
    for (int id = 0; id < terms.size(); id++) {
      terms.idf(id);
    }
    for (int id = 0; id < entities.size(); id++) {
      entities.idf(id);
    }
    for (Unit u : units) {
      if (u.dated() && u.day > latestDay) {
        latestDay = u.day;
      }
    }
  }

  /** The best candidate whose score reaches the joining threshold, or null. */
  Match best(Unit u) {
    List<Match> c = candidates(u);
    return !c.isEmpty() && c.get(0).score() >= 0 ? c.get(0) : null;
  }

  /** A new group holding u. */
  Group create(Unit u) {
    Group g = new Group(all.size());
    all.add(g);
    active.put(g, Boolean.TRUE);
    add(g, u);
    return g;
  }

  /** Adds u to g and keeps the window within its bounds. */
  void add(Group g, Unit u) {
    for (int t : g.add(u)) {
      postings.computeIfAbsent(t, x -> new ArrayList<>()).add(g);
    }
    g.touched = ++clock;
    if (!g.retired) {
      active.get(g);
    }
    while (active.size() > options.maxActive()) {
      retire(active.keySet().iterator().next());
    }
    // the least recently touched groups are the oldest in a stream: retire those out of horizon
    Iterator<Group> it = active.keySet().iterator();
    for (int k = 0; k < 4 && it.hasNext(); k++) {
      Group old = it.next();
      if (expired(old)) {
        it.remove();
        retireQuietly(old);
      }
    }
  }

  /**
   * The best other active group that g, compared centroid to centroid, should merge with: two
   * groups that grew from different first articles can turn out to be one.
   */
  Match mergeCandidate(Group g) {
    if (g.retired || options.mergeMargin() == Double.POSITIVE_INFINITY) {
      return null;
    }
    for (Match m : candidates(g.view())) {
      if (m.group() != g) {
        return m.score() >= options.mergeMargin() ? m : null;
      }
    }
    return null;
  }

  /** Moves from's members and vectors into into; from is retired for good. */
  void merge(Group into, Group from) {
    for (int t : into.absorb(from)) {
      postings.computeIfAbsent(t, x -> new ArrayList<>()).add(into);
    }
    from.mergedInto = into;
    active.remove(from);
    from.retire(null);
    into.touched = ++clock;
    active.get(into);
  }

  /** Retires every active group, choosing their titles. */
  void retireAll() {
    for (Group g : new ArrayList<>(active.keySet())) {
      retire(g);
    }
  }

  private boolean expired(Group g) {
    return g.dated() && latestDay != Integer.MIN_VALUE
        && latestDay - g.maxDay > options.horizonDays();
  }

  private void retire(Group g) {
    active.remove(g);
    retireQuietly(g);
  }

  private void retireQuietly(Group g) {
    g.retire(titler.apply(g));
    if (++retiredSinceSweep > Math.max(1000, options.maxActive())) {
      retiredSinceSweep = 0;
      postings.values().removeIf(list -> {
        list.removeIf(x -> x.retired);
        return list.isEmpty();
      });
    }
  }

  /** The signals of u against g in {@link Weights#SIGNALS} order. */
  double[] signals(Unit u, Group g) {
    double[] s = new double[5];
    s[0] = cosine(u.terms, u.termWeights, g.terms, g.termNorm < 0
        ? (g.termNorm = norm(g.terms, terms)) : g.termNorm, terms);
    s[1] = cosine(u.entities, u.entityWeights, g.entities, g.entityNorm < 0
        ? (g.entityNorm = norm(g.entities, entities)) : g.entityNorm, entities);
    s[2] = u.embedding == null || g.embedding == null ? 0 : dense(u.embedding, g.embedding);
    if (u.dated() && g.dated()) {
      int gap = u.lastDay < g.minDay ? g.minDay - u.lastDay
          : u.day > g.maxDay ? u.day - g.maxDay : 0;
      s[3] = Math.exp(-gap / options.tauDays());
    } else {
      s[4] = 1;
    }
    return s;
  }

  /**
   * The signals of u, a member of g, against g's centroid without u (exact up to the centroid's
   * pruned terms): how well u fits its own group, comparable with its fit to other groups.
   */
  double[] signalsWithout(Unit u, Group g) {
    double[] s = signals(u, g);
    s[0] = cosineWithout(u.terms, u.termWeights, g.terms, g.termNorm < 0
        ? (g.termNorm = norm(g.terms, terms)) : g.termNorm, terms);
    s[1] = cosineWithout(u.entities, u.entityWeights, g.entities, g.entityNorm < 0
        ? (g.entityNorm = norm(g.entities, entities)) : g.entityNorm, entities);
    if (u.embedding != null && g.embedding != null) {
      float[] rest = g.embedding.clone();
      for (int d = 0; d < rest.length; d++) {
        rest[d] -= u.embedding[d];
      }
      s[2] = dense(u.embedding, rest);
    }
    return s;
  }

  private static double cosineWithout(int[] ids, float[] w, IntFloatMap g, double gNorm,
      Vocabulary v) {
    if (ids.length == 0 || gNorm == 0) {
      return 0;
    }
    double dot = 0;
    double un = 0;
    double gn2 = gNorm * gNorm;
    for (int i = 0; i < ids.length; i++) {
      double idf = v.idf(ids[i]);
      double x = w[i] * idf;
      un += x * x;
      float y = g.get(ids[i]);
      if (y != 0) {
        double rest = Math.max(0, y - w[i]);
        dot += x * rest * idf;
        gn2 += (rest * idf) * (rest * idf) - (y * idf) * (y * idf);
      }
    }
    return un == 0 || gn2 <= 1e-12 ? 0 : dot / (Math.sqrt(un) * Math.sqrt(gn2));
  }

  private static double cosine(int[] ids, float[] w, IntFloatMap g, double gNorm, Vocabulary v) {
    if (ids.length == 0 || gNorm == 0) {
      return 0;
    }
    double dot = 0;
    double un = 0;
    for (int i = 0; i < ids.length; i++) {
      double idf = v.idf(ids[i]);
      double x = w[i] * idf;
      un += x * x;
      float y = g.get(ids[i]);
      if (y != 0) {
        dot += x * y * idf;
      }
    }
    return un == 0 ? 0 : dot / (Math.sqrt(un) * gNorm);
  }

  private static double norm(IntFloatMap m, Vocabulary v) {
    double[] sum = new double[1];
    m.forEach((k, x) -> {
      double y = x * v.idf(k);
      sum[0] += y * y;
    });
    return Math.sqrt(sum[0]);
  }

  private static double dense(float[] a, float[] b) {
    double dot = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      nb += (double) b[i] * b[i];
    }
    return nb == 0 ? 0 : dot / Math.sqrt(nb);
  }
}

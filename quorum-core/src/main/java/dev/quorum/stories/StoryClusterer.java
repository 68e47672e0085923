package dev.quorum.stories;

import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.NameFinder;
import dev.quorum.model.Article;
import dev.quorum.text.embed.SentenceEmbedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Clusters articles incrementally into events and storylines: each arriving origin joins the
 * best-scoring active event if the weighted signals say so, else founds an event, which in turn
 * joins the best active storyline or founds one.
 *
 * <p>Signals are the TF-IDF cosine of content words, the IDF-weighted cosine of names, the cosine
 * of sentence-embedding centroids of headline and opening, and time closeness. Document
 * frequencies are learnt as articles arrive, or from a background pass over a whole batch. Copies
 * of one origin count once: only the first article of an origin is featurized; later ones follow
 * it into its event. Memory is bounded by windows of active events and storylines (by count and
 * by age); retired groups keep only their member ids and title.
 */
public final class StoryClusterer {

  /**
   * The settings of one level.
   *
   * @param weights how signals combine into the decision to join
   * @param tauDays time scale of the closeness signal {@code exp(-gap/tau)}
   * @param horizonDays a group whose latest article is this much older than the newest one seen
   *     retires
   * @param maxActive most groups in the active window; the least recently joined retires first
   * @param queryTerms distinctive terms of an arriving unit looked up in the index
   * @param candidates groups scored in full per unit
   * @param maxPosting index entries longer than this (too common terms) are not followed
   * @param mergeMargin score two groups' centroids need to merge (infinite: never merge)
   * @param secondLook term cosine of two centroids above which the second look after each batch
   *     merges the groups (infinite: no second look)
   * @param secondLookNames names cosine of two centroids the second look also needs (a guard
   *     against merging subjects that share wording but not names)
   */
  public record LevelOptions(Weights weights, double tauDays, int horizonDays, int maxActive,
      int queryTerms, int candidates, int maxPosting, double mergeMargin, double secondLook,
      double secondLookNames) {

    public LevelOptions {
      Objects.requireNonNull(weights, "weights");
      if (tauDays <= 0 || horizonDays < 0 || maxActive < 1 || queryTerms < 1 || candidates < 1
          || maxPosting < 1) {
        throw new IllegalArgumentException("level options out of range");
      }
    }

    public LevelOptions withWeights(Weights w) {
      return new LevelOptions(w, tauDays, horizonDays, maxActive, queryTerms, candidates,
          maxPosting, mergeMargin, secondLook, secondLookNames);
    }

    public LevelOptions withMaxActive(int n) {
      return new LevelOptions(weights, tauDays, horizonDays, n, queryTerms, candidates,
          maxPosting, mergeMargin, secondLook, secondLookNames);
    }

    public LevelOptions withCandidates(int n) {
      return new LevelOptions(weights, tauDays, horizonDays, maxActive, queryTerms, n,
          maxPosting, mergeMargin, secondLook, secondLookNames);
    }

    public LevelOptions withHorizon(int days) {
      return new LevelOptions(weights, tauDays, days, maxActive, queryTerms, candidates,
          maxPosting, mergeMargin, secondLook, secondLookNames);
    }

    public LevelOptions withMergeMargin(double m) {
      return new LevelOptions(weights, tauDays, horizonDays, maxActive, queryTerms, candidates,
          maxPosting, m, secondLook, secondLookNames);
    }

    public LevelOptions withSecondLookNames(double x) {
      return new LevelOptions(weights, tauDays, horizonDays, maxActive, queryTerms, candidates,
          maxPosting, mergeMargin, secondLook, x);
    }

    public LevelOptions withSecondLook(double x) {
      return new LevelOptions(weights, tauDays, horizonDays, maxActive, queryTerms, candidates,
          maxPosting, mergeMargin, x, secondLookNames);
    }
  }

  /**
   * Settings of both levels; with {@code parallel}, a batch's articles are featurized (and the
   * refinement's decisions taken) on the common fork-join pool, so the name finder must then be
   * thread-safe.
   *
   * @param refineRounds rounds of the batch refinement (0: none), see {@link #refine}
   * @param refineMerge event-centroid score at which the refinement merges two events (infinite:
   *     no merging)
   * @param refineMargin score another event needs in the refinement for an origin to move there
   * @param embedSentences 0: embed headline and opening as one text; k > 0: embed the headline
   *     and the first k sentences one by one and average them
   * @param linkage how the refinement regroups a batch of at least {@link Linkage#minUnits}
   *     origins into events (null: by moving origins between event centroids only)
   */
  public record Options(LevelOptions events, LevelOptions storylines, boolean parallel,
      int refineRounds, double refineMerge, double refineMargin, int embedSentences,
      Linkage linkage) {

    public Options {
      Objects.requireNonNull(events, "events");
      Objects.requireNonNull(storylines, "storylines");
      if (refineRounds < 0 || embedSentences < 0 || Double.isNaN(refineMerge)
          || Double.isNaN(refineMargin)) {
        throw new IllegalArgumentException("refinement or embedding options out of range");
      }
    }

    /**
     * Weights fitted by {@code quorum eval stories --fit} (see docs/stories.md): event weights
     * with embeddings on DUC 2003's odd-numbered folders; storylines looser.
     */
    public static Options defaults(boolean embeddings) {
      Weights ev = embeddings ? StoryDefaults.EVENTS_EMBEDDED : StoryDefaults.EVENTS_LEXICAL;
      Weights st = embeddings ? StoryDefaults.STORIES_EMBEDDED : StoryDefaults.STORIES_LEXICAL;
      return new Options(
          new LevelOptions(ev, 30, 5 * 366, 5_000, 24, 24, 20_000, Double.POSITIVE_INFINITY,
              StoryDefaults.EVENTS_SECOND_LOOK, 0),
          new LevelOptions(st, 180, 10 * 366, 5_000, 24, 24, 20_000, Double.POSITIVE_INFINITY,
              Double.POSITIVE_INFINITY, 0),
          true, StoryDefaults.REFINE_ROUNDS, StoryDefaults.REFINE_MERGE,
          StoryDefaults.REFINE_MARGIN, 0, StoryDefaults.LINKAGE);
    }

    /** The batch regrouping by locally scaled average linkage (null: none). */
    public Options withLinkage(Linkage l) {
      return new Options(events, storylines, parallel, refineRounds, refineMerge, refineMargin,
          embedSentences, l);
    }

    public Options withEvents(LevelOptions o) {
      return new Options(o, storylines, parallel, refineRounds, refineMerge, refineMargin,
          embedSentences, linkage);
    }

    public Options withStorylines(LevelOptions o) {
      return new Options(events, o, parallel, refineRounds, refineMerge, refineMargin,
          embedSentences, linkage);
    }

    public Options withParallel(boolean p) {
      return new Options(events, storylines, p, refineRounds, refineMerge, refineMargin,
          embedSentences, linkage);
    }

    /**
     * The batch refinement of {@link StoryClusterer#cluster}: {@code rounds} passes moving each
     * origin to its best event centroid, then merging events whose centroids score at least
     * {@code merge} with the event weights (infinite: no merging).
     */
    public Options withRefine(int rounds, double merge) {
      return new Options(events, storylines, parallel, rounds, merge, refineMargin,
          embedSentences, linkage);
    }

    /** The score another event needs, in the refinement, for an origin to move there. */
    public Options withRefineMargin(double margin) {
      return new Options(events, storylines, parallel, refineRounds, refineMerge, margin,
          embedSentences, linkage);
    }

    /**
     * What the embedding signal embeds per origin: 0, headline and opening as one text; k > 0,
     * the headline and the first k sentences one by one, averaged into one vector.
     */
    public Options withEmbedSentences(int k) {
      return new Options(events, storylines, parallel, refineRounds, refineMerge,
          refineMargin, k, linkage);
    }
  }

  /** Signal rows of (unit, candidate group) pairs with whether the pair truly belongs together. */
  public record Trace(List<double[]> eventRows, List<Boolean> eventSame,
      List<double[]> storyRows, List<Boolean> storySame) {}

  /** Most main entities listed per cluster. */
  static final int MAIN_ENTITIES = 5;

  private final Options options;
  private final SentenceEmbedder embedder;
  private final Vocabulary terms = new Vocabulary();
  private final Vocabulary entities = new Vocabulary();
  private final Featurizer featurizer;
  private Level events;
  private Level storylines;
  /**
   * In a batch with refinement: every placed unit with its origin, and every article with its
   * origin, in order (null otherwise: streaming keeps no units).
   */
  private List<Unit> keptUnits;
  private List<String> keptUnitOrigins;
  private List<String[]> keptArticles;
  /** Origin key to the event its first article joined. */
  private final Map<String, Group> originEvent = new HashMap<>();
  /**
   * In a batch that {@link #refine} will regroup by the linkage: origins are kept, not placed
   * (they stand under {@link #PENDING} until then).
   */
  private boolean deferPlacement;
  /** The event of an origin whose placement is deferred. */
  private static final Group PENDING = new Group(-1);
  private final Set<String> seen = new HashSet<>();
  private Trace trace;
  private Map<String, String> eventLabel;
  private Map<String, String> storyLabel;
  private final Map<String, Group> eventByLabel = new HashMap<>();
  private final Map<String, Group> storyByLabel = new HashMap<>();
  private final Map<Group, String> labelOf = new HashMap<>();

  /**
   * A clusterer finding names with {@code names} and embedding openings with {@code embedder}
   * (null: no embedding signal; the weights should then be fitted without it).
   */
  public StoryClusterer(Options options, NameFinder names, SentenceEmbedder embedder) {
    this.options = options;
    this.embedder = embedder;
    this.featurizer = new Featurizer(names, terms, entities);
    this.events = new Level(options.events(), terms, entities, this::freeze);
    this.storylines = new Level(options.storylines(), terms, entities, this::freeze);
  }

  /** A clusterer with default options, capitalized-run names, and the given embedder. */
  public StoryClusterer(SentenceEmbedder embedder) {
    this(Options.defaults(embedder != null), new CapitalizedNameFinder(), embedder);
  }

  /**
   * Clusters a batch regardless of input order: articles sorted by date (undated last) then id,
   * document frequencies from the whole batch, copies grouped by the report's origins.
   */
  public static Stories cluster(List<Article> articles, CopyReport copies, Options options,
      NameFinder names, SentenceEmbedder embedder) {
    return clusterByOrigin(articles, originMap(copies), options, names, embedder);
  }

  /**
   * As {@link #cluster(List, CopyReport, Options, NameFinder, SentenceEmbedder)} with origins
   * given as a map of article id to origin key (absent: its own origin); after the incremental
   * pass (skipped for a batch the linkage will regroup), the refinement of the options runs
   * (see {@link #refine}).
   */
  public static Stories clusterByOrigin(List<Article> articles, Map<String, String> originOf,
      Options options, NameFinder names, SentenceEmbedder embedder) {
    StoryClusterer c = new StoryClusterer(options, names, embedder);
    boolean refine = options.refineRounds() > 0 || options.linkage() != null
        || options.refineMerge() != Double.POSITIVE_INFINITY;
    if (refine) {
      c.keepForRefinement();
    }
    long origins = articles.stream().map(a -> originOf.getOrDefault(a.id(), a.id())).distinct()
        .count();
    // the linkage regroups such a batch from scratch: placing its origins first would be wasted
    c.deferPlacement = options.linkage() != null && origins >= options.linkage().minUnits();
    c.addBatch(canonical(articles), originOf, true);
    if (refine) {
      c.refine();
    }
    return c.stories();
  }

  /**
   * Keeps every placed origin's vectors from now on, so that {@link #refine} can run: memory then
   * grows with the input (the batch path; a stream keeps nothing by default).
   */
  public void keepForRefinement() {
    if (!seen.isEmpty()) {
      throw new IllegalStateException("keepForRefinement must come before the first article");
    }
    keptUnits = new ArrayList<>();
    keptUnitOrigins = new ArrayList<>();
    keptArticles = new ArrayList<>();
  }

  /** Article id to the id of its origin, from a copy report (null: every article its own). */
  public static Map<String, String> originMap(CopyReport copies) {
    Map<String, String> out = new HashMap<>();
    if (copies != null) {
      for (Origin o : copies.origins()) {
        o.articles().forEach(a -> out.put(a, o.id()));
      }
    }
    return out;
  }

  /** The articles sorted by publication date (undated last), then id. */
  public static List<Article> canonical(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing((Article a) -> {
      int d = Featurizer.day(a.metadata().published());
      return d == Unit.NO_DAY ? Integer.MAX_VALUE : d;
    }).thenComparing(Article::id));
    return sorted;
  }

  /** Adds one article that is its own origin. */
  public void add(Article article) {
    addBatch(List.of(article), Map.of(), false);
  }

  /**
   * Adds articles in the given order; {@code originOf} maps article ids to origin keys (absent:
   * the article is its own origin). Document frequencies count the batch before it is placed;
   * with {@code freezeFrequencies} they stop being learnt afterwards (a background model).
   */
  public void addBatch(List<Article> articles, Map<String, String> originOf,
      boolean freezeFrequencies) {
    long t0 = System.nanoTime();
    List<Article> toFeaturize = new ArrayList<>();
    List<String> freshOrigins = new ArrayList<>();
    Set<String> batchOrigins = new HashSet<>();
    for (Article a : articles) {
      String origin = originOf.getOrDefault(a.id(), a.id());
      if (!originEvent.containsKey(origin) && batchOrigins.add(origin)) {
        toFeaturize.add(a);
        freshOrigins.add(origin);
      }
    }
    // words and names are found in parallel; numbering them stays in order, so ids are stable
    List<Featurizer.Raw> raws = options.parallel() && toFeaturize.size() > 1
        ? toFeaturize.parallelStream().map(featurizer::extract).toList()
        : toFeaturize.stream().map(featurizer::extract).toList();
    List<Unit> fresh = new ArrayList<>(raws.size());
    for (Featurizer.Raw r : raws) {
      fresh.add(featurizer.number(r));
    }
    if (freezeFrequencies) {
      terms.freeze();
      entities.freeze();
    }
    long t1 = System.nanoTime();
    if (embedder != null && !fresh.isEmpty() && options.embedSentences() > 0) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < fresh.size(); i++) {
        texts.addAll(Featurizer.passages(toFeaturize.get(i), options.embedSentences()));
      }
      float[][] v = embedder.embed(texts);
      int at = 0;
      for (int i = 0; i < fresh.size(); i++) {
        int k = Featurizer.passages(toFeaturize.get(i), options.embedSentences()).size();
        fresh.get(i).embedding = Featurizer.meanUnit(v, at, k);
        at += k;
      }
    } else if (embedder != null && !fresh.isEmpty()) {
      float[][] v = embedder.embed(fresh.stream().map(u -> u.opening).toList());
      for (int i = 0; i < v.length; i++) {
        fresh.get(i).embedding = v[i];
      }
    }
    long t2 = System.nanoTime();
    int next = 0;
    for (Article a : articles) {
      if (!seen.add(a.id())) {
        throw new IllegalArgumentException("article " + a.id() + " was added before");
      }
      String origin = originOf.getOrDefault(a.id(), a.id());
      Group e = originEvent.get(origin);
      if (e != null) {
        e = e.resolve();
      } else {
        Unit u = fresh.get(next);
        if (!freshOrigins.get(next).equals(origin)) {
          throw new IllegalStateException("origin order mismatch");
        }
        next++;
        e = deferPlacement ? PENDING : place(u);
        originEvent.put(origin, e);
        if (e != PENDING) {
          touchedEvents.add(e);
        }
        if (keptUnits != null) {
          keptUnits.add(u);
          keptUnitOrigins.add(origin);
        }
      }
      if (e != PENDING) {
        e.articles.add(a.id());
      }
      if (keptArticles != null) {
        keptArticles.add(new String[] {a.id(), origin});
      }
    }
    if (trace == null) {
      secondLook();
    }
    touchedEvents.clear();
    long t3 = System.nanoTime();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
  }

  private final long[] nanos = new long[3];
  private final Set<Group> touchedEvents = new HashSet<>();

  /**
   * The second look after a batch: events the batch touched are compared centroid to centroid
   * with their candidates, and the most similar pair above the threshold merges first, until no
   * pair is left. Why: an event founded early, before its subject's later articles arrived, can
   * turn out to be one with another; placing one article at a time cannot see that.
   */
  private void secondLook() {
    double threshold = options.events().secondLook();
    if (threshold == Double.POSITIVE_INFINITY || touchedEvents.isEmpty()) {
      return;
    }
    List<Group> look = new ArrayList<>();
    for (Group g : touchedEvents) {
      Group r = g.resolve();
      if (!r.retired && !look.contains(r)) {
        look.add(r);
      }
    }
    for (int round = 0; round < 64 && !look.isEmpty(); round++) {
      look.sort(Comparator.comparingInt(g -> g.serial));
      record Pair(Group a, Group b, double sim) {}
      List<Pair> pairs = new ArrayList<>();
      for (Group g : look) {
        Unit v = g.view();
        for (Level.Match m : events.candidates(v)) {
          if (m.group() != g && m.signals()[0] >= threshold
              && m.signals()[1] >= options.events().secondLookNames()) {
            pairs.add(new Pair(g, m.group(), m.signals()[0]));
          }
        }
      }
      if (pairs.isEmpty()) {
        break;
      }
      pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim())
          .thenComparingInt(p -> Math.min(p.a().serial, p.b().serial))
          .thenComparingInt(p -> Math.max(p.a().serial, p.b().serial)));
      Set<Group> changed = new HashSet<>();
      List<Group> next = new ArrayList<>();
      for (Pair p : pairs) {
        if (changed.contains(p.a()) || changed.contains(p.b()) || p.a().retired
            || p.b().retired) {
          continue;
        }
        Group into = mergeEvents(p.a(), p.b());
        changed.add(p.a());
        changed.add(p.b());
        next.add(into);
      }
      look = next;
    }
  }

  /** Merges two active events (and their storylines); returns the surviving event. */
  private Group mergeEvents(Group a, Group b) {
    Group into = a.serial < b.serial ? a : b;
    Group from = into == a ? b : a;
    if (into.story.resolve() != from.story.resolve()) {
      mergeStories(into.story.resolve(), from.story.resolve());
    }
    Group story = into.story.resolve();
    events.merge(into, from);
    story.events.remove(from);
    into.story = story;
    return into;
  }

  /**
   * The batch refinement, after the incremental pass. With {@link Options#linkage} set and at
   * least its {@link Linkage#minUnits} origins kept, the events are regrouped from scratch by
   * {@link Linkage} (locally scaled average linkage). Otherwise, in each round every origin
   * moves to the event centroid that scores it best (its own centroid without it, or a candidate
   * from the index; none reaching the joining threshold: it stands alone), all moves decided
   * against the same centroids; then events whose centroids score at least the merge threshold
   * with each other merge. The events and storylines are then rebuilt in the original order with these
   * memberships. Why: an origin placed early joined the best event that existed then; the final
   * centroids know the whole batch. Cost: one candidate lookup per origin and round.
   */
  public void refine() {
    if (keptUnits == null) {
      throw new IllegalStateException("refine needs keepForRefinement before the first article");
    }
    int n = keptUnits.size();
    int[] label = new int[n];
    int rounds = options.refineRounds();
    if (options.linkage() != null && n >= options.linkage().minUnits()) {
      label = options.linkage().cluster(keptUnits, terms, options.parallel());
      rounds = 0;
    } else {
      Map<Group, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Group g = originEvent.get(keptUnitOrigins.get(i)).resolve();
        label[i] = index.computeIfAbsent(g, x -> index.size());
      }
    }
    LevelOptions lo = options.events().withMaxActive(Integer.MAX_VALUE).withHorizon(
        Integer.MAX_VALUE / 2).withCandidates(REFINE_CANDIDATES);
    for (int round = 0; round < rounds; round++) {
      Level level = new Level(lo, terms, entities, g -> null);
      Map<Integer, Group> groups = centroids(level, label);
      Map<Group, Integer> labelOf = new HashMap<>();
      groups.forEach((k, g) -> labelOf.put(g, k));
      // decisions read shared state only: warm the lazy caches first, then decide in parallel
      level.warm(groups.values(), keptUnits);
      int[] cur = label;
      java.util.function.IntUnaryOperator decide = i -> {
        Unit u = keptUnits.get(i);
        Group own = groups.get(cur[i]);
        if (!u.dated()) {
          // the weights were fitted on dated articles only: undated ones keep their event
          return cur[i];
        }
        Group best = null;
        double bestScore = 0;
        if (own.units > 1) {
          best = own;
          bestScore = lo.weights().score(level.signalsWithout(u, own));
        }
        for (Level.Match m : level.candidates(u)) {
          if (m.group() != own && m.score() >= options.refineMargin()
              && (best == null || m.score() > bestScore)) {
            best = m.group();
            bestScore = m.score();
          }
        }
        if (best != null && bestScore >= 0) {
          return labelOf.get(best);
        }
        return own.units > 1 ? -1 : cur[i];
      };
      java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
      int[] next = (options.parallel() ? range.parallel() : range).map(decide).toArray();
      int fresh = groups.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        if (next[i] == -1) {
          next[i] = fresh++;
        }
        changed |= next[i] != label[i];
      }
      label = next;
      if (!changed) {
        break;
      }
    }
    if (options.refineMerge() != Double.POSITIVE_INFINITY) {
      label = mergeCentroids(lo, label);
    }
    replay(label);
  }

  /** Candidate events scored in full per origin in a refinement round (24 on arrival). */
  static final int REFINE_CANDIDATES = 8;

  /** One group per label in a fresh level, units added in their order. */
  private Map<Integer, Group> centroids(Level level, int[] label) {
    Map<Integer, Group> groups = new HashMap<>();
    for (int i = 0; i < label.length; i++) {
      Unit u = keptUnits.get(i);
      Group g = groups.get(label[i]);
      if (g == null) {
        groups.put(label[i], level.create(u));
      } else {
        level.add(g, u);
      }
    }
    return groups;
  }

  /**
   * Merges the events whose centroids score at least the merge threshold, most similar pair
   * first, each event merging at most once per round; the centroids are recomputed each round.
   */
  private int[] mergeCentroids(LevelOptions lo, int[] label) {
    for (int round = 0; round < 16; round++) {
      Level level = new Level(lo, terms, entities, g -> null);
      Map<Integer, Group> groups = centroids(level, label);
      Map<Group, Integer> labelOf = new HashMap<>();
      groups.forEach((k, g) -> labelOf.put(g, k));
      record Pair(int a, int b, double score) {}
      List<Pair> pairs = new ArrayList<>();
      List<Integer> keys = new ArrayList<>(groups.keySet());
      keys.sort(null);
      for (int k : keys) {
        Group g = groups.get(k);
        for (Level.Match m : level.candidates(g.view())) {
          int other = labelOf.get(m.group());
          if (other > k && m.score() >= options.refineMerge()) {
            pairs.add(new Pair(k, other, m.score()));
          }
        }
      }
      if (pairs.isEmpty()) {
        break;
      }
      pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a)
          .thenComparingInt(Pair::b));
      Map<Integer, Integer> into = new HashMap<>();
      Set<Integer> used = new HashSet<>();
      for (Pair p : pairs) {
        if (!used.contains(p.a()) && !used.contains(p.b())) {
          used.add(p.a());
          used.add(p.b());
          into.put(p.b(), p.a());
        }
      }
      for (int i = 0; i < label.length; i++) {
        label[i] = into.getOrDefault(label[i], label[i]);
      }
    }
    return label;
  }

  /** Rebuilds events and storylines with the given event memberships, in the original order. */
  private void replay(int[] label) {
    events = new Level(options.events(), terms, entities, this::freeze);
    storylines = new Level(options.storylines(), terms, entities, this::freeze);
    originEvent.clear();
    Map<Integer, Group> byLabel = new HashMap<>();
    for (int i = 0; i < label.length; i++) {
      Unit u = keptUnits.get(i);
      Group e = byLabel.get(label[i]);
      if (e == null) {
        e = found(u);
        byLabel.put(label[i], e);
      } else {
        e = e.resolve();
        events.add(e, u);
        storylines.add(e.story.resolve(), u);
      }
      originEvent.put(keptUnitOrigins.get(i), e);
    }
    for (String[] a : keptArticles) {
      originEvent.get(a[1]).resolve().articles.add(a[0]);
    }
  }

  /** Seconds spent so far featurizing, embedding and placing articles. */
  public double[] seconds() {
    return new double[] {nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9};
  }

  /** Puts a unit into an event (and a new event into a storyline); returns the event. */
  private Group place(Unit u) {
    if (trace != null) {
      return placeOracle(u);
    }
    Level.Match m = events.best(u);
    if (m != null) {
      Group e = m.group();
      events.add(e, u);
      storylines.add(e.story.resolve(), u);
      return consolidate(e);
    }
    return found(u);
  }

  /** A new event holding u, placed among the storylines. */
  private Group found(Unit u) {
    Group e = events.create(u);
    Level.Match s = storylines.best(u);
    Group story;
    if (s != null) {
      story = s.group();
      storylines.add(story, u);
    } else {
      story = storylines.create(u);
    }
    e.story = story;
    story.events.add(e);
    consolidateStory(story);
    return consolidate(e);
  }

  /** Merges e with the events it has become one with (and their storylines); returns the result. */
  private Group consolidate(Group e) {
    for (int round = 0; round < 3; round++) {
      Level.Match m = events.mergeCandidate(e);
      if (m == null) {
        break;
      }
      e = mergeEvents(e, m.group());
    }
    return e;
  }

  private void consolidateStory(Group s) {
    for (int round = 0; round < 3 && s != null; round++) {
      Level.Match m = storylines.mergeCandidate(s);
      if (m == null) {
        break;
      }
      s = mergeStories(s, m.group());
    }
  }

  private Group mergeStories(Group a, Group b) {
    Group into = a.serial < b.serial ? a : b;
    Group from = into == a ? b : a;
    storylines.merge(into, from);
    for (Group ev : into.events) {
      ev.story = into;
    }
    return into;
  }

  /** As {@link #place} but following the gold labels while recording the signals it saw. */
  private Group placeOracle(Unit u) {
    String el = eventLabel.get(u.id);
    String sl = storyLabel.get(u.id);
    Group gold = eventByLabel.get(el);
    record(events, u, gold, el, trace.eventRows(), trace.eventSame());
    if (gold != null) {
      events.add(gold, u);
      storylines.add(gold.story.resolve(), u);
      return gold;
    }
    Group e = events.create(u);
    eventByLabel.put(el, e);
    labelOf.put(e, el);
    Group goldStory = storyByLabel.get(sl);
    record(storylines, u, goldStory, sl, trace.storyRows(), trace.storySame());
    if (goldStory != null) {
      storylines.add(goldStory, u);
    } else {
      goldStory = storylines.create(u);
      storyByLabel.put(sl, goldStory);
      labelOf.put(goldStory, sl);
    }
    e.story = goldStory;
    goldStory.events.add(e);
    return e;
  }

  private void record(Level level, Unit u, Group gold, String label, List<double[]> rows,
      List<Boolean> same) {
    boolean goldSeen = false;
    for (Level.Match m : level.candidates(u)) {
      rows.add(m.signals());
      same.add(label.equals(labelOf.get(m.group())));
      goldSeen |= m.group() == gold;
    }
    if (gold != null && !goldSeen && !gold.retired) {
      rows.add(level.signals(u, gold));
      same.add(true);
    }
  }

  /**
   * The signals a clusterer with these options sees when every article goes where the labels
   * say (batch order and frequencies as in {@link #cluster}): rows to fit weights on.
   */
  public static Trace trace(List<Article> articles, Map<String, String> originOf,
      Map<String, String> eventLabels, Map<String, String> storyLabels, Options options,
      NameFinder names, SentenceEmbedder embedder) {
    StoryClusterer c = new StoryClusterer(options, names, embedder);
    c.trace = new Trace(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    c.eventLabel = eventLabels;
    c.storyLabel = storyLabels;
    c.addBatch(canonical(articles), originOf, true);
    return c.trace;
  }

  /** Active events and storylines now: what bounds the memory of the clusterer. */
  public int[] active() {
    return new int[] {events.activeCount(), storylines.activeCount()};
  }

  /** Distinct terms and names seen so far. */
  public int vocabulary() {
    return terms.size() + entities.size();
  }

  /** The storylines and events formed so far, largest storyline first. */
  public Stories stories() {
    Map<Group, Event> eventOf = new HashMap<>();
    for (Group g : events.all) {
      if (g.mergedInto == null) {
        eventOf.put(g, event(g));
      }
    }
    List<Story> out = new ArrayList<>();
    for (Group s : storylines.all) {
      if (s.mergedInto != null) {
        continue;
      }
      List<Event> evs = new ArrayList<>();
      TreeSet<String> articles = new TreeSet<>();
      for (Group g : s.events) {
        Event e = eventOf.get(g);
        evs.add(e);
        articles.addAll(e.articles());
      }
      evs.sort(Comparator.comparing((Event e) -> e.first() == null ? "~" : e.first())
          .thenComparing(Event::id));
      String first = evs.stream().map(Event::first).filter(Objects::nonNull).min(String::compareTo)
          .orElse(null);
      String last = evs.stream().map(Event::last).filter(Objects::nonNull).max(String::compareTo)
          .orElse(null);
      out.add(new Story("s-" + articles.first(), titleOf(s), first, last, entitiesOf(s),
          List.copyOf(articles), evs));
    }
    out.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
    return new Stories(out);
  }

  private Event event(Group g) {
    List<String> articles = new ArrayList<>(g.articles);
    articles.sort(null);
    return new Event("e-" + articles.get(0), titleOf(g), date(g.minDay, g.dated()),
        date(g.maxDay, g.dated()), entitiesOf(g), articles, g.units);
  }

  private static String date(int day, boolean dated) {
    return dated ? LocalDate.ofEpochDay(day).toString() : null;
  }

  private String titleOf(Group g) {
    return g.retired ? g.title : title(g);
  }

  /** Fixes the main names of a group about to retire and returns its title. */
  private String freeze(Group g) {
    g.mainEntities = mainEntities(g);
    return title(g);
  }

  private List<String> entitiesOf(Group g) {
    return g.retired && g.mainEntities != null ? g.mainEntities : mainEntities(g);
  }

  /**
   * The headline of the member closest to the group's centroid; without headlines, the opening
   * words of the closest member.
   */
  String title(Group g) {
    Unit best = null;
    double bestScore = -1;
    Unit bestAny = null;
    double bestAnyScore = -1;
    for (Unit u : g.members) {
      double s = g.terms == null ? 0 : events.signals(u, g)[0];
      if (u.title != null && s > bestScore) {
        best = u;
        bestScore = s;
      }
      if (s > bestAnyScore) {
        bestAny = u;
        bestAnyScore = s;
      }
    }
    if (best != null) {
      return best.title.strip();
    }
    if (bestAny == null) {
      return "(untitled)";
    }
    String[] words = bestAny.opening.split("\\s+");
    if (words.length <= 14) {
      return bestAny.opening;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, 14)) + " …";
  }

  /**
   * The names most units of the group mention (at least two when it has several units), most
   * frequent first (ties: most mentioned), skipping a name contained in one already listed.
   */
  private List<String> mainEntities(Group g) {
    int[] keys = g.entityUnits.keys();
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      float ca = g.entityUnits.get(keys[a]);
      float cb = g.entityUnits.get(keys[b]);
      if (ca != cb) {
        return Float.compare(cb, ca);
      }
      // then by how heavily the members mention it (while the group still has its vectors)
      float ma = g.entities == null ? 0 : g.entities.get(keys[a]);
      float mb = g.entities == null ? 0 : g.entities.get(keys[b]);
      if (ma != mb) {
        return Float.compare(mb, ma);
      }
      return entities.surface(keys[a]).compareTo(entities.surface(keys[b]));
    });
    int min = g.units > 1 ? 2 : 1;
    List<String> out = new ArrayList<>();
    for (Integer i : order) {
      if (out.size() == MAIN_ENTITIES || g.entityUnits.get(keys[i]) < min) {
        break;
      }
      String name = entities.surface(keys[i]);
      String lower = name.toLowerCase(Locale.ROOT);
      boolean inside = out.stream().anyMatch(o -> (" " + o.toLowerCase(Locale.ROOT) + " ")
          .contains(" " + lower + " "));
      if (!inside) {
        out.add(name);
      }
    }
    return out;
  }
}

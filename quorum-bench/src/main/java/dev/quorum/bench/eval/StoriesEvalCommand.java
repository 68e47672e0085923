package dev.quorum.bench.eval;

import dev.quorum.copies.CopyDetector;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.NameFinder;
import dev.quorum.model.Article;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.stories.Stories;
import dev.quorum.stories.StoryClusterer;
import dev.quorum.stories.Linkage;
import dev.quorum.stories.Weights;
import dev.quorum.text.embed.LogisticFitter;
import dev.quorum.text.embed.LogisticModel;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval stories}: event clustering on DUC 2003 (B-cubed against folders), storylines
 * on WikiRef220 (B-cubed against file-name topics), weight fitting and signal ablation, order
 * dependence under shuffled streaming, and throughput with memory from 1k to 100k articles.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Story clustering: DUC 2003 events and WikiRef220 storylines (B-cubed), fitted "
        + "weights, signal ablation, order dependence, throughput and memory.")
public final class StoriesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ and wikiref220/ (default: located)")
  Path data;

  @Option(names = "--no-embed", description = "leave the sentence-embedding signal out")
  boolean noEmbed;

  @Option(names = "--fit", description = "fit the weights on DUC's odd folders (events) and "
      + "WikiRef's odd-numbered files (storylines), score with them, and ablate each signal")
  boolean fit;

  @Option(names = "--shuffles", paramLabel = "N", defaultValue = "0",
      description = "streaming runs in shuffled orders to compare (default: ${DEFAULT-VALUE})")
  int shuffles;

  @Option(names = "--throughput", paramLabel = "N", split = ",",
      description = "synthetic corpus sizes for articles/s and memory, e.g. 1000,10000,100000")
  List<Integer> throughput;

  /** Scores of one clustering run on a labelled corpus. */
  public record Score(StoriesEval.BCubed events, StoriesEval.BCubed storylines, int eventCount,
      int storyCount, double seconds) {}

  @Option(names = "--merge-margin", paramLabel = "X",
      description = "override the events' merge margin (sweeps when given several: 1,2,3)",
      split = ",")
  List<Double> mergeMargins;

  @Option(names = "--event-shift", paramLabel = "X", split = ",",
      description = "sweep: move the events' bias by X (looser when positive), e.g. 0,1,2")
  List<Double> eventShifts;

  @Option(names = "--story-shift", paramLabel = "X", split = ",",
      description = "sweep: move the storylines' bias by X (looser when positive), e.g. 0,1,2")
  List<Double> storyShifts;

  @Option(names = "--max-active", paramLabel = "N",
      description = "active events and storylines kept in the throughput runs (default: the "
          + "clusterer's default)")
  Integer maxActive;

  @Option(names = "--second-look", paramLabel = "X", split = ",",
      description = "sweep: merge events whose centroids' term cosine is at least X after each "
          + "batch, scored on DUC's halves and all of it, e.g. 0.2,0.3,0.4")
  List<Double> secondLooks;

  @Option(names = "--second-look-names", paramLabel = "X", defaultValue = "0",
      description = "names cosine the second look also needs (default: ${DEFAULT-VALUE})")
  double secondLookNames;

  @Option(names = "--names", paramLabel = "FINDER", defaultValue = "capitalized",
      description = "name finder for the entity signal: capitalized or perceptron "
          + "(default: ${DEFAULT-VALUE})")
  String namesFinder;

  @Option(names = "--refine", paramLabel = "ROUNDS:MERGE", split = ",",
      description = "sweep the batch refinement: rounds of moving origins to their best event "
          + "centroid and the centroid score that merges two events (inf: none), e.g. "
          + "1:inf,2:inf,2:2 (a third part moves the event bias, a fourth sets the score needed to move: 3:inf:0.5:1); scored on DUC's halves, all of it and WikiRef")
  List<String> refines;

  @Option(names = "--linkage", paramLabel = "K:M:T", split = ",",
      description = "sweep the batch linkage: scale rank K, neighbours M, threshold T (a fourth "
          + "part: the smallest batch it runs on; a fifth: the centroid cosine that merges "
          + "clusters afterwards, default none), or off (the centroid refinement only), e.g. "
          + "5:30:0.6,8:30:0.7:100:0.7,off; scored on DUC's halves, all of it and WikiRef")
  List<String> linkages;

  @Option(names = "--vary-sizes", paramLabel = "N", defaultValue = "0",
      description = "robustness to event size: N random subsamples of DUC keeping 1 to all "
          + "articles of each folder (uniform), scored with the linkage and without it")
  int varySizes;

  @Option(names = "--fit-bcubed", description = "fit the event weights on the clustering "
      + "score: coordinate search maximising B-cubed F1 of events on DUC's odd folders (the "
      + "clusterer with its refinement), then score the even folders and all 60")
  boolean fitBcubed;

  @Option(names = "--embed-sentences", paramLabel = "K", defaultValue = "0",
      description = "embed the headline and the first K sentences one by one and average them "
          + "(0: headline and opening as one text; default: ${DEFAULT-VALUE})")
  int embedSentences;

  @Option(names = "--throughput-refine", description = "in the throughput runs, keep the "
      + "units and refine after the stream (as the batch path does)")
  boolean refineThroughput;

  @Option(names = "--show", paramLabel = "N", defaultValue = "0",
      description = "print the N largest impure DUC events with their folder counts")
  int show;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path duc = EvalData.set(data, "duc2003").orElse(null);
    Path wiki = EvalData.set(data, "wikiref220").orElse(null);
    if (duc == null || wiki == null) {
      err.println("duc2003 or wikiref220 not found; pass --data DIR (the shared data folder)");
      return 2;
    }
    NameFinder names = switch (namesFinder) {
      case "capitalized" -> new CapitalizedNameFinder();
      case "perceptron" -> dev.quorum.extract.ner.PerceptronNameFinder.english();
      default -> null;
    };
    if (names == null) {
      err.println("--names: capitalized or perceptron");
      return 2;
    }
    try (SentenceEmbedder embedder = noEmbed ? null : SentenceEmbedder.open()) {
      StoriesEval.Labelled d = StoriesEval.readDuc(duc);
      StoriesEval.Labelled w = StoriesEval.readWikiref(wiki);
      if (d.articles().isEmpty() || w.articles().isEmpty()) {
        err.println("no articles found under " + (d.articles().isEmpty() ? duc : wiki));
        return 1;
      }
      Map<String, String> dOrigins = origins(d.articles());
      Map<String, String> wOrigins = origins(w.articles());
      out.printf(Locale.ROOT, "DUC 2003: %d articles in %d folders, %d origins; WikiRef220: %d "
          + "articles, %d topics, %d origins; embeddings %s%n", d.articles().size(),
          distinct(d.labels()), distinct(dOrigins), w.articles().size(), distinct(w.labels()),
          distinct(wOrigins), embedder == null ? "off" : "on");
      StoryClusterer.Options options = StoryClusterer.Options.defaults(embedder != null)
          .withEmbedSentences(embedSentences);
      if (fit) {
        options = fitAndAblate(d, dOrigins, w, wOrigins, options, names, embedder, out);
      }
      out.println("weights: events " + options.events().weights());
      out.println("         storylines " + options.storylines().weights());
      if (eventShifts != null) {
        for (double x : eventShifts) {
          StoryClusterer.Options o = options.withEvents(
              options.events().withWeights(options.events().weights().shifted(x)));
          print(out, "shift " + x + " DUC odd", score(half(d, true), dOrigins, o, names, embedder));
          print(out, "shift " + x + " DUC even", score(half(d, false), dOrigins, o, names,
              embedder));
        }
      }
      if (secondLooks != null) {
        for (double x : secondLooks) {
          StoryClusterer.Options o = options.withEvents(options.events().withSecondLook(x)
              .withSecondLookNames(secondLookNames));
          sweep(out, "second look " + x, o, d, dOrigins, w, wOrigins, names, embedder);
        }
      }
      if (fitBcubed) {
        options = fitBcubed(d, dOrigins, options, names, embedder, out);
        print(out, "B-cubed fit, DUC odd (fit)", score(half(d, true), dOrigins, options, names,
            embedder));
        print(out, "B-cubed fit, DUC even (held out)", score(half(d, false), dOrigins, options,
            names, embedder));
      }
      if (refines != null) {
        for (String x : refines) {
          String[] p = x.split(":");
          double merge = p.length < 2 || p[1].equals("inf") ? Double.POSITIVE_INFINITY
              : Double.parseDouble(p[1]);
          StoryClusterer.Options o = options.withRefine(Integer.parseInt(p[0]), merge)
              .withLinkage(null);
          if (p.length > 3) {
            o = o.withRefineMargin(Double.parseDouble(p[3]));
          }
          if (p.length > 2) {
            o = o.withEvents(o.events().withWeights(o.events().weights().shifted(
                Double.parseDouble(p[2]))));
          }
          sweep(out, "refine " + x, o, d, dOrigins, w, wOrigins, names, embedder);
        }
      }
      if (varySizes > 0) {
        for (int seed = 1; seed <= varySizes; seed++) {
          StoriesEval.Labelled sub = subsample(d, seed);
          print(out, "sizes varied " + seed + ", linkage", score(sub, dOrigins, options, names,
              embedder));
          print(out, "sizes varied " + seed + ", centroids", score(sub, dOrigins,
              options.withLinkage(null), names, embedder));
          if (linkages != null) {
            for (String x : linkages) {
              print(out, "sizes varied " + seed + ", linkage " + x, score(sub, dOrigins,
                  options.withLinkage(linkage(x)), names, embedder));
            }
          }
        }
      }
      if (linkages != null) {
        for (String x : linkages) {
          sweep(out, "linkage " + x, options.withLinkage(linkage(x)), d, dOrigins, w, wOrigins,
              names, embedder);
        }
      }
      if (storyShifts != null) {
        for (double x : storyShifts) {
          StoryClusterer.Options o = options.withStorylines(
              options.storylines().withWeights(options.storylines().weights().shifted(x)));
          print(out, "story shift " + x + " WikiRef odd", score(half(w, true), wOrigins, o, names,
              embedder));
          print(out, "story shift " + x + " WikiRef even", score(half(w, false), wOrigins, o,
              names, embedder));
        }
      }
      if (mergeMargins != null) {
        for (double mm : mergeMargins) {
          StoryClusterer.Options o = options.withEvents(options.events().withMergeMargin(mm))
              .withStorylines(options.storylines().withMergeMargin(mm));
          print(out, "merge margin " + mm + " DUC", score(d, dOrigins, o, names, embedder));
          print(out, "merge margin " + mm + " WikiRef", score(w, wOrigins, o, names, embedder));
        }
        options = options.withEvents(options.events().withMergeMargin(mergeMargins.get(0)))
            .withStorylines(options.storylines().withMergeMargin(mergeMargins.get(0)));
      }
      if (show > 0) {
        List<dev.quorum.stories.Event> evs = new ArrayList<>(StoryClusterer.clusterByOrigin(
            d.articles(), dOrigins, options, names, embedder).events());
        evs.sort((a, b) -> b.articles().size() - a.articles().size());
        int shown = 0;
        for (dev.quorum.stories.Event e : evs) {
          Map<String, Integer> folders = new java.util.TreeMap<>();
          e.articles().forEach(a -> folders.merge(d.labels().get(a), 1, Integer::sum));
          if (folders.size() > 1 && shown++ < show) {
            out.println("  impure " + e.id() + " " + folders + " \"" + e.title() + "\"");
          }
        }
        Map<String, List<Integer>> split = new java.util.TreeMap<>();
        for (dev.quorum.stories.Event e : evs) {
          Map<String, Integer> n = new java.util.TreeMap<>();
          e.articles().forEach(a -> n.merge(d.labels().get(a), 1, Integer::sum));
          n.forEach((f, k) -> split.computeIfAbsent(f, x -> new ArrayList<>()).add(k));
        }
        split.values().removeIf(v -> v.size() == 1);
        out.println("  folders split over several events (articles per event): " + split);
      }
      Score ds = score(d, dOrigins, options, names, embedder);
      print(out, "DUC 2003 (gold: folder)", ds);
      // the two kinds of folder pooled apart: TDT events (task 2, d3*) and TREC topics (d1*)
      print(out, "  DUC 2003 TDT folders only (d3*)", score(folders(d, "d3"), dOrigins, options,
          names, embedder));
      print(out, "  DUC 2003 TREC folders only (d1*)", score(folders(d, "d1"), dOrigins, options,
          names, embedder));
      Score ws = score(w, wOrigins, options, names, embedder);
      print(out, "WikiRef220 (gold: topic)", ws);
      if (shuffles > 0) {
        orderDependence(d, dOrigins, options, names, embedder, shuffles, out);
      }
      if (throughput != null) {
        StoryClusterer.Options t = maxActive == null ? options
            : options.withEvents(options.events().withMaxActive(maxActive))
                .withStorylines(options.storylines().withMaxActive(maxActive));
        for (int n : throughput) {
          throughput(duc.getParent(), n, t, names, embedder, refineThroughput, out);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String name, Score s) {
    out.printf(Locale.ROOT, "%s: events %d, B-cubed P %.4f R %.4f F1 %.4f; storylines %d, "
        + "B-cubed P %.4f R %.4f F1 %.4f (%.1f s)%n", name, s.eventCount(), s.events().precision(),
        s.events().recall(), s.events().f1(), s.storyCount(), s.storylines().precision(),
        s.storylines().recall(), s.storylines().f1(), s.seconds());
  }

  /** Origins of a corpus by the copy detector: article id to origin id. */
  public static Map<String, String> origins(List<Article> articles) {
    return StoryClusterer.originMap(new CopyDetector().detect(articles));
  }

  private static int distinct(Map<String, String> m) {
    return (int) m.values().stream().distinct().count();
  }

  /** Clusters the corpus as one batch and scores both levels against its labels. */
  public static Score score(StoriesEval.Labelled corpus, Map<String, String> origins,
      StoryClusterer.Options options, NameFinder names, SentenceEmbedder embedder) {
    long t0 = System.nanoTime();
    Stories st = StoryClusterer.clusterByOrigin(corpus.articles(), origins, options, names, embedder);
    double s = (System.nanoTime() - t0) / 1e9;
    return new Score(StoriesEval.bcubed(st.eventOf(), corpus),
        StoriesEval.bcubed(st.storyOf(), corpus), st.events().size(),
        st.stories().size(), s);
  }

  /**
   * Coordinate search over the event weights (bias, terms, entities, embedding when on, time)
   * maximising events B-cubed F1 on DUC's odd folders: each weight is moved by a step in turn,
   * a move kept when it raises F1 by more than 0.001, the steps halved when no move helps.
   */
  static StoryClusterer.Options fitBcubed(StoriesEval.Labelled d, Map<String, String> origins,
      StoryClusterer.Options options, NameFinder names, SentenceEmbedder embedder,
      PrintWriter out) {
    StoriesEval.Labelled train = half(d, true);
    double[] w = options.events().weights().signals();
    double bias = options.events().weights().bias();
    double[] x = {bias, w[0], w[1], w[2], w[3]};
    double[] step = {1.0, 6.0, 3.0, 2.0, 0.6};
    boolean[] use = {true, true, true, embedder != null, true};
    java.util.function.ToDoubleFunction<double[]> f1 = v -> score(train, origins,
        options.withEvents(options.events().withWeights(
            new Weights(v[0], v[1], v[2], v[3], v[4], 0))), names, embedder).events().f1();
    double best = f1.applyAsDouble(x);
    out.printf(Locale.ROOT, "B-cubed fit: start F1 %.4f at %s%n", best,
        java.util.Arrays.toString(x));
    for (int sweep = 0; sweep < 4; sweep++) {
      boolean moved = false;
      for (int k = 0; k < x.length; k++) {
        if (!use[k]) {
          continue;
        }
        for (double dir : new double[] {1, -1}) {
          double[] y = x.clone();
          y[k] += dir * step[k];
          double f = f1.applyAsDouble(y);
          if (f > best + 0.001) {
            best = f;
            x = y;
            moved = true;
            out.printf(Locale.ROOT, "  F1 %.4f at %s%n", best, java.util.Arrays.toString(x));
            break;
          }
        }
      }
      if (!moved) {
        for (int k = 0; k < step.length; k++) {
          step[k] /= 2;
        }
      }
    }
    out.flush();
    return options.withEvents(options.events().withWeights(
        new Weights(x[0], x[1], x[2], x[3], x[4], 0)));
  }

  /** Fits weights on the training halves, prints them with held-out scores and ablations. */
  static StoryClusterer.Options fitAndAblate(StoriesEval.Labelled d, Map<String, String> dOrigins,
      StoriesEval.Labelled w, Map<String, String> wOrigins, StoryClusterer.Options options,
      NameFinder names, SentenceEmbedder embedder, PrintWriter out) {
    StoriesEval.Labelled dTrain = half(d, true);
    StoriesEval.Labelled dTest = half(d, false);
    StoriesEval.Labelled wTrain = half(w, true);
    StoriesEval.Labelled wTest = half(w, false);
    boolean[] all = {true, true, embedder != null, true, true};
    StoryClusterer.Options fitted = fitted(dTrain, dOrigins, wTrain, wOrigins, options, names,
        embedder, all, out);
    out.printf(Locale.ROOT, "fitted on DUC odd folders (%d articles) and WikiRef odd files (%d)%n",
        dTrain.articles().size(), wTrain.articles().size());
    print(out, "  held-out DUC even folders", score(dTest, dOrigins, fitted, names, embedder));
    print(out, "  held-out WikiRef even files", score(wTest, wOrigins, fitted, names, embedder));
    print(out, "  training DUC odd folders", score(dTrain, dOrigins, fitted, names, embedder));
    out.println("ablation (refit without one signal; held-out DUC events F1, WikiRef storylines F1):");
    for (int k = 0; k < Weights.SIGNALS.size(); k++) {
      if (!all[k] || k == 4) {
        continue;
      }
      boolean[] use = all.clone();
      use[k] = false;
      if (k == 3) {
        use[4] = false;
      }
      StoryClusterer.Options o = fitted(dTrain, dOrigins, wTrain, wOrigins, options, names,
          embedder, use, null);
      Score sd = score(dTest, dOrigins, o, names, embedder);
      Score sw = score(wTest, wOrigins, o, names, embedder);
      Score so = score(dTrain, dOrigins, o, names, embedder);
      Score sa = score(d, dOrigins, o, names, embedder);
      out.printf(Locale.ROOT, "  without %-9s DUC events F1 %.4f, WikiRef storylines F1 %.4f "
          + "(DUC odd %.4f, all P %.4f R %.4f F1 %.4f; events %s)%n",
          Weights.SIGNALS.get(k), sd.events().f1(), sw.storylines().f1(), so.events().f1(),
          sa.events().precision(), sa.events().recall(), sa.events().f1(), o.events().weights());
    }
    return fitted;
  }

  private static StoryClusterer.Options fitted(StoriesEval.Labelled events,
      Map<String, String> eOrigins, StoriesEval.Labelled stories, Map<String, String> sOrigins,
      StoryClusterer.Options options, NameFinder names, SentenceEmbedder embedder, boolean[] use,
      PrintWriter out) {
    StoryClusterer.Trace te = StoryClusterer.trace(events.articles(), eOrigins, events.labels(),
        events.labels(), options, names, embedder);
    Weights ew = fit(te.eventRows(), te.eventSame(), use, out, "events");
    // storyline rows: each WikiRef article is its own event, its topic the storyline
    Map<String, String> self = new HashMap<>();
    stories.articles().forEach(a -> self.put(a.id(), a.id()));
    StoryClusterer.Trace ts = StoryClusterer.trace(stories.articles(), sOrigins, self,
        stories.labels(), options, names, embedder);
    Weights sw = fit(ts.storyRows(), ts.storySame(), use, out, "storylines");
    return options.withEvents(options.events().withWeights(ew))
        .withStorylines(options.storylines().withWeights(sw));
  }

  /** Logistic weights on raw signals, the decision threshold folded into the bias. */
  static Weights fit(List<double[]> rows, List<Boolean> same, boolean[] use, PrintWriter out,
      String what) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < use.length; k++) {
      if (use[k]) {
        names.add(Weights.SIGNALS.get(k));
      }
    }
    List<double[]> x = new ArrayList<>();
    for (double[] r : rows) {
      double[] v = new double[names.size()];
      int j = 0;
      for (int k = 0; k < use.length; k++) {
        if (use[k]) {
          v[j++] = r[k];
        }
      }
      x.add(v);
    }
    boolean[] y = new boolean[same.size()];
    int positives = 0;
    for (int i = 0; i < y.length; i++) {
      y[i] = same.get(i);
      positives += y[i] ? 1 : 0;
    }
    LogisticModel m = new LogisticFitter(1.0).fit(names, x, y);
    double[] w = new double[use.length];
    double bias = m.bias() - Math.log(m.threshold() / (1 - m.threshold()));
    int j = 0;
    for (int k = 0; k < use.length; k++) {
      if (use[k]) {
        w[k] = m.weights()[j] / m.scale()[j];
        bias -= w[k] * m.mean()[j];
        j++;
      }
    }
    Weights out1 = Weights.of(bias, w);
    if (out != null) {
      out.printf(Locale.ROOT, "fit %s: %d pairs (%d same), threshold %.3f -> %s%n", what,
          y.length, positives, m.threshold(), out1);
      out.printf(Locale.ROOT, "  standardised weights (contribution per s.d.): %s%n",
          standardised(m));
    }
    return out1;
  }

  private static String standardised(LogisticModel m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < m.names().size(); i++) {
      sb.append(String.format(Locale.ROOT, "%s %.2f  ", m.names().get(i), m.weights()[i]));
    }
    return sb.toString().strip();
  }

  /** Scores one setting of a sweep on DUC's odd and even halves, all of DUC, and WikiRef. */
  private static void sweep(PrintWriter out, String what, StoryClusterer.Options o,
      StoriesEval.Labelled d, Map<String, String> dOrigins, StoriesEval.Labelled w,
      Map<String, String> wOrigins, NameFinder names, SentenceEmbedder embedder) {
    print(out, what + " DUC odd", score(half(d, true), dOrigins, o, names, embedder));
    print(out, what + " DUC even", score(half(d, false), dOrigins, o, names, embedder));
    print(out, what + " DUC all", score(d, dOrigins, o, names, embedder));
    print(out, what + " WikiRef", score(w, wOrigins, o, names, embedder));
  }

  /**
   * A linkage from {@code K:M:T[:MIN[:RATIO]]} (scale rank, neighbours, threshold, smallest
   * batch, default 100, and the ratio that merges parts, default none), or null for {@code off}.
   */
  static Linkage linkage(String spec) {
    if (spec.equals("off")) {
      return null;
    }
    String[] p = spec.split(":");
    return new Linkage(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]),
        p.length > 3 ? Integer.parseInt(p[3]) : 100,
        p.length > 4 ? Double.parseDouble(p[4]) : Double.POSITIVE_INFINITY);
  }

  /** The corpus restricted to the given articles and labels, with their further labels. */
  private static StoriesEval.Labelled restrict(StoriesEval.Labelled c, List<Article> articles,
      Map<String, String> labels, java.util.function.Predicate<String> keepLabel) {
    Map<String, java.util.Set<String>> also = new HashMap<>();
    c.also().forEach((id, ls) -> {
      if (labels.containsKey(id)) {
        java.util.Set<String> kept = new java.util.TreeSet<>(ls);
        kept.removeIf(keepLabel.negate());
        also.put(id, kept);
      }
    });
    return new StoriesEval.Labelled(articles, labels, also);
  }

  /** The articles of the folders whose names start with the prefix. */
  static StoriesEval.Labelled folders(StoriesEval.Labelled c, String prefix) {
    List<Article> out = new ArrayList<>();
    Map<String, String> lab = new HashMap<>();
    for (Article a : c.articles()) {
      String l = c.labels().get(a.id());
      if (l.startsWith(prefix)) {
        out.add(a);
        lab.put(a.id(), l);
      }
    }
    return restrict(c, out, lab, l -> l.startsWith(prefix));
  }

  /** Each folder cut to a random number (1 to all) of its articles, in a fixed-seed shuffle. */
  static StoriesEval.Labelled subsample(StoriesEval.Labelled c, long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    Map<String, List<Article>> byLabel = new java.util.TreeMap<>();
    for (Article a : c.articles()) {
      byLabel.computeIfAbsent(c.labels().get(a.id()), x -> new ArrayList<>()).add(a);
    }
    List<Article> out = new ArrayList<>();
    Map<String, String> lab = new HashMap<>();
    byLabel.forEach((l, list) -> {
      List<Article> shuffled = new ArrayList<>(list);
      java.util.Collections.shuffle(shuffled, rnd);
      for (Article a : shuffled.subList(0, 1 + rnd.nextInt(shuffled.size()))) {
        out.add(a);
        lab.put(a.id(), l);
      }
    });
    return restrict(c, out, lab, l -> true);
  }

  /** The articles of odd (train) or even (test) folders / file numbers, by label order. */
  static StoriesEval.Labelled half(StoriesEval.Labelled c, boolean odd) {
    List<String> labels = c.labels().values().stream().distinct().sorted().toList();
    List<Article> out = new ArrayList<>();
    Map<String, String> lab = new HashMap<>();
    Map<String, Integer> seenPerLabel = new HashMap<>();
    boolean byLabel = labels.size() >= 20;
    for (Article a : c.articles()) {
      String l = c.labels().get(a.id());
      int k = byLabel ? labels.indexOf(l) : seenPerLabel.merge(l, 1, Integer::sum);
      if ((k % 2 == 1) == odd) {
        out.add(a);
        lab.put(a.id(), l);
      }
    }
    Map<String, java.util.Set<String>> also = new HashMap<>(c.also());
    also.keySet().retainAll(lab.keySet());
    return new StoriesEval.Labelled(out, lab, also);
  }

  /**
   * Streams the corpus in shuffled orders with document frequencies learnt as articles arrive,
   * and compares the partitions with each other and with the gold labels.
   */
  static void orderDependence(StoriesEval.Labelled d, Map<String, String> origins,
      StoryClusterer.Options options, NameFinder names, SentenceEmbedder embedder, int runs,
      PrintWriter out) {
    for (boolean refine : new boolean[] {false, true}) {
      if (refine && options.refineRounds() == 0) {
        continue;
      }
      orderDependence(d, origins, options, names, embedder, runs, refine, out);
    }
  }

  private static void orderDependence(StoriesEval.Labelled d, Map<String, String> origins,
      StoryClusterer.Options options, NameFinder names, SentenceEmbedder embedder, int runs,
      boolean refine, PrintWriter out) {
    List<Map<String, String>> ev = new ArrayList<>();
    List<Map<String, String>> st = new ArrayList<>();
    double goldF = 0;
    double minGold = 1;
    for (int r = 0; r < runs; r++) {
      List<Article> order = new ArrayList<>(d.articles());
      Collections.shuffle(order, new Random(1000 + r));
      StoryClusterer c = new StoryClusterer(options, names, embedder);
      if (refine) {
        c.keepForRefinement();
      }
      for (int i = 0; i < order.size(); i += 32) {
        c.addBatch(order.subList(i, Math.min(order.size(), i + 32)), origins, false);
      }
      if (refine) {
        c.refine();
      }
      Stories s = c.stories();
      ev.add(s.eventOf());
      st.add(s.storyOf());
      double f = StoriesEval.bcubed(s.eventOf(), d).f1();
      goldF += f;
      minGold = Math.min(minGold, f);
    }
    double bf = 0;
    double ari = 0;
    double sari = 0;
    int pairs = 0;
    for (int a = 0; a < runs; a++) {
      for (int b = a + 1; b < runs; b++) {
        bf += StoriesEval.bcubed(ev.get(a), ev.get(b)).f1();
        ari += StoriesEval.ari(ev.get(a), ev.get(b));
        sari += StoriesEval.ari(st.get(a), st.get(b));
        pairs++;
      }
    }
    out.printf(Locale.ROOT, "order dependence, DUC streamed in %d shuffled orders (incremental "
        + "IDF, batches of 32%s): events F1 vs gold mean %.4f min %.4f; between runs events "
        + "B-cubed F1 %.4f ARI %.4f, storylines ARI %.4f%n", runs,
        refine ? ", then refined" : ", no refinement", goldF / runs, minGold,
        pairs == 0 ? 1 : bf / pairs, pairs == 0 ? 1 : ari / pairs, pairs == 0 ? 1 : sari / pairs);
  }

  /**
   * Streams n synthetic dated articles through a clusterer in batches of 256, timing only the
   * clusterer, and reports articles/s and heap after a full GC. The stream mimics news: a new
   * happening about every fifth article, drawn from a real pool article, reported over the next
   * days by articles that each keep 60-90% of its sentences plus a paragraph from another pool
   * article; about 60 articles a day.
   */
  static void throughput(Path data, int n, StoryClusterer.Options options, NameFinder names,
      SentenceEmbedder embedder, boolean refineThroughput, PrintWriter out) {
    ArticlePipeline pipeline = Pipelines.standard();
    List<Article> pool = dev.quorum.bench.copies.PlantedCorpus.readPool(data, pipeline);
    Random r = new Random(7);
    // one thread, timed by its CPU time: the machine is shared, wall time says little
    StoryClusterer c = new StoryClusterer(options.withParallel(false), names, embedder);
    boolean refine = refineThroughput && options.refineRounds() > 0;
    if (refine) {
      c.keepForRefinement();
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    LocalDate start = LocalDate.of(2023, 1, 1);
    long clusterNanos = 0;
    long cpuNanos = 0;
    List<Article> batch = new ArrayList<>();
    List<int[]> live = new ArrayList<>();
    // gold: the happening each article reports, and the pool article its text comes from (a
    // pool article drawn again on a later day is a new happening with the same words)
    Map<String, String> happening = new HashMap<>();
    Map<String, String> poolArticle = new HashMap<>();
    int happenings = 0;
    for (int i = 0; i < n; i++) {
      int day = i / 60;
      if (live.isEmpty() || r.nextInt(5) == 0) {
        live.add(new int[] {r.nextInt(pool.size()), day, happenings++});
      }
      live.removeIf(h -> day - h[1] > 3 && live.size() > 1);
      int[] h = live.get(r.nextInt(live.size()));
      Article base = pool.get(h[0]);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < base.sentences().size(); k++) {
        if (r.nextInt(10) < 6 + r.nextInt(4)) {
          sb.append(base.sentenceText(k)).append(' ');
        }
      }
      Article other = pool.get(r.nextInt(pool.size()));
      sb.append("\n\n").append(other.sentenceText(0));
      String id = String.format("stream-%07d", i);
      happening.put(id, "h" + h[2]);
      poolArticle.put(id, "p" + h[0]);
      Article a = pipeline.process(new dev.quorum.model.RawDocument(id,
          dev.quorum.model.Source.file(id + ".txt"), "text", dev.quorum.model.MediaType.TEXT,
          sb.toString(), dev.quorum.model.Metadata.EMPTY));
      a = new Article(a.id(), a.source(), a.metadata().withPublished(
          start.plusDays(day).toString()), a.language(), a.text(), a.paragraphs(),
          a.sentences(), a.removed());
      batch.add(a);
      if (batch.size() == 256 || i == n - 1) {
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        c.addBatch(batch, Map.of(), false);
        clusterNanos += System.nanoTime() - t0;
        cpuNanos += mx.getCurrentThreadCpuTime() - c0;
        batch.clear();
      }
    }
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    if (refine) {
      c.refine();
    }
    long refineCpu = mx.getCurrentThreadCpuTime() - c0;
    Stories s = c.stories();
    clusterNanos += System.nanoTime() - t0;
    cpuNanos += mx.getCurrentThreadCpuTime() - c0;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long used = rt.totalMemory() - rt.freeMemory();
    int[] active = c.active();
    double[] parts = c.seconds();
    out.printf(Locale.ROOT, "throughput %,d articles, one thread%s: %.0f articles per CPU-second "
        + "(%.1f CPU s, refinement %.1f); wall %.0f articles/s (%.1f s = %.1f s "
        + "features + %.1f s embeddings + %.1f s placing), "
        + "%d events, %d storylines, active %d events / %d storylines, vocabulary %,d, heap "
        + "after GC %d MB%n", n, refine ? ", then refined" : "", n / (cpuNanos / 1e9),
        cpuNanos / 1e9, refineCpu / 1e9,
        n / (clusterNanos / 1e9), clusterNanos / 1e9, parts[0],
        parts[1], parts[2],
        s.events().size(), s.stories().size(), active[0], active[1], c.vocabulary(),
        used >> 20);
    StoriesEval.BCubed byHappening = StoriesEval.bcubed(s.eventOf(), happening);
    StoriesEval.BCubed byText = StoriesEval.bcubed(s.eventOf(), poolArticle);
    out.printf(Locale.ROOT, "  events against the %,d happenings: B-cubed P %.4f R %.4f F1 %.4f; "
        + "against the %,d pool articles drawn: P %.4f R %.4f F1 %.4f%n", happenings,
        byHappening.precision(), byHappening.recall(), byHappening.f1(),
        new java.util.HashSet<>(poolArticle.values()).size(), byText.precision(),
        byText.recall(), byText.f1());
    out.flush();
  }
}

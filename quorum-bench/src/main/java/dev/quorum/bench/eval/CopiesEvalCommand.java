package dev.quorum.bench.eval;

import dev.quorum.bench.copies.PlantedCopy;
import dev.quorum.bench.copies.PlantedCorpus;
import dev.quorum.bench.copies.Spinner;
import dev.quorum.bench.copies.WordNet;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyKind;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.model.Article;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import dev.quorum.text.embed.MatcherTraining;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quorum eval copies}: plants duplicates, edited copies and spun rewrites among real DUC 2003
 * and MultiLing 2011 articles and scores the copy detector's relations and origins against them.
 */
@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    description = "Copy detector on a planted corpus: precision/recall per kind, kind confusion, "
        + "origin purity, articles/s.")
public final class CopiesEvalCommand implements Callable<Integer> {

  /**
   * A run: the corpus, the report on the bases alone, the report on everything and its score.
   *
   * @param detectSeconds time of the detection over the whole corpus
   */
  public record Run(
      Spinner.Options spin, PlantedCorpus corpus, CopyReport natural, CopyReport report, CopiesEval.Result score,
      double detectSeconds, long[] rewriteStats) {}

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "shared data folder holding duc2003/ and multiling2011/ "
          + "(default: located shared/data)")
  Path data;

  @Option(names = "--bases", paramLabel = "N", defaultValue = "400",
      description = "base articles (default: ${DEFAULT-VALUE})")
  int bases;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "corpus seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--word-share", paramLabel = "X", defaultValue = "0.4",
      description = "share of content words the spinner replaces (default: ${DEFAULT-VALUE})")
  double wordShare;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "5",
      description = "misses and false positives to print (default: ${DEFAULT-VALUE})")
  int examples;

  @Option(names = "--embeddings",
      description = "re-align rewrite candidates whose lexical alignment falls short with "
          + "sentence embeddings (all-MiniLM-L6-v2)")
  boolean embeddings;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "QUANTIZED",
      description = "embedding model with --embeddings or --natural: FLOAT (batched float model) or"
          + " QUANTIZED (the quantized model one sentence per run, exact) (default: "
          + "${DEFAULT-VALUE})")
  SentenceEmbedder.Model model;

  @Option(names = "--natural",
      description = "instead: the detector on the whole real pool (DUC 2003 and MultiLing "
          + "2011 articles, no planted copies) without and with embeddings; lists the relations "
          + "embeddings add")
  boolean natural;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path duc = CopiesEvalCommand.ducWithWordNet(data, err);
    if (duc == null) {
      return 2;
    }
    if (natural) {
      natural(duc.getParent(), model, out);
      out.flush();
      return 0;
    }
    Spinner.Options d = Spinner.Options.DEFAULT;
    Spinner.Options spin =
        new Spinner.Options(wordShare, d.clauseSwap(), d.sentenceSwap(), d.drop(), d.added());
    Run run;
    if (embeddings) {
      try (SentenceEmbedder embedder = SentenceEmbedder.open(MatcherTraining.embedderOptions(model))) {
        run = run(duc.getParent(), bases, seed, spin, embedder);
      }
    } else {
      run = run(duc.getParent(), bases, seed, spin);
    }
    out.printf(Locale.ROOT, "bases %d, seed %d, spinner %s, embeddings %s%n", bases, seed,
        run.spin(), embeddings ? "on (" + model + ")" : "off");
    print(run, out, examples);
    out.flush();
    return 0;
  }

  /** Reads the pool under {@code data}, plants a corpus and scores the default detector on it. */
  public static Run run(Path data, int bases, long seed, Spinner.Options spin) {
    return run(data, bases, seed, spin, null);
  }

  /**
   * As {@link #run(Path, int, long, Spinner.Options)}, with rewrite candidates that fall short
   * lexically re-aligned with {@code embedder} when it is not null.
   */
  public static Run run(Path data, int bases, long seed, Spinner.Options spin,
      SentenceEmbedder embedder) {
    ArticlePipeline pipeline = Pipelines.standard();
    List<Article> pool = PlantedCorpus.readPool(data, pipeline);
    PlantedCorpus corpus = PlantedCorpus.build(pool, bases, seed, WordNet.open(), pipeline, spin);
    Set<String> baseIds = new HashSet<>(corpus.bases());
    List<Article> baseArticles =
        corpus.articles().stream().filter(a -> baseIds.contains(a.id())).toList();
    CopyDetector detector = new CopyDetector(CopyDetector.Options.DEFAULT, embedder);
    CopyReport natural = detector.detect(baseArticles);
    long t0 = System.nanoTime();
    CopyReport report = detector.detect(corpus.articles());
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(spin, corpus, natural, report, CopiesEval.score(corpus, natural, report),
        seconds, detector.lastRewriteStats());
  }

  /**
   * The DUC 2003 folder under {@code data}, or null with the reason on {@code err} when it or
   * WordNet (which the spinner needs) is missing.
   */
  static Path ducWithWordNet(Path data, PrintWriter err) {
    Path duc = EvalData.set(data, "duc2003").orElse(null);
    if (duc == null) {
      err.println("duc2003 not found; pass --data DIR (the shared data folder)");
      return null;
    }
    if (!WordNet.available(WordNet.defaultDir())) {
      err.println("WordNet not found in " + WordNet.defaultDir()
          + "; install Debian's wordnet-base or set " + WordNet.ENV);
      return null;
    }
    return duc;
  }

  /**
   * The relations among the real articles of the pool without and with embeddings: the natural
   * copies (AP updates of one story, shared wire text) and what embeddings add to them.
   */
  static void natural(Path data, SentenceEmbedder.Model model, PrintWriter out) {
    List<Article> pool = PlantedCorpus.readPool(data, Pipelines.standard());
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    pool.forEach(a -> byId.put(a.id(), a));
    long t0 = System.nanoTime();
    CopyDetector lexical = new CopyDetector();
    CopyReport without = lexical.detect(pool);
    double s0 = (System.nanoTime() - t0) / 1e9;
    CopyReport with;
    CopyDetector embedded;
    double s1;
    try (SentenceEmbedder embedder = SentenceEmbedder.open(MatcherTraining.embedderOptions(model))) {
      embedded = new CopyDetector(CopyDetector.Options.DEFAULT, embedder);
      long t1 = System.nanoTime();
      with = embedded.detect(pool);
      s1 = (System.nanoTime() - t1) / 1e9;
    }
    Set<String> before = new HashSet<>();
    without.copies().forEach(r -> before.add(r.a() + " " + r.b()));
    out.printf(Locale.ROOT, "real pool: %d articles%n", pool.size());
    for (CopyReport r : List.of(without, with)) {
      Map<CopyKind, Long> kinds = new java.util.EnumMap<>(CopyKind.class);
      r.copies().forEach(c -> kinds.merge(c.kind(), 1L, Long::sum));
      out.printf(Locale.ROOT, "  %s embeddings: %d relations %s, %d origins, %.1f s%n",
          r == without ? "without" : "with", r.copies().size(), kinds, r.origins().size(),
          r == without ? s0 : s1);
    }
    long[] rs = embedded.lastRewriteStats();
    out.printf(Locale.ROOT, "  with embeddings: %d candidate pairs aligned, %d re-aligned with "
        + "embeddings (%d became copies), %.1f s embedding%n", rs[0], rs[1], rs[2], rs[3] / 1e3);
    for (CopyRelation r : with.copies()) {
      if (!before.contains(r.a() + " " + r.b())) {
        out.printf(Locale.ROOT, "  added %s %s %s: %d aligned, coverage %.2f / %.2f, %d identical "
            + "sentences of %d+ words%n", r.a(), r.kind().label(), r.b(), r.aligned().size(),
            r.coverageA(), r.coverageB(),
            CopiesEval.sharedSentences(byId.get(r.a()), byId.get(r.b())),
            CopiesEval.VERIFY_WORDS);
        for (dev.quorum.copies.AlignedPair p : r.aligned()) {
          out.printf(Locale.ROOT, "    %.2f  %s%n          %s%n", p.similarity(),
              clip(byId.get(r.a()).text().substring(p.a().start(), p.a().end())),
              clip(byId.get(r.b()).text().substring(p.b().start(), p.b().end())));
        }
      }
    }
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 110 ? t : t.substring(0, 107) + "...";
  }

  static void print(Run run, PrintWriter out, int examples) {
    CopiesEval.Result r = run.score();
    out.printf(Locale.ROOT, "planted corpus: %d articles = %d bases + %d planted copies%n",
        r.articles(), r.bases(), run.corpus().planted().size());
    out.printf(Locale.ROOT, "natural copies among the bases (detector on bases alone): %d, "
        + "verified (>= %d identical sentences of %d+ words): %d%n", r.natural().size(),
        CopiesEval.VERIFY_SENTENCES, CopiesEval.VERIFY_WORDS, r.verifiedNatural().size());
    for (CopyRelation n : r.natural().stream()
        .filter(n -> !r.verifiedNatural().contains(n)).limit(examples).toList()) {
      out.printf(Locale.ROOT, "  unverified natural %s %s %s (score %.2f)%n", n.a(),
          n.kind().label(), n.b(), n.score());
    }
    out.printf("%-15s %8s %8s %10s %9s %10s%n", "kind", "planted", "recall", "same-kind",
        "reported", "precision");
    for (Map.Entry<CopyKind, CopiesEval.KindScore> e : r.kinds().entrySet()) {
      CopiesEval.KindScore k = e.getValue();
      out.printf(Locale.ROOT, "%-15s %8d %8s %10s %9d %10s%n", e.getKey().label(), k.planted(),
          CopiesEval.pct(k.recall()),
          CopiesEval.pct(k.planted() == 0 ? 1 : (double) k.foundSameKind() / k.planted()),
          k.reported(), CopiesEval.pct(k.precision()));
    }
    out.println("words changed or added per copy (mean share): "
        + CopiesEval.changedWords(run.corpus()).entrySet().stream()
            .map(e -> e.getKey().label() + " " + CopiesEval.pct(e.getValue()))
            .collect(java.util.stream.Collectors.joining(", ")));
    out.println("kind confusion (planted -> reported): " + r.confusion());
    out.printf(Locale.ROOT, "relations %d: right %d, natural %d (%d through unverified ones), "
        + "wrong %d%n", r.relations(), r.correct(), r.naturalRelations(),
        r.unverifiedRelations(), r.falsePositives().size());
    out.printf(Locale.ROOT,
        "precision %s (natural left out), %s (unverified natural counted as errors), %s (all "
            + "natural counted as errors); recall %s%n",
        CopiesEval.pct(r.precision()), CopiesEval.pct(r.precisionVerified()),
        CopiesEval.pct(r.precisionNaturalAsErrors()),
        CopiesEval.pct(r.recall()));
    out.printf(Locale.ROOT, "origins %d: purity %s, planted families in one origin %s%n",
        run.report().origins().size(), CopiesEval.pct(r.purity()),
        CopiesEval.pct(r.completeness()));
    out.printf(Locale.ROOT, "detection: %d articles in %.2f s = %.0f articles/s%n", r.articles(),
        run.detectSeconds(), r.articles() / Math.max(1e-9, run.detectSeconds()));
    long[] rs = run.rewriteStats();
    out.printf(Locale.ROOT, "rewrite stage: %d candidate pairs aligned, %d re-aligned with "
        + "embeddings (%d became copies), %.1f s embedding%n", rs[0], rs[1], rs[2], rs[3] / 1e3);
    for (PlantedCopy m : r.misses().stream().limit(examples).toList()) {
      out.printf("  missed %s %s of %s%n", m.copy(), m.kind().label(), m.source());
    }
    for (CopyRelation f : r.falsePositives().stream().limit(examples).toList()) {
      out.printf(Locale.ROOT, "  wrong %s %s %s (score %.2f)%n", f.a(), f.kind().label(), f.b(),
          f.score());
    }
  }
}

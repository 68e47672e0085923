package dev.quorum.bench.eval;

import dev.quorum.extract.ner.ConllDocument;
import dev.quorum.extract.ner.NerModel;
import dev.quorum.extract.ner.NerTrainer;
import dev.quorum.extract.ner.TokenChunk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores the named-entity tagger on CoNLL-2003 {@code eng.testa} (exact-span P/R/F1 per type), and
 * with {@code --train} retrains it on {@code eng.train}, optionally writing the shipped model.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "NER on CoNLL-2003 eng.testa: exact-span P/R/F1 per type, tokens/s, model load "
        + "time; --train retrains on eng.train (deterministic) and --out writes the model.")
public final class NerEvalCommand implements Callable<Integer> {

  /** The default training settings of the shipped model. */
  public static final int EPOCHS = 12;
  public static final long SEED = 20031;
  public static final int MIN_COUNT = 2;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "conll2003 folder (default: located shared/data/conll2003)")
  Path data;

  @Option(names = "--train", description = "Retrain on eng.train instead of using the shipped model.")
  boolean train;

  @Option(names = "--epochs", paramLabel = "N", description = "Training passes (default: ${DEFAULT-VALUE}).")
  int epochs = EPOCHS;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = MIN_COUNT;

  @Option(names = "--without", split = ",", paramLabel = "GROUP",
      description = "Feature groups to leave out: context, document, gazetteer, history, clusters.")
  List<String> without = new ArrayList<>();

  @Option(names = "--ablate", description = "With --train: retrain once without each feature group.")
  boolean ablate;

  @Option(names = "--every-epoch", description = "With --train: score testa after every epoch.")
  boolean everyEpoch;

  @Option(names = "--out", paramLabel = "FILE", description = "With --train: write the model here.")
  Path outFile;

  @Option(names = "--clusters", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "With --train: compute word clusters from unlabelled text (eng.train words,"
          + " DUC 2003, English MultiLing, WikiRef, PolNeAR) and use them as features"
          + " (default: on; --no-clusters leaves them out).")
  boolean useClusters;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data : EvalData.set(null, "conll2003").orElse(null);
    if (dir == null || !Files.isRegularFile(dir.resolve("eng.testa"))) {
      err.println("eval ner: no conll2003/eng.testa found (use --data)");
      return 1;
    }
    List<ConllDocument> dev = read(dir.resolve("eng.testa"));
    NerModel model;
    if (train) {
      List<ConllDocument> trainDocs = read(dir.resolve("eng.train"));
      if (useClusters) {
        long c0 = System.nanoTime();
        clusters = clusters(trainDocs, dir.getParent());
        out.printf("word clusters: %d words in %.1f s%n", clusters.size(),
            (System.nanoTime() - c0) / 1e9);
      }
      int groups = NerTrainer.allGroups();
      for (String g : without) {
        Integer bit = NerTrainer.groupNames().get(g);
        if (bit == null) {
          err.println("eval ner: unknown feature group " + g);
          return 2;
        }
        groups &= ~bit;
      }
      if (ablate) {
        for (Map.Entry<String, Integer> e : NerTrainer.groupNames().entrySet()) {
          if ((groups & e.getValue()) == 0 || e.getKey().equals("clusters") && clusters == null) {
            continue; // without --clusters that group has no data
          }
          NerModel m = trainer(groups & ~e.getValue()).train(trainDocs, null);
          out.printf("without %-10s testa F1 %.2f%n", e.getKey(), score(m, dev).f1());
          out.flush();
        }
      }
      long t0 = System.nanoTime();
      model = trainer(groups).train(trainDocs, everyEpoch ? (epoch, m) -> {
        out.printf("epoch %2d testa F1 %.2f%n", epoch, score(m, dev).f1());
        out.flush();
      } : null);
      out.printf("trained in %.1f s: %d features%n", (System.nanoTime() - t0) / 1e9,
          model.featureCount());
      if (outFile != null) {
        try (OutputStream o = Files.newOutputStream(outFile)) {
          model.write(o);
        }
        out.printf("wrote %s (%d bytes)%n", outFile, Files.size(outFile));
      }
    } else {
      long t0 = System.nanoTime();
      model = NerModel.english();
      out.printf("model load %.0f ms, %d features%n", (System.nanoTime() - t0) / 1e6,
          model.featureCount());
    }
    long t0 = System.nanoTime();
    NerScore s = score(model, dev);
    double secs = (System.nanoTime() - t0) / 1e9;
    int tokens = ConllDocument.tokens(dev);
    out.printf("eng.testa: %d documents, %d tokens, %.0f tokens/s (one thread, incl. warm-up)%n",
        dev.size(), tokens, tokens / secs);
    out.print(s.table());
    out.flush();
    return 0;
  }

  private Map<String, String> clusters;

  private NerTrainer trainer(int groups) {
    return new NerTrainer(groups, epochs, SEED, minCount, clusters);
  }

  /** Word clusters from the training words and the other unlabelled news text in the data folder. */
  static Map<String, String> clusters(List<ConllDocument> train, Path data) throws IOException {
    WordClusters wc = new WordClusters();
    StringBuilder sb = new StringBuilder();
    for (ConllDocument d : train) {
      for (ConllDocument.Sentence s : d.sentences()) {
        sb.append(String.join(" ", s.words())).append('\n');
      }
    }
    wc.addText(sb.toString());
    wc.addFiles(data.resolve("duc2003").resolve("docs"), "");
    wc.addFiles(data.resolve("multiling2011").resolve("source"), ".english");
    wc.addFiles(data.resolve("wikiref220"), "");
    wc.addFiles(data.resolve("polnear"), ".txt");
    return wc.cluster(CLUSTER_MIN_COUNT, CLUSTER_CONTEXTS, CLUSTER_DEPTH);
  }

  static final int CLUSTER_MIN_COUNT = 5;
  static final int CLUSTER_CONTEXTS = 400;
  static final int CLUSTER_DEPTH = 14;

  /** Tags every document and scores it against the gold names. */
  public static NerScore score(NerModel model, List<ConllDocument> docs) {
    NerScore s = new NerScore();
    for (ConllDocument d : docs) {
      List<String[]> words = new ArrayList<>();
      for (ConllDocument.Sentence sent : d.sentences()) {
        words.add(sent.words());
      }
      List<List<TokenChunk>> pred = model.tag(words);
      for (int i = 0; i < pred.size(); i++) {
        s.add(d.sentences().get(i).gold(), pred.get(i));
      }
    }
    return s;
  }

  /** Reads a CoNLL file. */
  public static List<ConllDocument> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ConllDocument.read(in);
    }
  }
}

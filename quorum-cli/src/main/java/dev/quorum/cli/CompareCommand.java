package dev.quorum.cli;

import dev.quorum.copies.AlignedPair;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.text.embed.ComparePairs;
import dev.quorum.text.embed.SentenceEmbedder;
import dev.quorum.text.embed.SentenceMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quorum compare A B}: two articles side by side with their aligned sentences marked. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Shows two articles side by side with their aligned sentences, or judges sentence pairs.",
      "Aligned sentences share a number and show their similarity; the copy relation between",
      "the two articles, if any, follows.",
      "With --pairs FILE (lines of id<TAB>text1<TAB>text2, - for stdin), prints JSON lines"
          + " {id, similarity, same}: whether the two texts state the same thing.",
    })
public final class CompareCommand implements Callable<Integer> {

  private static final int COLUMN = 58;

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Spec CommandSpec spec;

  @Option(names = "--pairs", paramLabel = "FILE",
      description = "Judge sentence pairs instead of comparing two articles.")
  String pairs;

  @Option(names = "--number-rule", defaultValue = "LEARNED",
      description = "With --pairs: ${COMPLETION-CANDIDATES}; LEARNED lets a number one text lacks"
          + " lower the similarity, VETO says two texts that each give a number the other lacks"
          + " never state the same thing (default: ${DEFAULT-VALUE}).")
  SentenceMatcher.NumberRule numberRule;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (pairs != null) {
      return comparePairs(out, err);
    }
    List<Article> articles = new ArrayList<>();
    var summary = inputs.readAll(parent.stdin, err, articles);
    if (articles.size() != 2) {
      err.println("quorum: compare needs exactly two articles, the inputs gave "
          + articles.size());
      inputs.finish(summary, err);
      return articles.isEmpty() ? ExitCodes.NOTHING_PROCESSED : ExitCodes.USAGE;
    }
    List<Article> pair = CopiesCommand.uniqueIds(articles, err);
    Article a = pair.get(0);
    Article b = pair.get(1);
    CopyDetector detector = new CopyDetector();
    List<AlignedPair> aligned = detector.align(a, b);
    Map<Integer, Integer> markA = new HashMap<>();
    Map<Integer, Integer> markB = new HashMap<>();
    Map<Integer, Double> sim = new HashMap<>();
    for (int k = 0; k < aligned.size(); k++) {
      markA.put(aligned.get(k).a().start(), k + 1);
      markB.put(aligned.get(k).b().start(), k + 1);
      sim.put(k + 1, aligned.get(k).similarity());
    }
    out.println(pad("A: " + a.id(), COLUMN) + " | B: " + b.id());
    out.println("-".repeat(COLUMN) + "-+-" + "-".repeat(COLUMN));
    List<Sentence> sa = a.sentences();
    List<Sentence> sb = b.sentences();
    int i = 0;
    int j = 0;
    while (i < sa.size() || j < sb.size()) {
      Integer ka = i < sa.size() ? markA.get(sa.get(i).span().start()) : null;
      Integer kb = j < sb.size() ? markB.get(sb.get(j).span().start()) : null;
      boolean takeA = i < sa.size() && (j >= sb.size() || ka == null || (kb != null && ka <= kb));
      boolean takeB = j < sb.size() && (i >= sa.size() || kb == null || (ka != null && kb <= ka));
      if (takeA && takeB && ka != null && kb != null && !ka.equals(kb)) {
        takeB = false;
      }
      if (takeA && takeB && (ka == null) != (kb == null)) {
        takeB = kb == null;
        takeA = ka == null;
      }
      List<String> left = takeA ? wrap(a, sa.get(i), ka, sim) : List.of();
      List<String> right = takeB ? wrap(b, sb.get(j), kb, sim) : List.of();
      for (int r = 0; r < Math.max(left.size(), right.size()); r++) {
        out.println(pad(r < left.size() ? left.get(r) : "", COLUMN) + " | "
            + (r < right.size() ? right.get(r) : ""));
      }
      i += takeA ? 1 : 0;
      j += takeB ? 1 : 0;
    }
    out.println();
    CopyReport report = detector.detect(pair);
    if (report.copies().isEmpty()) {
      out.printf("Not copies: %d aligned sentence pair%s; independent origins.%n", aligned.size(),
          aligned.size() == 1 ? "" : "s");
    }
    for (CopyRelation r : report.copies()) {
      out.printf("%s %s %s: %d sentence pairs aligned (score %.2f)%n", r.a(), r.kind().verb(),
          r.b(), r.aligned().size(), r.score());
    }
    out.flush();
    return inputs.finish(summary, err);
  }

  private int comparePairs(PrintWriter out, PrintWriter err) throws IOException {
    Reader reader;
    if (pairs.equals("-")) {
      reader = new InputStreamReader(parent.stdin, StandardCharsets.UTF_8);
    } else {
      Path file = Path.of(pairs);
      if (!Files.isReadable(file)) {
        err.println("quorum: cannot read " + pairs);
        return ExitCodes.NOTHING_PROCESSED;
      }
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    try (BufferedReader in = new BufferedReader(reader);
        SentenceEmbedder embedder = SentenceEmbedder.open()) {
      ComparePairs.Counts counts =
          ComparePairs.run(in, out, new SentenceMatcher(embedder, numberRule));
      out.flush();
      err.println("quorum: " + counts.compared() + " pairs compared, " + counts.skipped()
          + " malformed lines skipped");
      return counts.compared() > 0 ? ExitCodes.OK : ExitCodes.NOTHING_PROCESSED;
    }
  }

  /** One sentence wrapped to the column, prefixed with [n sim] when it is aligned. */
  private static List<String> wrap(Article a, Sentence s, Integer k, Map<Integer, Double> sim) {
    List<String> lines = new ArrayList<>();
    String prefix = k == null ? "   " : String.format("[%d %.2f] ", k, sim.get(k));
    String text = prefix + Texts.oneLine(s.span().of(a.text()), 10_000);
    while (text.length() > COLUMN) {
      int cut = text.lastIndexOf(' ', COLUMN);
      cut = cut <= 3 ? COLUMN : cut;
      lines.add(text.substring(0, cut));
      text = "   " + text.substring(cut).strip();
    }
    lines.add(text);
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}

package dev.quorum.cli;

import dev.quorum.extract.ner.ConllDocument;
import dev.quorum.extract.ner.NerModel;
import dev.quorum.extract.ner.TokenChunk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quorum entities --conll FILE}: tags CoNLL-2003 token lines with the trained name finder. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Reads CoNLL-2003 columns (token first; -DOCSTART- lines start documents, blank lines end"
          + " sentences) and prints every line with the predicted IOB tag appended as a last"
          + " column, so any conlleval scorer can read it. -DOCSTART- and blank lines are kept.",
    })
public final class EntitiesCommand implements Callable<Integer> {

  @ParentCommand Quorum parent;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(names = "--conll", required = true, paramLabel = "FILE",
      description = "CoNLL file to tag, or - for standard input.")
  String conll;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = conll.equals("-")
        ? new BufferedReader(new InputStreamReader(parent.stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(conll), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    } catch (NoSuchFileException e) {
      err.println("quorum: no such file: " + conll);
      return ExitCodes.NOTHING_PROCESSED;
    }
    String[] tags = tag(lines, NerModel.english());
    int tokens = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (tags[i] == null) {
        out.println(lines.get(i));
      } else {
        out.println(lines.get(i) + " " + tags[i]);
        tokens++;
      }
    }
    out.flush();
    err.println("quorum: " + tokens + " tokens tagged");
    err.flush();
    return tokens > 0 ? ExitCodes.OK : ExitCodes.NOTHING_PROCESSED;
  }

  /** The IOB1 tag of every token line, null for -DOCSTART- and blank lines. */
  static String[] tag(List<String> lines, NerModel model) {
    String[] tags = new String[lines.size()];
    List<List<Integer>> doc = new ArrayList<>();
    List<Integer> sentence = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : null;
      boolean docStart = line == null || line.startsWith("-DOCSTART-");
      if (docStart || line.isBlank()) {
        if (!sentence.isEmpty()) {
          doc.add(sentence);
          sentence = new ArrayList<>();
        }
        if (docStart) {
          tagDocument(lines, doc, model, tags);
          doc.clear();
        }
      } else {
        sentence.add(i);
      }
    }
    return tags;
  }

  private static void tagDocument(List<String> lines, List<List<Integer>> doc, NerModel model,
      String[] tags) {
    if (doc.isEmpty()) {
      return;
    }
    List<String[]> words = new ArrayList<>();
    for (List<Integer> s : doc) {
      List<String> raw = new ArrayList<>();
      for (int i : s) {
        raw.add(lines.get(i));
      }
      words.add(ConllDocument.sentence(raw).words());
    }
    List<List<TokenChunk>> chunks = model.tag(words);
    for (int k = 0; k < doc.size(); k++) {
      List<String> iob = TokenChunk.toIob1(chunks.get(k), doc.get(k).size());
      for (int j = 0; j < iob.size(); j++) {
        tags[doc.get(k).get(j)] = iob.get(j);
      }
    }
  }
}

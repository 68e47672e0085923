package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.copies.AlignedPair;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.model.Article;
import dev.quorum.model.Span;
import dev.quorum.pipeline.RunSummary;
import dev.quorum.text.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quorum copies}: which articles duplicate, copy or rewrite which, and the origins. */
@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    description = {
      "Finds duplicates, near-duplicates and rewrites among the articles, with the aligned"
          + " sentences as evidence, and groups the articles into independent origins.",
    })
public final class CopiesCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json
  }

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--embed",
      description = "Also re-align with sentence embeddings the candidate pairs whose word overlap"
          + " falls short (finds heavier rewrites; the quantized all-MiniLM-L6-v2, one sentence per"
          + " model run, so a sentence's vector does not depend on the rest of the input)")
  boolean embed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    RunSummary summary = inputs.readAll(parent.stdin, err, articles);
    CopyReport report;
    try (SentenceEmbedder embedder = embed && !articles.isEmpty()
        ? SentenceEmbedder.open(SentenceEmbedder.Options.fastExact()) : null) {
      report = new CopyDetector(CopyDetector.Options.DEFAULT, embedder)
          .detect(uniqueIds(articles, err));
    }
    if (format == Format.json) {
      writeJson(out, report);
    } else {
      writeText(out, report, articles);
    }
    out.flush();
    return inputs.finish(summary, err);
  }

  /**
   * The articles with repeated ids made unique ({@code id#2}, {@code id#3}, ...), each renaming
   * reported on stderr: the same document can come twice, e.g. from two folders of one data set.
   */
  static List<Article> uniqueIds(List<Article> articles, PrintWriter err) {
    Map<String, Integer> seen = new HashMap<>();
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      int n = seen.merge(a.id(), 1, Integer::sum);
      if (n == 1) {
        out.add(a);
        continue;
      }
      String id = a.id() + "#" + n;
      while (seen.containsKey(id)) {
        id = id + "'";
      }
      seen.put(id, 1);
      err.println("quorum: id '" + a.id() + "' of " + a.source() + " is taken; using '" + id + "'");
      out.add(new Article(id, a.source(), a.metadata(), a.language(), a.text(), a.paragraphs(),
          a.sentences(), a.removed()));
    }
    return out;
  }

  private static void writeText(PrintWriter out, CopyReport report, List<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    if (report.copies().isEmpty()) {
      out.println("No copies: every article is its own origin.");
    }
    for (CopyRelation r : report.copies()) {
      Article source = byId.get(r.b());
      out.printf("%s %s %s: %d of %d sentences of %s aligned (score %.2f%s)%n", r.a(),
          r.kind().verb(), r.b(), r.aligned().size(), source.sentences().size(), r.b(), r.score(),
          r.sourceEvidence() == null ? "" : "; source: " + r.sourceEvidence());
    }
    out.println();
    out.println(report.origins().size() + " independent origin"
        + (report.origins().size() == 1 ? "" : "s") + ":");
    for (Origin o : report.origins()) {
      out.println("  " + o.id() + ": " + String.join(", ", o.articles()));
    }
  }

  private static void writeJson(PrintWriter out, CopyReport report) throws IOException {
    Json.writeObject(out, g -> writeFields(g, report));
  }

  /** Writes the {@code copies} and {@code origins} fields of {@code report} into an open object. */
  static void writeFields(JsonGenerator g, CopyReport report) throws IOException {
    g.writeArrayFieldStart("copies");
    for (CopyRelation r : report.copies()) {
      g.writeStartObject();
      g.writeStringField("a", r.a());
      g.writeStringField("b", r.b());
      g.writeStringField("relation", r.kind().label());
      g.writeNumberField("score", round(r.score()));
      g.writeNumberField("coverageA", round(r.coverageA()));
      g.writeNumberField("coverageB", round(r.coverageB()));
      g.writeStringField("sourceEvidence", r.sourceEvidence());
      g.writeArrayFieldStart("aligned");
      for (AlignedPair p : r.aligned()) {
        g.writeStartObject();
        span(g, "a", p.a());
        span(g, "b", p.b());
        g.writeNumberField("similarity", round(p.similarity()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("origins");
    for (Origin o : report.origins()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      g.writeArrayFieldStart("articles");
      for (String a : o.articles()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

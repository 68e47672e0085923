package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.model.Article;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticleSink;
import dev.quorum.pipeline.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code quorum articles}: prints the cleaned, normalized articles of the inputs. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news in any supported format and prints the cleaned, normalized articles.",
      "Formats (detected by content and extension, gzipped or not): plain text, HTML, JSON,"
          + " JSON lines, WARC, TREC/LDC SGML, RSS/Atom feeds.",
    })
public final class ArticlesCommand implements Callable<Integer> {

  /** The output formats of this command. */
  public enum Format {
    text,
    json,
    jsonl
  }

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--tokens", description = "Include token spans in JSON output.")
  boolean tokens;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Output output = open(out)) {
      RunSummary summary = inputs.run(parent.stdin, err, output);
      return inputs.finish(summary, err);
    } catch (UncheckedIOException e) {
      err.println("quorum: cannot write output: " + e.getCause().getMessage());
      return ExitCodes.FAILURE;
    }
  }

  private Output open(PrintWriter out) {
    return switch (format) {
      case text -> new TextOutput(out);
      case json -> new JsonOutput(out, false, tokens);
      case jsonl -> new JsonOutput(out, true, tokens);
    };
  }

  /** An article sink that also closes its output. */
  interface Output extends ArticleSink, AutoCloseable {
    @Override
    void close();
  }

  /** Human-readable articles: header, text, and what was removed. */
  static final class TextOutput implements Output {
    private final PrintWriter out;
    private boolean first = true;

    TextOutput(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void accept(Article a) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println("=== " + a.id() + " — " + a.displayTitle());
      var m = a.metadata();
      StringBuilder meta = new StringBuilder();
      append(meta, "outlet", m.outlet());
      append(meta, "by", m.byline());
      append(meta, "published", m.published());
      append(meta, "dateline", m.dateline());
      append(meta, "url", m.url());
      append(meta, "language", a.language());
      meta.append(" · ").append(a.sentences().size()).append(" sentences");
      out.println(meta.substring(3));
      out.println("source: " + a.source());
      out.println();
      out.println(a.text());
      if (!a.removed().isEmpty()) {
        out.println();
        out.println("removed (" + a.removed().size() + "):");
        for (var r : a.removed()) {
          out.println("  - [" + r.reason() + "] " + Texts.oneLine(r.text(), 96));
        }
      }
      out.flush();
    }

    private static void append(StringBuilder sb, String key, String value) {
      if (value != null && !value.isBlank()) {
        sb.append(" · ").append(key).append(": ").append(value);
      }
    }

    @Override
    public void skip(Skip skip) {}

    @Override
    public void close() {
      out.flush();
    }
  }

  /** Articles as one JSON document ({@code {"articles": [...]}}) or as JSON lines. */
  static final class JsonOutput implements Output {
    private final PrintWriter out;
    private final boolean lines;
    private final boolean tokens;
    private final JsonGenerator gen;

    JsonOutput(PrintWriter out, boolean lines, boolean tokens) {
      this.out = out;
      this.lines = lines;
      this.tokens = tokens;
      try {
        this.gen = Json.FACTORY.createGenerator(out);
        if (lines) {
          gen.setRootValueSeparator(null);
        } else {
          gen.useDefaultPrettyPrinter();
          gen.writeStartObject();
          gen.writeArrayFieldStart("articles");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void accept(Article a) {
      try {
        ArticleJson.write(gen, a, tokens);
        if (lines) {
          gen.flush();
          out.println();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void skip(Skip skip) {}

    @Override
    public void close() {
      try {
        if (!lines) {
          gen.writeEndArray();
          gen.writeEndObject();
        }
        gen.flush();
        if (!lines) {
          out.println();
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

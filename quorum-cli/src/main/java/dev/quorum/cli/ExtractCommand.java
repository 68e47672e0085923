package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.extract.entities.Entities;
import dev.quorum.extract.entities.Entity;
import dev.quorum.extract.entities.EntityMention;
import dev.quorum.extract.entities.EntityResolver;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.model.Article;
import dev.quorum.model.Skip;
import dev.quorum.pipeline.ArticleSink;
import dev.quorum.pipeline.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quorum extract}: the entities (and later quotes and claims) of a corpus of articles. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts what the articles say: the persons, organisations, places and other named things,"
          + " each merged across spellings, transliterations and aliases into one entity with its"
          + " mentions in the cleaned text.",
    })
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json
  }

  /**
   * Everything extracted from one corpus; each part is written under its own JSON key.
   *
   * @param articles the articles read, ids made unique
   * @param entities the corpus's entities
   */
  record Result(List<Article> articles, Entities entities) {}

  @ParentCommand Quorum parent;

  @Mixin InputOptions inputs;

  @Mixin ExitCodeHelp exitCodeHelp;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> read = new ArrayList<>();
    RunSummary summary = inputs.run(parent.stdin, err, new ArticleSink() {
      @Override
      public void accept(Article article) {
        read.add(article);
      }

      @Override
      public void skip(Skip skip) {}
    });
    Result result = extract(CopiesCommand.uniqueIds(read, err));
    if (format == Format.json) {
      writeJson(out, result);
    } else {
      writeText(out, result);
    }
    out.flush();
    return inputs.finish(summary, err);
  }

  /** Runs every extraction stage over the articles. */
  static Result extract(List<Article> articles) {
    Entities entities = new EntityResolver(PerceptronNameFinder.english()).resolve(articles);
    return new Result(articles, entities);
  }

  static void writeText(PrintWriter out, Result result) {
    out.println(result.entities().entities().size() + " entities in "
        + result.articles().size() + " article" + (result.articles().size() == 1 ? "" : "s") + ":");
    for (Entity e : result.entities().entities()) {
      long articles = e.mentions().stream().map(EntityMention::article).distinct().count();
      out.printf("  %-6s %s [%s]: %d mention%s in %d article%s%s%s%n", e.type(), e.name(), e.id(),
          e.mentions().size(), e.mentions().size() == 1 ? "" : "s", articles,
          articles == 1 ? "" : "s",
          e.aliases().isEmpty() ? "" : "; also " + String.join(", ", e.aliases()),
          e.roles().isEmpty() ? "" : "; roles: " + String.join(", ", e.roles()));
    }
  }

  static void writeJson(PrintWriter out, Result result) throws IOException {
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      writeEntities(g, result.entities());
      g.writeEndObject();
    }
    out.println();
  }

  /** The {@code entities} key. */
  static void writeEntities(JsonGenerator g, Entities entities) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : entities.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().name());
      g.writeArrayFieldStart("aliases");
      for (String a : e.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (String r : e.roles()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mentions");
      for (EntityMention m : e.mentions()) {
        g.writeStartObject();
        g.writeStringField("article", m.article());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}

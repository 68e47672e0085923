package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.claims.Claim;
import dev.quorum.extract.claims.ClaimExtractor;
import dev.quorum.extract.entities.Entities;
import dev.quorum.extract.quotes.Quote;
import dev.quorum.extract.quotes.QuoteExtractor;
import dev.quorum.extract.entities.Entity;
import dev.quorum.extract.entities.EntityMention;
import dev.quorum.extract.entities.EntityResolver;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.model.Article;
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

/** {@code quorum extract}: the entities, quotes and numeric claims of a corpus of articles. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts what the articles say: the persons, organisations, places and other named things,"
          + " each merged across spellings, transliterations and aliases into one entity with its"
          + " mentions in the cleaned text; who said what (quotes with speakers); and the figures"
          + " stated (numeric claims with claimant, scope and hedges). A quote or claim reported"
          + " by several articles is one, with the number of independent origins reporting it.",
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
  record Result(List<Article> articles, CopyReport copies, Entities entities, List<Quote> quotes,
      List<Claim> claims) {}

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
    RunSummary summary = inputs.readAll(parent.stdin, err, read);
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
    CopyReport copies = new CopyDetector().detect(articles);
    NameFinder names = PerceptronNameFinder.english();
    Entities entities = new EntityResolver(names).resolve(articles);
    List<Quote> quotes = new QuoteExtractor(names, entities).extract(articles, copies);
    List<Claim> claims = new ClaimExtractor(names).extract(articles, copies);
    return new Result(articles, copies, entities, quotes, claims);
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
    out.println();
    out.println(result.quotes().size() + " quote" + (result.quotes().size() == 1 ? "" : "s") + ":");
    for (Quote q : result.quotes()) {
      String who = q.speakerName() == null ? "unknown speaker" : q.speakerName();
      if (q.speaker() != null) {
        who = result.entities().byId(q.speaker()).map(Entity::name).orElse(who);
      }
      out.printf("  [%s] %s%s: %s%s (%s; %d origin%s)%n", q.id(), who,
          q.cue() == null ? "" : " (" + q.cue() + ")",
          q.direct() ? "\u201c" + q.text() + "\u201d" : q.text(),
          q.direct() ? "" : " [reported]",
          String.join(", ", q.mentions().stream().map(m -> m.article()).distinct().toList()),
          q.origins(), q.origins() == 1 ? "" : "s");
    }
    out.println();
    out.println(result.claims().size() + " claim" + (result.claims().size() == 1 ? "" : "s") + ":");
    for (Claim c : result.claims()) {
      out.printf("  [%s] %s %s%s%s%s%s (%s; %d origin%s)%n", c.id(),
          c.qualifier() == null ? "" : c.qualifier(), Texts.number(c.value()),
          c.unit().equals("count") ? "" : " " + c.unit(),
          c.quantity() == null ? "" : " " + c.quantity(),
          c.scope() == null ? "" : " [" + c.scope() + "]",
          (c.claimant() == null ? "" : ", according to " + c.claimant())
              + (c.hedged() ? ", hedged: " + c.hedge() : ""),
          String.join(", ", c.mentions().stream().map(m -> m.article()).distinct().toList()),
          c.origins(), c.origins() == 1 ? "" : "s");
    }
  }

  static void writeJson(PrintWriter out, Result result) throws IOException {
    Json.writeObject(out, g -> {
      writeEntities(g, result.entities());
      writeQuotes(g, result.quotes());
      BriefJson.writeClaims(g, result.claims(), null);
    });
  }

  /** The {@code quotes} key. */
  static void writeQuotes(JsonGenerator g, List<Quote> quotes) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      Json.MAPPER.writeValue(g, q.toMap());
    }
    g.writeEndArray();
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

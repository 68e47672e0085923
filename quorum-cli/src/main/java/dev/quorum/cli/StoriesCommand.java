package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.model.Article;
import dev.quorum.pipeline.RunSummary;
import dev.quorum.stories.Event;
import dev.quorum.stories.Stories;
import dev.quorum.stories.Story;
import dev.quorum.stories.StoryClusterer;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quorum stories}: groups the articles into storylines and the events within them. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the articles into events (one happening, reported by many outlets) and storylines"
          + " (events about the same ongoing subject), each with a title, time span and main"
          + " names. Copies of one origin count once.",
    })
public final class StoriesCommand implements Callable<Integer> {

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
      description = "Also compare sentence embeddings of headline and opening (about ten times"
          + " slower; see docs/stories.md for when it helps).")
  boolean embed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    RunSummary summary = inputs.readAll(parent.stdin, err, articles);
    List<Article> unique = CopiesCommand.uniqueIds(articles, err);
    CopyReport copies = new CopyDetector().detect(unique);
    Stories stories;
    try (SentenceEmbedder embedder = !embed || unique.isEmpty() ? null : SentenceEmbedder.open()) {
      stories = StoryClusterer.cluster(unique, copies,
          StoryClusterer.Options.defaults(embedder != null), new CapitalizedNameFinder(), embedder);
    }
    if (format == Format.json) {
      writeJson(out, stories);
    } else {
      Map<String, Article> byId = new HashMap<>();
      unique.forEach(a -> byId.put(a.id(), a));
      writeText(out, stories, byId);
    }
    out.flush();
    return inputs.finish(summary, err);
  }

  private static void writeText(PrintWriter out, Stories stories, Map<String, Article> byId) {
    int events = stories.events().size();
    out.printf("%d storyline%s, %d event%s%n", stories.stories().size(),
        stories.stories().size() == 1 ? "" : "s", events, events == 1 ? "" : "s");
    for (Story s : stories.stories()) {
      out.println();
      out.printf("Storyline %s: %s%n", s.id(), s.title());
      out.printf("  %s; %d article%s%s%n", span(s.first(), s.last()), s.articles().size(),
          s.articles().size() == 1 ? "" : "s", names(s.entities()));
      for (Event e : s.events()) {
        out.printf("  Event %s: %s%n", e.id(), e.title());
        out.printf("    %s; %d article%s from %d origin%s%s%n", span(e.first(), e.last()),
            e.articles().size(), e.articles().size() == 1 ? "" : "s", e.origins(),
            e.origins() == 1 ? "" : "s", names(e.entities()));
        for (String a : e.articles()) {
          Article art = byId.get(a);
          String date = art == null || art.metadata().published() == null ? ""
              : " (" + art.metadata().published() + ")";
          out.printf("    - %s%s: %s%n", a, date, art == null ? a : art.displayTitle());
        }
      }
    }
  }

  private static String span(String first, String last) {
    if (first == null) {
      return "dates unknown";
    }
    return first.equals(last) ? first : first + " to " + last;
  }

  private static String names(List<String> entities) {
    return entities.isEmpty() ? "" : "; names: " + String.join(", ", entities);
  }

  private static void writeJson(PrintWriter out, Stories stories) throws IOException {
    Json.writeObject(out, g -> writeStories(g, stories));
  }

  /** Writes the {@code stories} field into an open object. */
  static void writeStories(JsonGenerator g, Stories stories) throws IOException {
    g.writeArrayFieldStart("stories");
    for (Story s : stories.stories()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      g.writeStringField("first", s.first());
      g.writeStringField("last", s.last());
      Json.strings(g, "entities", s.entities());
      Json.strings(g, "articles", s.articles());
      g.writeArrayFieldStart("events");
      for (Event e : s.events()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        g.writeStringField("first", e.first());
        g.writeStringField("last", e.last());
        g.writeNumberField("origins", e.origins());
        Json.strings(g, "entities", e.entities());
        Json.strings(g, "articles", e.articles());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}

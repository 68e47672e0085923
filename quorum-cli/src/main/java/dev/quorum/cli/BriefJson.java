package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.brief.Briefer;
import dev.quorum.brief.SummarySentence;
import dev.quorum.corroborate.Verdict;
import dev.quorum.extract.claims.Claim;
import dev.quorum.extract.claims.ClaimMention;
import dev.quorum.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes a briefing's full results as one JSON document (schema in docs/schema.md). */
final class BriefJson {

  private BriefJson() {}

  static void write(PrintWriter out, Briefer.Result r) throws IOException {
    Json.writeObject(out, g -> {
      g.writeStringField("title", r.briefing().title());
      g.writeArrayFieldStart("articles");
      for (Article a : r.articles()) {
        ArticleJson.write(g, a, false);
      }
      g.writeEndArray();
      CopiesCommand.writeFields(g, r.copies());
      StoriesCommand.writeStories(g, r.stories());
      ExtractCommand.writeEntities(g, r.entities());
      ExtractCommand.writeQuotes(g, r.quotes());
      writeClaims(g, r.claims(), r.verdicts());
      writeSummary(g, r.summaries());
    });
  }


  /** The {@code claims} key: each claim with its corroboration status and conflicts. */
  static void writeClaims(JsonGenerator g, List<Claim> claims, Map<String, Verdict> verdicts)
      throws IOException {
    g.writeArrayFieldStart("claims");
    for (Claim c : claims) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("text", c.text());
      g.writeNumberField("value", c.value());
      if (c.high() != null) {
        g.writeNumberField("high", c.high());
      }
      g.writeStringField("unit", c.unit());
      g.writeStringField("qualifier", c.qualifier());
      g.writeStringField("quantity", c.quantity());
      g.writeStringField("scope", c.scope());
      g.writeStringField("place", c.place());
      g.writeStringField("claimant", c.claimant());
      g.writeBooleanField("hedged", c.hedged());
      g.writeStringField("hedge", c.hedge());
      g.writeArrayFieldStart("mentions");
      for (ClaimMention m : c.mentions()) {
        g.writeStartObject();
        g.writeStringField("article", m.article());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("origins", c.origins());
      Verdict v = verdicts == null ? null : verdicts.get(c.id());
      if (verdicts != null) {
        g.writeStringField("status", v == null ? null : v.status().label());
        Json.strings(g, "conflicts", v == null ? List.of() : v.conflicts());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSummary(JsonGenerator g, Map<String, List<SummarySentence>> summaries)
      throws IOException {
    g.writeArrayFieldStart("summary");
    for (Map.Entry<String, List<SummarySentence>> e : summaries.entrySet()) {
      for (SummarySentence s : e.getValue()) {
        g.writeStartObject();
        g.writeStringField("story", e.getKey());
        g.writeStringField("text", s.text());
        g.writeArrayFieldStart("mentions");
        for (SummarySentence.Mention m : s.mentions()) {
          g.writeStartObject();
          g.writeStringField("article", m.article());
          g.writeNumberField("start", m.span().start());
          g.writeNumberField("end", m.span().end());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("origins", s.origins());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }
}

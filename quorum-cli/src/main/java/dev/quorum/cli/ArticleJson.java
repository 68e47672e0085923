package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.model.Article;
import dev.quorum.model.Removed;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.io.IOException;
import java.util.List;

/**
 * Writes an article as the stable JSON object documented in docs/schema.md; outside evaluators
 * read these field names, so they change only with a schema version.
 */
final class ArticleJson {

  private ArticleJson() {}

  static void write(JsonGenerator g, Article a, boolean tokens) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source().path());
    if (!a.source().record().isEmpty()) {
      g.writeStringField("record", a.source().record());
    }
    var m = a.metadata();
    g.writeStringField("title", m.title());
    g.writeStringField("url", m.url());
    g.writeStringField("outlet", m.outlet());
    g.writeStringField("byline", m.byline());
    g.writeStringField("published", m.published());
    g.writeStringField("dateline", m.dateline());
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("paragraphs");
    for (Span p : a.paragraphs()) {
      span(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.span().start());
      g.writeNumberField("end", s.span().end());
      if (tokens) {
        g.writeArrayFieldStart("tokens");
        for (Span t : s.tokens()) {
          g.writeStartArray();
          g.writeNumber(t.start());
          g.writeNumber(t.end());
          g.writeEndArray();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    writeRemoved(g, a.removed());
    g.writeEndObject();
  }

  private static void writeRemoved(JsonGenerator g, List<Removed> removed) throws IOException {
    g.writeArrayFieldStart("removed");
    for (Removed r : removed) {
      g.writeStartObject();
      g.writeStringField("text", r.text());
      g.writeStringField("reason", r.reason());
      g.writeNumberField("offset", r.offset());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }
}

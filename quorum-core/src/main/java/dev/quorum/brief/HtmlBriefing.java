package dev.quorum.brief;

import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a briefing as one self-contained HTML file whose every citation links to the sentence it
 * cites, shown in the articles appended at the end.
 *
 * <p>News HTML is hostile input, so every piece of article text, title and id is escaped, anchors
 * are built from article and sentence positions rather than from ids, and the page loads nothing
 * from outside: no scripts, fonts or images.
 */
public final class HtmlBriefing {

  private static final String CSS = """
      body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;\
      color:#1b1b1b}
      h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2.5rem}
      .meta,.cite{color:#555;font-size:.85rem}
      .cite a{color:#0b5cad;text-decoration:none;margin-right:.2rem}
      .status{font-weight:600;padding:0 .3rem;border-radius:3px}
      .corroborated{background:#d7f5dd}.single-source{background:#f3f0d0}
      .unverified{background:#f7e3c8}.disputed{background:#f8d3d3}
      table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem;\
      vertical-align:top;text-align:left}
      article.source{border-top:1px solid #ccc;margin-top:1.5rem}
      .sent:target{background:#ffe98a;outline:2px solid #e0b400}
      """;

  private final Map<String, Integer> articleIndex = new HashMap<>();
  private final Map<String, Article> articles = new LinkedHashMap<>();

  /** A writer that links citations into {@code articles}, which the page reproduces in full. */
  public HtmlBriefing(List<Article> articles) {
    for (Article a : articles) {
      if (this.articles.putIfAbsent(a.id(), a) == null) {
        articleIndex.put(a.id(), articleIndex.size());
      }
    }
  }

  /** Writes {@code briefing} as a complete HTML document. */
  public void write(Briefing briefing, PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + esc(briefing.title()) + "</title>");
    out.println("<style>" + CSS + "</style></head><body>");
    out.println("<header><h1>" + esc(briefing.title()) + "</h1>");
    out.println("<p class=\"meta\">" + Cites.count(briefing.sources().size(), "article") + " from "
        + briefing.origins() + " independent origin" + (briefing.origins() == 1 ? "" : "s") + ", " + briefing.stories().size()
        + (briefing.stories().size() == 1 ? " story" : " stories") + "</p></header>");
    int storyNo = 0;
    for (Briefing.Story s : briefing.stories()) {
      storyNo++;
      out.println("<section class=\"story\" id=\"story-" + storyNo + "\">");
      out.println("<h2>" + esc(s.title()) + "</h2>");
      out.println("<p class=\"meta\">" + (s.span() == null ? "" : esc(s.span()) + " · ")
          + s.articles().size() + " articles: " + esc(String.join(", ", s.articles())) + "</p>");
      if (!s.events().isEmpty()) {
        out.println("<ul class=\"events\">");
        for (Briefing.Event e : s.events()) {
          out.println("<li>Event: " + esc(e.title()) + " <span class=\"meta\">"
              + esc(String.join(", ", e.articles())) + "</span></li>");
        }
        out.println("</ul>");
      }
      if (!s.summary().isEmpty()) {
        out.println("<h3>Summary</h3><ul class=\"summary\">");
        for (Briefing.Statement st : s.summary()) {
          out.println("<li>" + esc(st.text()) + " " + cites(st.mentions(), st.origins())
              + "</li>");
        }
        out.println("</ul>");
      }
      if (!s.figures().isEmpty()) {
        out.println("<h3>Key figures</h3><table class=\"figures\"><tr><th>Figure</th>"
            + "<th>Status</th><th>Sources</th></tr>");
        for (Briefing.Figure f : s.figures()) {
          out.println("<tr id=\"figure-" + storyNo + "-" + esc(f.id()) + "\"><td>"
              + esc(Cites.figure(f)) + "</td><td><span class=\"status " + f.status().label()
              + "\">" + f.status().label() + "</span>"
              + (f.hedge() == null ? "" : " <span class=\"meta\">“" + esc(f.hedge())
                  + "”</span>")
              + (f.conflicts().isEmpty() ? "" : " <span class=\"meta\">disputes "
                  + esc(String.join(", ", f.conflicts())) + "</span>")
              + "</td><td>" + cites(f.mentions(), f.origins()) + "</td></tr>");
        }
        out.println("</table>");
      }
      if (!s.quotes().isEmpty()) {
        out.println("<h3>Quotes</h3><ul class=\"quotes\">");
        for (Briefing.Quote q : s.quotes()) {
          String who = q.speaker() == null ? "Unknown speaker" : q.speaker();
          String words = q.direct() ? "“" + esc(q.text()) + "”" : esc(q.text());
          out.println("<li><b>" + esc(who) + "</b>: " + words + " "
              + cites(q.mentions(), q.origins()) + "</li>");
        }
        out.println("</ul>");
      }
      if (!s.entities().isEmpty()) {
        out.println("<h3>Who and where</h3><ul class=\"entities\">");
        for (Briefing.Entity e : s.entities()) {
          out.println("<li><b>" + esc(e.name()) + "</b> <span class=\"meta\">"
              + esc(e.type().toLowerCase()) + "</span>"
              + (e.aliases().isEmpty() ? "" : ", also " + esc(String.join(", ", e.aliases())))
              + (e.roles().isEmpty() ? "" : "; " + esc(String.join(", ", e.roles()))) + "</li>");
        }
        out.println("</ul>");
      }
      if (!s.timeline().isEmpty()) {
        out.println("<h3>Timeline</h3><ul class=\"timeline\">");
        for (Briefing.Dated d : s.timeline()) {
          out.println("<li>" + esc(d.date()) + " — " + articleLink(d.article()) + " "
              + esc(d.title()) + "</li>");
        }
        out.println("</ul>");
      }
      out.println("</section>");
    }
    out.println("<section id=\"sources\"><h2>Sources and copies</h2><table><tr><th>Article</th>"
        + "<th>Title</th><th>Outlet</th><th>Published</th><th>Origin</th></tr>");
    for (Briefing.Source src : briefing.sources()) {
      out.println("<tr><td>" + articleLink(src.article()) + "</td><td>" + esc(src.title())
          + "</td><td>" + esc(src.outlet()) + "</td><td>" + esc(src.published()) + "</td><td>"
          + esc(src.origin()) + "</td></tr>");
    }
    out.println("</table><ul class=\"copies\">");
    if (briefing.copies().isEmpty()) {
      out.println("<li>No copies: every article is its own origin.</li>");
    }
    for (Briefing.Copy c : briefing.copies()) {
      out.println("<li>" + articleLink(c.a()) + " " + esc(c.verb()) + " " + articleLink(c.b())
          + ": " + c.aligned() + " of " + c.sentencesOfB() + " sentences aligned</li>");
    }
    out.println("</ul></section>");
    writeArticles(out);
    out.println("</body></html>");
    out.flush();
  }

  /** The articles in full, each sentence an anchor that citations point at. */
  private void writeArticles(PrintWriter out) {
    out.println("<section id=\"articles\"><h2>Articles</h2>");
    for (Article a : articles.values()) {
      int idx = articleIndex.get(a.id());
      out.println("<article class=\"source\" id=\"a-" + idx + "\"><h3>" + esc(a.id()) + ": "
          + esc(a.displayTitle()) + "</h3>");
      String text = a.text();
      List<Sentence> sentences = a.sentences();
      for (Span p : a.paragraphs()) {
        StringBuilder b = new StringBuilder("<p>");
        int at = p.start();
        for (int n = 0; n < sentences.size(); n++) {
          Span s = sentences.get(n).span();
          if (s.end() <= p.start() || s.start() >= p.end()) {
            continue;
          }
          b.append(esc(text.substring(at, Math.max(at, s.start()))));
          b.append("<span class=\"sent\" id=\"s-").append(idx).append('-').append(n)
              .append("\">").append(esc(s.of(text))).append("</span>");
          at = Math.max(at, s.end());
        }
        b.append(esc(text.substring(Math.min(at, p.end()), p.end()))).append("</p>");
        out.println(b);
      }
      out.println("</article>");
    }
    out.println("</section>");
  }

  private String cites(List<Citation> mentions, int origins) {
    List<String> links = new ArrayList<>();
    for (Citation c : mentions) {
      links.add("<a href=\"#" + anchor(c) + "\">" + esc(c.article()) + "</a>");
    }
    return "<span class=\"cite\">[" + String.join(" ", links) + " · " + Cites.origins(origins)
        + "]</span>";
  }

  private String articleLink(String id) {
    Integer idx = articleIndex.get(id);
    return idx == null ? esc(id) : "<a href=\"#a-" + idx + "\">" + esc(id) + "</a>";
  }

  /** The anchor of the sentence that holds the start of {@code c}, else of its article. */
  String anchor(Citation c) {
    Article a = articles.get(c.article());
    if (a == null) {
      throw new IllegalArgumentException("citation of an unknown article: " + c.article());
    }
    int idx = articleIndex.get(c.article());
    List<Sentence> sentences = a.sentences();
    for (int n = 0; n < sentences.size(); n++) {
      Span s = sentences.get(n).span();
      if (s.start() <= c.span().start() && c.span().start() < Math.max(s.end(), s.start() + 1)) {
        return "s-" + idx + "-" + n;
      }
    }
    return "a-" + idx;
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

package dev.quorum.brief;

import java.io.PrintWriter;
import java.util.List;

/** Writes a briefing as Markdown, with article text escaped so it cannot inject markup. */
public final class MarkdownBriefing {

  /** Writes {@code briefing} to {@code out}. */
  public void write(Briefing briefing, PrintWriter out) {
    out.println("# " + esc(briefing.title()));
    out.println();
    out.println("_" + Cites.count(briefing.sources().size(), "article") + " from "
        + briefing.origins() + " independent origin" + (briefing.origins() == 1 ? "" : "s") + ", " + briefing.stories().size()
        + (briefing.stories().size() == 1 ? " story" : " stories") + "._");
    for (Briefing.Story s : briefing.stories()) {
      out.println();
      out.println("## " + esc(s.title()) + (s.span() == null ? "" : " (" + esc(s.span()) + ")"));
      out.println();
      out.println("Articles: " + esc(String.join(", ", s.articles())));
      if (!s.events().isEmpty()) {
        out.println();
        for (Briefing.Event e : s.events()) {
          out.println("- Event: " + esc(e.title()) + " — " + esc(String.join(", ", e.articles())));
        }
      }
      if (!s.summary().isEmpty()) {
        section(out, "Summary");
        for (Briefing.Statement st : s.summary()) {
          out.println("- " + esc(st.text()) + " " + cite(st.mentions(), st.origins()));
        }
      }
      if (!s.figures().isEmpty()) {
        section(out, "Key figures");
        out.println("| Figure | Status | Sources |");
        out.println("|---|---|---|");
        for (Briefing.Figure f : s.figures()) {
          String status = "**" + f.status().label() + "**"
              + (f.hedge() == null ? "" : " (“" + esc(f.hedge()) + "”)")
              + (f.conflicts().isEmpty() ? "" : "; disputes " + esc(String.join(", ",
                  f.conflicts())));
          out.println("| " + cell(Cites.figure(f)) + " | " + status + " | "
              + cell(Cites.bracket(f.mentions(), f.origins())) + " |");
        }
      }
      if (!s.quotes().isEmpty()) {
        section(out, "Quotes");
        for (Briefing.Quote q : s.quotes()) {
          String who = q.speaker() == null ? "Unknown speaker" : q.speaker();
          String words = q.direct() ? "“" + esc(q.text()) + "”" : esc(q.text());
          out.println("- **" + esc(who) + "**: " + words + " " + cite(q.mentions(), q.origins()));
        }
      }
      if (!s.entities().isEmpty()) {
        section(out, "Who and where");
        for (Briefing.Entity e : s.entities()) {
          out.println("- **" + esc(e.name()) + "** (" + e.type().toLowerCase() + ")"
              + (e.aliases().isEmpty() ? "" : ", also " + esc(String.join(", ", e.aliases())))
              + (e.roles().isEmpty() ? "" : "; " + esc(String.join(", ", e.roles()))));
        }
      }
      if (!s.timeline().isEmpty()) {
        section(out, "Timeline");
        for (Briefing.Dated d : s.timeline()) {
          out.println("- " + esc(d.date()) + " — " + esc(d.article()) + ": " + esc(d.title()));
        }
      }
    }
    section(out, "Sources");
    out.println("| Article | Title | Outlet | Published | Origin |");
    out.println("|---|---|---|---|---|");
    for (Briefing.Source src : briefing.sources()) {
      out.println("| " + cell(src.article()) + " | " + cell(src.title()) + " | "
          + cell(src.outlet()) + " | " + cell(src.published()) + " | " + cell(src.origin()) + " |");
    }
    section(out, "Copies");
    if (briefing.copies().isEmpty()) {
      out.println("None: every article is its own origin.");
    }
    for (Briefing.Copy c : briefing.copies()) {
      out.println("- " + esc(c.a()) + " " + c.verb() + " " + esc(c.b()) + ": " + c.aligned()
          + " of " + c.sentencesOfB() + " sentences aligned");
    }
    out.flush();
  }

  private static void section(PrintWriter out, String name) {
    out.println();
    out.println("### " + name);
    out.println();
  }

  private static String cite(List<Citation> mentions, int origins) {
    return "_" + esc(Cites.bracket(mentions, origins)) + "_";
  }

  private static String cell(String s) {
    return s == null ? "" : esc(s).replace("|", "\\|");
  }

  /** Escapes the characters Markdown or embedded HTML would interpret. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

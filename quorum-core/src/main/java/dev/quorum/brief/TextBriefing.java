package dev.quorum.brief;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes a briefing as plain text for a terminal, wrapped to a width, in colour only on request. */
public final class TextBriefing {

  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String RESET = "\u001b[0m";

  private final int width;
  private final boolean colour;

  /**
   * @param width the column to wrap at (100 suits most terminals)
   * @param colour whether to use ANSI colours: only when writing to a terminal
   */
  public TextBriefing(int width, boolean colour) {
    if (width < 40) {
      throw new IllegalArgumentException("width " + width + " is below 40 columns");
    }
    this.width = width;
    this.colour = colour;
  }

  /** Writes {@code briefing} to {@code out}. */
  public void write(Briefing briefing, PrintWriter out) {
    out.println(style(BOLD, briefing.title()));
    out.println(Cites.count(briefing.sources().size(), "article") + " from " + briefing.origins()
        + " independent " + (briefing.origins() == 1 ? "origin" : "origins") + ", "
        + briefing.stories().size() + (briefing.stories().size() == 1 ? " story" : " stories"));
    for (Briefing.Story s : briefing.stories()) {
      out.println();
      out.println(style(BOLD, "== " + s.title()) + (s.span() == null ? "" : "  " + s.span()));
      wrap(out, "", "Articles: " + String.join(", ", s.articles()));
      for (Briefing.Event e : s.events()) {
        wrap(out, "  ", "- event: " + e.title() + " [" + String.join(", ", e.articles()) + "]");
      }
      if (!s.summary().isEmpty()) {
        heading(out, "Summary");
        for (Briefing.Statement st : s.summary()) {
          wrap(out, "  ", "* " + st.text() + " " + style(DIM, Cites.bracket(st.mentions(),
              st.origins())));
        }
      }
      if (!s.figures().isEmpty()) {
        heading(out, "Key figures");
        for (Briefing.Figure f : s.figures()) {
          String status = style(statusColour(f.status()), f.status().label());
          String line = "* " + Cites.figure(f) + " — " + status
              + (f.hedge() == null ? "" : " (\"" + f.hedge() + "\")")
              + (f.conflicts().isEmpty() ? "" : "; disputes " + String.join(", ", f.conflicts()))
              + " " + style(DIM, Cites.bracket(f.mentions(), f.origins()));
          wrap(out, "  ", "[" + f.id() + "] " + line.substring(2));
        }
      }
      if (!s.quotes().isEmpty()) {
        heading(out, "Quotes");
        for (Briefing.Quote q : s.quotes()) {
          String who = q.speaker() == null ? "unknown speaker" : q.speaker();
          String words = q.direct() ? "\u201c" + q.text() + "\u201d" : q.text();
          wrap(out, "  ", "* " + who + ": " + words + " "
              + style(DIM, Cites.bracket(q.mentions(), q.origins())));
        }
      }
      if (!s.entities().isEmpty()) {
        heading(out, "Who and where");
        for (Briefing.Entity e : s.entities()) {
          List<String> parts = new ArrayList<>();
          if (!e.aliases().isEmpty()) {
            parts.add("also " + String.join(", ", e.aliases()));
          }
          if (!e.roles().isEmpty()) {
            parts.add(String.join(", ", e.roles()));
          }
          wrap(out, "  ", "* " + e.name() + " (" + e.type().toLowerCase() + ")"
              + (parts.isEmpty() ? "" : ": " + String.join("; ", parts)));
        }
      }
      if (!s.timeline().isEmpty()) {
        heading(out, "Timeline");
        for (Briefing.Dated d : s.timeline()) {
          wrap(out, "  ", d.date() + "  " + d.article() + "  " + d.title());
        }
      }
    }
    out.println();
    heading(out, "Sources");
    for (Briefing.Source src : briefing.sources()) {
      wrap(out, "  ", src.article() + "  " + src.title()
          + (src.outlet() == null ? "" : " — " + src.outlet())
          + (src.published() == null ? "" : ", " + src.published())
          + "  (origin " + src.origin() + ")");
    }
    heading(out, "Copies");
    if (briefing.copies().isEmpty()) {
      out.println("  none: every article is its own origin");
    }
    for (Briefing.Copy c : briefing.copies()) {
      wrap(out, "  ", c.a() + " " + c.verb() + " " + c.b() + ": " + c.aligned() + " of "
          + c.sentencesOfB() + " sentences aligned");
    }
    out.flush();
  }

  private void heading(PrintWriter out, String name) {
    out.println(style(BOLD, name));
  }

  private static String statusColour(ClaimStatus s) {
    return switch (s) {
      case CORROBORATED -> GREEN;
      case DISPUTED -> RED;
      case UNVERIFIED, SINGLE_SOURCE -> YELLOW;
    };
  }

  private String style(String code, String s) {
    return colour ? code + s + RESET : s;
  }

  /** Word-wraps {@code text} at the width, continuation lines indented under the first. */
  private void wrap(PrintWriter out, String indent, String text) {
    String cont = indent + "  ";
    StringBuilder line = new StringBuilder(indent);
    int visible = indent.length();
    boolean first = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int w = visibleLength(word);
      if (!first && visible + 1 + w > width) {
        out.println(line);
        line.setLength(0);
        line.append(cont);
        visible = cont.length();
        first = true;
      }
      if (!first) {
        line.append(' ');
        visible++;
      }
      line.append(word);
      visible += w;
      first = false;
    }
    out.println(line);
  }

  private static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").codePointCount(0,
        s.replaceAll("\u001b\\[[0-9;]*m", "").length());
  }
}

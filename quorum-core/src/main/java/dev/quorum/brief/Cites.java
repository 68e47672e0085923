package dev.quorum.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Helpers the briefing writers share for naming sources and counting origins. */
final class Cites {

  private Cites() {}

  /** The distinct article ids of {@code mentions}, in citation order. */
  static List<String> articles(List<Citation> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    for (Citation c : mentions) {
      ids.add(c.article());
    }
    return new ArrayList<>(ids);
  }

  /** "1 article" or "3 articles". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "1 origin" or "3 origins". */
  static String origins(int n) {
    return n + (n == 1 ? " origin" : " origins");
  }

  /** "[002, 004; 1 origin]". */
  static String bracket(List<Citation> mentions, int origins) {
    return "[" + String.join(", ", articles(mentions)) + "; " + origins(origins) + "]";
  }

  /** A figure's one-line description without its sources. */
  static String figure(Briefing.Figure f) {
    StringBuilder b = new StringBuilder(f.value());
    if (f.quantity() != null && !f.quantity().isBlank()) {
      b.append(' ').append(f.quantity());
    }
    if (f.scope() != null && !f.scope().isBlank()) {
      b.append(" (").append(f.scope()).append(')');
    }
    if (f.claimant() != null && !f.claimant().isBlank()) {
      b.append(", according to ").append(f.claimant());
    }
    return b.toString();
  }
}

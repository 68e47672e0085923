package dev.quorum.clean.html;

import dev.quorum.clean.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that hold a page's main content: the best-scoring container by text,
 * commas and link density (in the manner of Readability), widened to its content-like siblings.
 *
 * <p>Paragraph-like segments vote for their ancestors, nearer ones getting more; an element's
 * class and id add or take away weight, and its score is scaled down by its link density. The
 * winner may be moved up to the common ancestor of several near-equal runners-up, since articles
 * split into several boxes would otherwise lose all but one of them.
 */
final class ContentSelector {

  /** Characters and linked characters of the text under each element. */
  static final class Stats {
    int chars;
    int linkChars;
    int paragraphs;
    int paragraphChars;
    int plainPChars;
    boolean containsPositive;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final Map<Element, String> reasons = new IdentityHashMap<>();
  private final List<Element> order = new ArrayList<>();
  private final Map<Element, Boolean> wrappers = new IdentityHashMap<>();
  private final Map<Element, Boolean> positives = new IdentityHashMap<>();
  private final Map<String, String> byNames = new HashMap<>();
  private final Element root;

  /** Plain paragraph text that makes a sibling of the best container part of the article. */
  private static final int SIBLING_PARAGRAPH_CHARS = 300;

  ContentSelector(Element root, List<Segment> segments) {
    this.root = root;
    for (Segment s : segments) {
      boolean para = s.chars() >= 25 && isParagraphLike(s);
      boolean positiveBelow = false;
      for (Element e = s.owner(); e != null; e = e.parent()) {
        Stats st = stats.computeIfAbsent(e, k -> new Stats());
        st.chars += s.chars();
        st.linkChars += s.linkChars();
        if (para) {
          st.paragraphs++;
          if (s.linkDensity() < 0.25) {
            st.paragraphChars += s.chars();
            if (s.kind() == Block.Kind.PARAGRAPH) {
              st.plainPChars += s.chars();
            }
          }
        }
        if (positiveBelow) {
          st.containsPositive = true;
        } else if (positive(e)) {
          positiveBelow = true;
        }
        if (e == root) {
          break;
        }
      }
    }
  }

  Stats stats(Element e) {
    Stats s = stats.get(e);
    return s == null ? new Stats() : s;
  }

  private boolean positive(Element e) {
    Boolean p = positives.get(e);
    if (p == null) {
      p = Boilerplate.isPositive(e);
      positives.put(e, p);
    }
    return p;
  }

  /** Marks the elements that enclose the chosen containers; their own markup is not judged. */
  void markWrappers(List<Element> containers) {
    for (Element c : containers) {
      for (Element e = c; e != null; e = e.parent()) {
        wrappers.put(e, Boolean.TRUE);
      }
    }
  }

  /**
   * The furniture reason of an element's own markup, or null; ignored for an element that encloses
   * the article body or half the page's text, since a site-wide wrapper with a "paywall" or "ad"
   * class says nothing about the text inside it.
   */
  String reason(Element e) {
    if (wrappers.containsKey(e)) {
      return null;
    }
    String r = ownReason(e);
    if (r == null) {
      return null;
    }
    Stats st = stats(e);
    Stats all = stats(root);
    if (r.equals("hidden") || (r.equals("comments") && !st.containsPositive)) {
      return r;
    }
    if (st.containsPositive || st.paragraphChars > 0.5 * all.paragraphChars) {
      return null;
    }
    if (st.chars > 0.5 * all.chars && Boilerplate.tagReason(e) == null) {
      return null;
    }
    return r;
  }

  private String ownReason(Element e) {
    String r = reasons.get(e);
    if (r == null) {
      r = Boilerplate.isHidden(e) ? "hidden" : Boilerplate.tagReason(e);
      if (r == null) {
        String names = Boilerplate.names(e);
        r = byNames.get(names);
        if (r == null) {
          String found = Boilerplate.namesReason(names);
          r = found == null ? "" : found;
          byNames.put(names, r);
        }
      }
      reasons.put(e, r);
    }
    return r.isEmpty() ? null : r;
  }


  /** The first furniture reason on the way from {@code e} up to, not including, {@code stop}. */
  String reasonBetween(Element e, Element stop) {
    for (Element x = e; x != null && x != stop; x = x.parent()) {
      String r = reason(x);
      if (r != null) {
        return r;
      }
      if (x == root) {
        break;
      }
    }
    return null;
  }

  /** The containers of the main content, in document order; empty when nothing scores. */
  List<Element> select(List<Segment> segments) {
    for (Segment s : segments) {
      if (s.chars() < 25 || !isParagraphLike(s) || unlikely(s.owner())
          || BoilerplateLines.isCookieNotice(s.text())) {
        continue;
      }
      double score = 1 + commas(s.text()) + Math.min(s.chars() / 100, 3);
      Element e = s.owner().normalName().equals("p") || s.owner().normalName().equals("pre")
          ? s.owner().parent()
          : s.owner();
      for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        Double old = scores.get(e);
        if (old == null) {
          order.add(e);
          scores.put(e, initial(e) + score * share);
        } else {
          scores.put(e, old + score * share);
        }
        if (e == root) {
          break;
        }
      }
    }
    Element top = null;
    double best = 0;
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Element e : order) {
      double f = scores.get(e) * (1 - stats(e).linkDensity());
      scores.put(e, f);
      ranked.add(Map.entry(e, f));
      if (f > best) {
        best = f;
        top = e;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = widen(top, best, ranked);
    return withSiblings(top, scores.getOrDefault(top, best));
  }

  /** Moves up to a common ancestor when several near-equal candidates share one. */
  private Element widen(Element top, double best, List<Map.Entry<Element, Double>> ranked) {
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, Double> c : ranked) {
      if (c.getKey() != top && c.getValue() >= 0.75 * best && !isAncestor(c.getKey(), top)
          && !isAncestor(top, c.getKey())) {
        alternatives.add(c.getKey());
      }
    }
    if (alternatives.size() >= 2) {
      for (Element p = top.parent(); p != null && p != root.parent(); p = p.parent()) {
        int contained = 0;
        for (Element a : alternatives) {
          if (isAncestor(p, a)) {
            contained++;
          }
        }
        if (contained >= 2 && !"body".equals(p.normalName())) {
          top = p;
          break;
        }
        if (p == root) {
          break;
        }
      }
    }
    // Readability's climb: an ancestor that scores higher than the best is the better container
    double last = scores.getOrDefault(top, best);
    double floor = last / 3;
    for (Element p = top.parent(); p != null && p != root; p = p.parent()) {
      Double ps = scores.get(p);
      if (ps == null) {
        continue;
      }
      if (ps < floor) {
        break;
      }
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    // an element that is its parent's only content is as good as its parent
    while (top != root && top.parent() != null && top.parent() != root) {
      Element parent = top.parent();
      Stats ps = stats(parent);
      Stats ts = stats(top);
      if (ps.chars > 0 && ts.chars >= 0.9 * ps.chars && reason(parent) == null
          && !"body".equals(parent.normalName())) {
        top = parent;
      } else {
        break;
      }
    }
    return top;
  }

  private List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    Set<Element> chosen = new LinkedHashSet<>();
    for (Element sib : parent.children()) {
      if (sib == top) {
        chosen.add(sib);
        continue;
      }
      if (reason(sib) != null) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sib.className())
          ? topScore * 0.2 : 0;
      Double sc = scores.get(sib);
      Stats st = stats(sib);
      if (sc != null && sc + bonus >= threshold) {
        chosen.add(sib);
      } else if (st.plainPChars >= SIBLING_PARAGRAPH_CHARS && st.linkDensity() < 0.3) {
        chosen.add(sib);
      } else if (sib.normalName().equals("p")) {
        double ld = st.linkDensity();
        if ((st.chars > 80 && ld < 0.25) || (st.chars > 0 && ld == 0 && sib.text().contains(". "))) {
          chosen.add(sib);
        }
      }
    }
    return new ArrayList<>(chosen);
  }

  private boolean unlikely(Element owner) {
    for (Element e = owner; e != null && e != root; e = e.parent()) {
      String r = reason(e);
      if (r != null && !positive(e)) {
        String tag = e.normalName();
        if (!tag.equals("article") && !tag.equals("main") && !tag.equals("body")) {
          return true;
        }
      }
    }
    return false;
  }

  private static double initial(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if ("articleBody".equals(e.attr("itemprop"))) {
      base += 30;
    }
    return base + Boilerplate.classWeight(e);
  }

  private static boolean isParagraphLike(Segment s) {
    return switch (s.kind()) {
      case PARAGRAPH, QUOTE, OTHER -> true;
      default -> false;
    };
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}

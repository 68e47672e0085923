package dev.quorum.clean.html;

import dev.quorum.clean.Block.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts the visible text of a page into segments, one per run of text inside a block-level element,
 * in document order; script, style and other non-text elements are skipped entirely.
 */
final class Segmenter {

  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
          "embed", "video", "audio", "source", "track", "img", "picture", "input", "textarea",
          "select", "head", "link", "meta", "map", "area", "param", "frame", "frameset", "title");

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
          "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
          "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
          "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
          "caption", "button", "label", "legend", "option", "html", "br");

  private Segmenter() {}

  static List<Segment> segment(Element root) {
    List<Segment> out = new ArrayList<>();
    Walker w = new Walker(out);
    w.stack.push(root);
    NodeTraversor.filter(w, root);
    w.flush(root);
    return out;
  }

  /**
   * True for an inline element whose text must not run into its paragraph's: hidden text (screen
   * reader hints, collapsed widgets) and picture captions or credits.
   */
  private static boolean detached(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("style") && !e.hasAttr("hidden")) {
      return false;
    }
    if (Boilerplate.isHidden(e)) {
      return true;
    }
    String names = Boilerplate.names(e);
    return names.contains("caption") || names.contains("credit");
  }

  /** The inline text collected before a detached element began. */
  private record Saved(
      Element element, String text, int linkChars, int chars, boolean pendingSpace) {}

  /** Accumulates inline text and emits a segment whenever a block boundary is crossed. */
  private static final class Walker implements NodeFilter {
    private final Deque<Saved> saved = new ArrayDeque<>();
    private final List<Segment> out;
    private final Deque<Element> stack = new ArrayDeque<>();
    private final StringBuilder buf = new StringBuilder();
    private int linkDepth;
    private int linkChars;
    private int chars;
    private boolean pendingSpace;

    Walker(List<Segment> out) {
      this.out = out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (depth == 0) {
        return FilterResult.CONTINUE;
      }
      if (tag.equals("br")) {
        pendingSpace = buf.length() > 0;
        return FilterResult.CONTINUE;
      }
      if (BLOCKS.contains(tag)) {
        flush(stack.peek());
        stack.push(e);
      } else if (detached(e)) {
        saved.push(new Saved(e, buf.toString(), linkChars, chars, pendingSpace));
        buf.setLength(0);
        linkChars = 0;
        chars = 0;
        pendingSpace = false;
        stack.push(e);
      } else if (tag.equals("a")) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (depth > 0 && node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          return FilterResult.CONTINUE;
        }
        if (!stack.isEmpty() && stack.peek() == e) {
          flush(e);
          stack.pop();
          if (!saved.isEmpty() && saved.peek().element() == e) {
            Saved back = saved.pop();
            buf.append(back.text());
            linkChars = back.linkChars();
            chars = back.chars();
            pendingSpace = back.pendingSpace();
          }
        } else if (tag.equals("a") && linkDepth > 0) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
          pendingSpace = buf.length() > 0;
        } else {
          if (pendingSpace) {
            buf.append(' ');
            pendingSpace = false;
          }
          buf.append(c);
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
    }

    void flush(Element owner) {
      if (buf.length() > 0 && owner != null) {
        out.add(new Segment(buf.toString(), kindOf(owner), owner, linkChars, chars));
      }
      buf.setLength(0);
      linkChars = 0;
      chars = 0;
      pendingSpace = false;
    }
  }

  private static Kind kindOf(Element owner) {
    for (Element e = owner; e != null; e = e.parent()) {
      String tag = e.normalName();
      switch (tag) {
        case "blockquote":
          return Kind.QUOTE;
        case "figcaption", "caption":
          return Kind.CAPTION;
        default:
          break;
      }
      if (e != owner && (tag.equals("p") || tag.equals("article") || tag.equals("body"))) {
        break;
      }
    }
    return switch (owner.normalName()) {
      case "p", "pre" -> Kind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li", "dd", "dt" -> Kind.LIST_ITEM;
      default -> Kind.OTHER;
    };
  }
}

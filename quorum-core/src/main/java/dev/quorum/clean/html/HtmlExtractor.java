package dev.quorum.clean.html;

import dev.quorum.clean.Block;
import dev.quorum.clean.ExtractedPage;
import dev.quorum.clean.MainContentExtractor;
import dev.quorum.model.Metadata;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text and the metadata of an HTML news or article page; every other visible piece
 * of text is kept as a removed block with the reason it was left out.
 *
 * <p>The page is cut into text segments ({@link Segmenter}), a Readability-style scorer picks the
 * container of the article ({@link ContentSelector}), and inside it furniture recognised by tag,
 * role, class or id ({@link Boilerplate}), link-dense lists and stock lines such as date lines,
 * picture credits and calls to action ({@link BoilerplateLines}) are dropped. When the container
 * yields almost nothing, a page-wide text-density filter is tried, and for pages whose text is
 * rendered by scripts the JSON-LD article body stands in. Instances hold no state, so one can be
 * shared between threads.
 */
public final class HtmlExtractor implements MainContentExtractor {

  private static final int MIN_KEPT_CHARS = 200;

  /** Creates an extractor; it has no configuration. */
  public HtmlExtractor() {}

  @Override
  public ExtractedPage extract(String html, String url) {
    try {
      return run(html == null ? "" : html, url);
    } catch (RuntimeException | StackOverflowError e) {
      return new ExtractedPage(Metadata.EMPTY.withUrl(url), List.of());
    }
  }

  private ExtractedPage run(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonLd ld = JsonLd.read(doc);
    Metadata metadata = MetadataReader.read(doc, ld, url);
    Element body = doc.body();
    List<Segment> segments = Segmenter.segment(body);
    ContentSelector selector = new ContentSelector(body, segments);
    List<Element> containers = selector.select(segments);
    selector.markWrappers(containers);
    String[] reasons = classify(segments, containers, selector, metadata.title());
    if (keptChars(segments, reasons) < MIN_KEPT_CHARS) {
      String[] dense = densityOnly(segments, selector);
      if (keptChars(segments, dense) > keptChars(segments, reasons)) {
        reasons = dense;
      }
    }
    List<Block> blocks = toBlocks(segments, reasons);
    int kept = keptChars(segments, reasons);
    if (kept < MIN_KEPT_CHARS && ld.articleBody() != null
        && ld.articleBody().length() >= Math.max(MIN_KEPT_CHARS, 2 * kept)) {
      blocks = fromJsonLd(blocks, ld.articleBody());
    }
    return new ExtractedPage(metadata, blocks);
  }

  /**
   * For pages whose text is rendered by scripts: the page's own blocks all become removed pieces
   * and the JSON-LD article body, one block per line, becomes the main text.
   */
  private static List<Block> fromJsonLd(List<Block> pageBlocks, String articleBody) {
    List<Block> out = new ArrayList<>();
    for (Block b : pageBlocks) {
      out.add(b.kept() ? new Block(b.text(), b.kind(), "replaced by JSON-LD article body") : b);
    }
    for (String line : articleBody.split("\\s*\\n\\s*")) {
      String t = MetadataReader.clean(line);
      if (t != null) {
        out.add(Block.paragraph(t));
      }
    }
    return out;
  }

  /** The removal reason of every segment, null for main content. */
  private static String[] classify(
      List<Segment> segments, List<Element> containers, ContentSelector selector, String title) {
    Map<Element, Boolean> isContainer = new IdentityHashMap<>();
    for (Element c : containers) {
      isContainer.put(c, Boolean.TRUE);
    }
    String[] reasons = new String[segments.size()];
    boolean titleSeen = false;
    boolean keptText = false;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      Element container = containerOf(s.owner(), isContainer);
      String r;
      boolean weak = false;
      if (container == null) {
        r = selector.reasonBetween(s.owner(), null);
        if (r == null) {
          weak = true;
          r = BoilerplateLines.isDateLine(s.text()) ? "date"
              : s.linkDensity() > 0.5 ? "link list" : "low text density";
        }
      } else {
        r = selector.reasonBetween(s.owner(), container);
        if (r == null) {
          r = insideReason(s, container, selector);
        }
      }
      if ((r == null || weak) && !titleSeen && s.kind() == Block.Kind.HEADING
          && (sameText(s.text(), title)
              || (r == null && !keptText && s.owner().normalName().equals("h1")))) {
        r = "title";
        titleSeen = true;
      }
      if (r == null && !keptText && s.kind() == Block.Kind.HEADING && s.chars() >= 80) {
        r = "standfirst";
      }
      if (r == null && s.kind() != Block.Kind.HEADING) {
        keptText = true;
      }
      reasons[i] = r;
    }
    dropOrphanHeadings(segments, reasons);
    return reasons;
  }

  /**
   * Removes kept headings that head no kept text: the last ones of the content, or ones whose
   * section was all removed before the next heading ("You may also like", "Comments").
   */
  private static void dropOrphanHeadings(List<Segment> segments, String[] reasons) {
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] != null || segments.get(i).kind() != Block.Kind.HEADING) {
        continue;
      }
      boolean removedBetween = false;
      int next = i + 1;
      while (next < reasons.length && reasons[next] != null) {
        removedBetween = true;
        next++;
      }
      if (next == reasons.length
          || (removedBetween && segments.get(next).kind() == Block.Kind.HEADING)) {
        reasons[i] = "orphan heading";
      }
    }
  }

  private static String insideReason(Segment s, Element container, ContentSelector selector) {
    if (BoilerplateLines.isBoilerplateLine(s.text())) {
      return "boilerplate";
    }
    if (BoilerplateLines.isCookieNotice(s.text())) {
      return "cookie notice";
    }
    if (s.kind() != Block.Kind.HEADING && BoilerplateLines.isDateLine(s.text())) {
      return "date";
    }
    if (BoilerplateLines.isCreditLine(s.text())) {
      return "caption";
    }
    if (BoilerplateLines.isMostlyUrls(s.text())) {
      return "urls";
    }
    if ((s.kind() == Block.Kind.PARAGRAPH || s.kind() == Block.Kind.OTHER)
        && BoilerplateLines.isCallToAction(s.text())) {
      return "promotion";
    }
    if (s.linkDensity() > 0.5 && s.chars() < 400) {
      return "link list";
    }
    if (s.chars() >= 150 && s.linkDensity() < 0.1) {
      return null;
    }
    for (Element e = s.owner().parent(); e != null && e != container; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
          || tag.equals("table")) {
        ContentSelector.Stats st = selector.stats(e);
        if (st.linkDensity() > 0.5 && st.chars < 2000) {
          return "link list";
        }
      }
    }
    return null;
  }

  /** Page-wide fallback: keep paragraph-like segments with enough text and few links. */
  private static String[] densityOnly(List<Segment> segments, ContentSelector selector) {
    String[] reasons = new String[segments.size()];
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String r = selector.reasonBetween(s.owner(), null);
      if (r == null && (s.chars() < 40 || s.linkDensity() > 0.3
          || s.kind() == Block.Kind.LIST_ITEM && s.linkDensity() > 0)) {
        r = "low text density";
      }
      reasons[i] = r;
    }
    return reasons;
  }

  private static Element containerOf(Element owner, Map<Element, Boolean> containers) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (containers.containsKey(e)) {
        return e;
      }
    }
    return null;
  }

  private static int keptChars(List<Segment> segments, String[] reasons) {
    int n = 0;
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] == null) {
        n += segments.get(i).chars();
      }
    }
    return n;
  }

  /** Kept segments become blocks; runs of removed ones with one reason merge into one block. */
  private static List<Block> toBlocks(List<Segment> segments, String[] reasons) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    String runReason = null;
    Block.Kind runKind = null;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String r = reasons[i];
      if (runReason != null && !runReason.equals(r)) {
        blocks.add(new Block(run.toString(), runKind, runReason));
        run.setLength(0);
        runReason = null;
      }
      if (r == null) {
        blocks.add(new Block(s.text(), s.kind(), null));
      } else {
        if (runReason == null) {
          runReason = r;
          runKind = s.kind();
        } else {
          run.append('\n');
          if (runKind != s.kind()) {
            runKind = Block.Kind.OTHER;
          }
        }
        run.append(s.text());
      }
    }
    if (runReason != null) {
      blocks.add(new Block(run.toString(), runKind, runReason));
    }
    return blocks;
  }

  private static boolean sameText(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    return x.equals(y) || (x.length() > 15 && y.startsWith(x)) || (y.length() > 15 && x.startsWith(y));
  }
}

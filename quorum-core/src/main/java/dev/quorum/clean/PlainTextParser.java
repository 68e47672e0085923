package dev.quorum.clean;

import dev.quorum.model.Metadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the body of a plain-text article into paragraph blocks and takes the headline, outlet,
 * byline and date lines of its header into metadata.
 *
 * <p>Three layouts occur: paragraphs separated by blank lines, one paragraph per line, and hard
 * wrapped newswire where a paragraph runs over several lines of similar length that mostly end
 * without terminal punctuation. The layout is told from the lines that are followed by another
 * non-blank line: when most of them end without a sentence end and lines are no longer than a
 * terminal's width, the text is wrapped and such lines are joined; a paragraph break inside a group
 * of lines is then an indented line or a short line that ends a sentence. Otherwise every line is
 * a paragraph of its own. Header lines are recorded as removed blocks ({@code title},
 * {@code outlet}, {@code byline}, {@code date}) so nothing is lost. Stateless and thread-safe.
 */
public final class PlainTextParser {

  /** A headline has at most this many words. */
  static final int HEADLINE_MAX_WORDS = 20;
  /** Wrapped lines are at most this long (90th percentile, in characters). */
  static final int WRAP_MAX_WIDTH = 110;

  private record Line(String text, boolean indented) {}

  private record Para(String text, boolean blankAfter) {}

  /** Parses {@code body}; never throws: an empty or null body yields no blocks. */
  public ParsedText parse(String body) {
    return parse(body, true);
  }

  /**
   * Parses {@code body}; with {@code mayOpenWithHeadline} false (bodies from containers that keep
   * the headline in a field of their own: SGML, JSON, feeds) the first line is never taken for a
   * headline. Never throws.
   */
  public ParsedText parse(String body, boolean mayOpenWithHeadline) {
    if (body == null || body.isBlank()) {
      return new ParsedText(List.of(), Metadata.EMPTY);
    }
    try {
      List<Line> lines = lines(body);
      boolean wrapped = isWrapped(lines);
      return header(paragraphs(lines, wrapped), wrapped, mayOpenWithHeadline);
    } catch (RuntimeException | StackOverflowError e) {
      // not expected; still, a stage never throws on bad input: every line is a paragraph
      List<Block> blocks = new ArrayList<>();
      for (String line : TextNormalizer.normalize(body).split("\n")) {
        if (!line.isEmpty()) {
          blocks.add(Block.paragraph(line));
        }
      }
      return new ParsedText(blocks, Metadata.EMPTY);
    }
  }

  private static List<Line> lines(String body) {
    String[] raw = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (String r : raw) {
      String t = TextNormalizer.normalizeParagraph(r);
      boolean indented = !t.isEmpty() && (r.startsWith("\t") || r.startsWith("  ")
          || r.startsWith("\u00A0") || r.startsWith("\u3000"));
      lines.add(new Line(t, indented));
    }
    return lines;
  }

  /** True when the text is hard-wrapped (see the class comment). */
  static boolean isWrapped(List<Line> lines) {
    int inner = 0;
    int open = 0;
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text;
      if (t.isEmpty()) {
        continue;
      }
      lengths.add(t.length());
      if (i + 1 < lines.size() && !lines.get(i + 1).text.isEmpty()) {
        inner++;
        if (!LineFeatures.endsSentence(t)) {
          open++;
        }
      }
    }
    if (inner < 3 || open * 2 < inner) {
      return false;
    }
    return percentile(lengths, 0.9) <= WRAP_MAX_WIDTH;
  }

  private static int percentile(List<Integer> values, double q) {
    int[] v = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(v);
    return v.length == 0 ? 0 : v[Math.min(v.length - 1, (int) Math.floor(q * v.length))];
  }

  private static List<Para> paragraphs(List<Line> lines, boolean wrapped) {
    List<Para> out = new ArrayList<>();
    if (!wrapped) {
      for (int i = 0; i < lines.size(); i++) {
        String t = lines.get(i).text;
        if (!t.isEmpty()) {
          out.add(new Para(t, i + 1 < lines.size() && lines.get(i + 1).text.isEmpty()));
        }
      }
      return out;
    }
    List<Integer> lengths = new ArrayList<>();
    int indentedCount = 0;
    int nonBlank = 0;
    for (Line l : lines) {
      if (!l.text.isEmpty()) {
        lengths.add(l.text.length());
        nonBlank++;
        if (l.indented) {
          indentedCount++;
        }
      }
    }
    int width = percentile(lengths, 0.9);
    boolean indentMarksParagraphs = indentedCount > 0 && indentedCount < nonBlank;
    StringBuilder cur = new StringBuilder();
    String prev = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.text.isEmpty()) {
        if (cur.length() > 0) {
          out.add(new Para(cur.toString(), true));
          cur.setLength(0);
        }
        prev = null;
        continue;
      }
      boolean breakBefore = prev != null
          && ((indentMarksParagraphs && l.indented)
              || (LineFeatures.endsSentence(prev) && prev.length() < 0.6 * width));
      if (breakBefore && cur.length() > 0) {
        out.add(new Para(cur.toString(), false));
        cur.setLength(0);
      }
      if (cur.length() > 0) {
        cur.append(' ');
      }
      cur.append(l.text);
      prev = l.text;
    }
    if (cur.length() > 0) {
      out.add(new Para(cur.toString(), false));
    }
    return out;
  }

  private static ParsedText header(List<Para> paras, boolean wrapped, boolean mayOpenWithHeadline) {
    List<Block> blocks = new ArrayList<>(paras.size());
    Metadata meta = Metadata.EMPTY;
    int i = 0;
    if (mayOpenWithHeadline && paras.size() >= 2 && isHeadline(paras, wrapped)) {
      String title = paras.get(0).text;
      blocks.add(new Block(title, Block.Kind.HEADING, "title"));
      meta = meta.withTitle(title);
      i = 1;
      if (MetaLines.outletLike(paras.get(1).text) && MetaLines.byline(paras.get(1).text) == null
          && MetaLines.dateLine(paras.get(1).text) == null && paras.size() > 2) {
        blocks.add(new Block(paras.get(1).text, Block.Kind.OTHER, "outlet"));
        meta = meta.withOutlet(paras.get(1).text);
        i = 2;
      }
    }
    // up to three byline or date lines may follow (or open a text without a headline)
    for (int k = 0; k < 3 && i < paras.size() - 1; k++) {
      String t = paras.get(i).text;
      String by = MetaLines.byline(t);
      String date = MetaLines.dateLine(t);
      if (by == null && MetaLines.nameWithOutlet(t) != null && meta.title() != null) {
        by = t;
      }
      if (by != null) {
        blocks.add(new Block(t, Block.Kind.OTHER, "byline"));
        meta = meta.byline() == null ? meta.withByline(by) : meta;
      } else if (date != null) {
        blocks.add(new Block(t, Block.Kind.OTHER, "date"));
        meta = meta.published() == null ? meta.withPublished(date) : meta;
      } else {
        break;
      }
      i++;
    }
    for (; i < paras.size(); i++) {
      blocks.add(Block.paragraph(paras.get(i).text));
    }
    return new ParsedText(blocks, meta);
  }

  /**
   * The first paragraph is a headline when it is short, one sentence at most, not a lead-in
   * ending in a colon, and either has no terminal punctuation, or is followed by an outlet, byline
   * or date line, or (in a text that is not hard-wrapped newswire, where short one-sentence ledes
   * are common) stands alone before a blank line while being much shorter than the paragraphs after
   * it. A paragraph that opens with a dateline is a lede, and a byline or date line is itself,
   * never a headline.
   */
  private static boolean isHeadline(List<Para> paras, boolean wrapped) {
    Para first = paras.get(0);
    String t = first.text;
    int words = LineFeatures.words(t);
    if (words < 2 || words > HEADLINE_MAX_WORDS || t.length() > 160
        || LineFeatures.endsWithColon(t) || LineFeatures.sentenceCount(t) > 1
        || !LineFeatures.startsCapitalised(t) || MetaLines.opensWithDateline(t)
        || MetaLines.byline(t) != null || MetaLines.dateLine(t) != null) {
      return false;
    }
    if (!LineFeatures.endsSentence(t)) {
      return true;
    }
    String next = paras.get(1).text;
    if (MetaLines.byline(next) != null || MetaLines.dateLine(next) != null
        || MetaLines.nameWithOutlet(next) != null
        || MetaLines.outletLike(next) && paras.size() > 2) {
      return true;
    }
    if (!first.blankAfter || wrapped) {
      return false;
    }
    List<Integer> rest = new ArrayList<>();
    for (int k = 1; k < paras.size(); k++) {
      rest.add(LineFeatures.words(paras.get(k).text));
    }
    return words * 2 <= percentile(rest, 0.5);
  }
}

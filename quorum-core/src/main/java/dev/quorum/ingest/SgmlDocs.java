package dev.quorum.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls the fields out of one TREC/LDC {@code <DOC>} element: DOCNO, headline, date, text. */
final class SgmlDocs {

  private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ANNOTATION =
      Pattern.compile(
          "<ANNOTATION(?:\\s[^>]*)?>.*?</ANNOTATION\\s*>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PARA =
      Pattern.compile("</?P(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAS_PARA =
      Pattern.compile("<P(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern INDENTED = Pattern.compile("\\n(?=[ \\t]{2,}\\S|\\t\\S)");
  private static final Pattern DOCNO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{6})(?!\\d)");
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");

  /**
   * The fields of a DOC, each null when absent; {@code body} has paragraphs split by blank lines.
   */
  record Doc(
      String docno,
      String title,
      String published,
      String byline,
      String dateline,
      String body,
      boolean hasText) {}

  private static final Pattern ID_ATTRIBUTE =
      Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);

  /** Opening and closing patterns per tag name, compiled once. */
  private static final Map<String, Pattern[]> TAG_PATTERNS = new ConcurrentHashMap<>();

  private SgmlDocs() {}

  private static Pattern[] tagPatterns(String name) {
    return new Pattern[] {
      Pattern.compile("<" + name + "(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE),
      Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE)
    };
  }

  /**
   * The fields of one DOC.
   *
   * @param openTag the {@code <DOC ...>} tag itself, whose {@code id} attribute stands in for a
   *     missing DOCNO (as in Gigaword and AQUAINT-2)
   * @param doc the content between the DOC tags
   */
  static Doc parse(String openTag, String doc) {
    String docno = inline(firstTag(doc, "DOCNO"));
    if (docno == null && openTag != null) {
      Matcher id = ID_ATTRIBUTE.matcher(openTag);
      docno = id.find() ? id.group(1) : null;
    }
    String dateline = inline(firstTag(doc, "DATELINE"));
    String title = inline(firstTag(doc, "HEADLINE", "HL", "TITLE", "HEAD"));
    String byline = inline(firstTag(doc, "BYLINE"));
    if (byline != null) {
      byline = BY.matcher(byline).replaceFirst("");
    }
    String published = Dates.toIso(inline(firstTag(doc, "DATE_TIME", "DATE", "PUBDATE")));
    if (published == null && docno != null) {
      Matcher m = DOCNO_DATE.matcher(docno);
      if (m.find()) {
        published = Dates.toIso(m.group(1));
      }
    }
    List<String> texts = allTags(doc, "TEXT");
    List<String> paras = new ArrayList<>();
    for (String t : texts) {
      paragraphs(t, paras);
    }
    return new Doc(
        docno, title, published, byline, dateline, String.join("\n\n", paras), !texts.isEmpty());
  }

  private static void paragraphs(String text, List<String> out) {
    String t = ANNOTATION.matcher(text).replaceAll("\n\n");
    String[] pieces;
    if (HAS_PARA.matcher(t).find()) {
      pieces = PARA.split(t);
    } else {
      pieces = BLANK_LINE.split(t);
      if (pieces.length == 1) {
        pieces = INDENTED.split(t);
      }
    }
    for (String p : pieces) {
      String s = inline(p);
      if (s != null) {
        out.add(s);
      }
    }
  }

  /** Tags removed, entities decoded, white space collapsed; null when nothing is left. */
  static String inline(String s) {
    if (s == null) {
      return null;
    }
    String t = SgmlEntities.decode(TAGS.matcher(s).replaceAll(" "));
    t = SPACE.matcher(t).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  private static String firstTag(String doc, String... names) {
    for (String n : names) {
      List<String> all = allTags(doc, n, 1);
      if (!all.isEmpty() && inline(all.get(0)) != null) {
        return all.get(0);
      }
    }
    return null;
  }

  private static List<String> allTags(String doc, String name) {
    return allTags(doc, name, Integer.MAX_VALUE);
  }

  private static List<String> allTags(String doc, String name, int max) {
    Pattern[] tag = TAG_PATTERNS.computeIfAbsent(name, SgmlDocs::tagPatterns);
    Pattern open = tag[0];
    Pattern close = tag[1];
    List<String> out = new ArrayList<>();
    Matcher o = open.matcher(doc);
    int from = 0;
    while (out.size() < max && o.find(from)) {
      Matcher c = close.matcher(doc);
      if (!c.find(o.end())) {
        break;
      }
      out.add(doc.substring(o.end(), c.start()));
      from = c.end();
    }
    return out;
  }
}

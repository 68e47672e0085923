package dev.quorum.ingest;

import dev.quorum.model.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** Any start or end tag: group 1 is the slash of an end tag, group 2 the name. */
  private static final Pattern ANY_TAG = Pattern.compile("<(/?)([A-Za-z_][A-Za-z0-9_.:-]*)[^>]*>");

  /** The elements whose content is used; all others are left inside their parent's text. */
  private static final Set<String> WANTED =
      Set.of(
          "DOCNO", "HEADLINE", "HL", "TITLE", "HEAD", "BYLINE", "DATELINE", "DATE_TIME", "DATE",
          "PUBDATE", "TEXT");

  private SgmlDocs() {}

  /**
   * The contents of the wanted elements of a DOC, by upper-case tag name, in document order, found
   * in one pass over the DOC (tags of the same name are not expected to nest).
   */
  private static Map<String, List<String>> elements(String doc) {
    Map<String, Integer> openAt = new HashMap<>();
    Map<String, List<String>> out = new HashMap<>();
    Matcher m = ANY_TAG.matcher(doc);
    while (m.find()) {
      String name = m.group(2).toUpperCase(Locale.ROOT);
      if (!WANTED.contains(name)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        openAt.putIfAbsent(name, m.end());
      } else {
        Integer start = openAt.remove(name);
        if (start != null) {
          out.computeIfAbsent(name, k -> new ArrayList<>()).add(doc.substring(start, m.start()));
        }
      }
    }
    return out;
  }

  /**
   * The fields of one DOC.
   *
   * @param openTag the {@code <DOC ...>} tag itself, whose {@code id} attribute stands in for a
   *     missing DOCNO (as in Gigaword and AQUAINT-2)
   * @param doc the content between the DOC tags
   */
  static Doc parse(String openTag, String doc) {
    Map<String, List<String>> el = elements(doc);
    String docno = inline(firstTag(el, "DOCNO"));
    if (docno == null && openTag != null) {
      Matcher id = ID_ATTRIBUTE.matcher(openTag);
      docno = id.find() ? id.group(1) : null;
    }
    String dateline = inline(firstTag(el, "DATELINE"));
    String title = inline(firstTag(el, "HEADLINE", "HL", "TITLE", "HEAD"));
    String byline = inline(firstTag(el, "BYLINE"));
    if (byline != null) {
      byline = BY.matcher(byline).replaceFirst("");
    }
    String published = Dates.toIso(inline(firstTag(el, "DATE_TIME", "DATE", "PUBDATE")));
    if (published == null && docno != null) {
      Matcher m = DOCNO_DATE.matcher(docno);
      if (m.find()) {
        published = Dates.toIso(m.group(1));
      }
    }
    List<String> texts = el.getOrDefault("TEXT", List.of());
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

  private static String firstTag(Map<String, List<String>> elements, String... names) {
    for (String n : names) {
      for (String content : elements.getOrDefault(n, List.of())) {
        if (inline(content) != null) {
          return content;
        }
      }
    }
    return null;
  }
}

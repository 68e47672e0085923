package dev.quorum.clean.html;

import dev.quorum.model.Dates;
import dev.quorum.model.Metadata;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, publication date, outlet and canonical URL from a page's meta tags, JSON-LD
 * and markup, in that order of trust.
 */
final class MetadataReader {

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:•·»]{1,2}\\s+");
  private static final Pattern LEADING_BY =
      Pattern.compile("^(?:written\\s+)?by[:\\s]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WS = Pattern.compile("\\s+");
  private static final Pattern TRAILING_DATE =
      Pattern.compile(
          "[\\s,|·•-]+(on\\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
              + "|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
              + "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|updated|published).*$",
          Pattern.CASE_INSENSITIVE);

  private MetadataReader() {}

  static Metadata read(Document doc, JsonLd ld, String url) {
    String outlet = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
    String title = title(doc, ld, outlet);
    String byline = byline(doc, ld);
    String published =
        firstDate(
            meta(doc, "article:published_time"),
            ld.datePublished(),
            meta(doc, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "publish-date"),
            meta(doc, "sailthru.date"),
            meta(doc, "parsely-pub-date"),
            meta(doc, "dc.date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dcterms.created"),
            meta(doc, "og:published_time"),
            attr(doc.selectFirst("time[datetime]"), "datetime"),
            attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
            attr(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime"));
    String canonical =
        first(
            absolute(doc.selectFirst("link[rel=canonical][href]")),
            httpOnly(meta(doc, "og:url")),
            ld.url(),
            url);
    return new Metadata(title, canonical, outlet, byline, published, null);
  }

  private static String title(Document doc, JsonLd ld, String outlet) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return stripSuffix(og, outlet, false);
    }
    if (ld.headline() != null) {
      return clean(ld.headline());
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      String t = clean(h1.text());
      if (t != null && t.length() >= 8) {
        return t;
      }
    }
    String t = meta(doc, "twitter:title");
    if (t != null) {
      return stripSuffix(t, outlet, false);
    }
    return stripSuffix(doc.title(), outlet, true);
  }

  /** Cuts a trailing " | Site" from a title: always for {@code <title>}, else only the outlet. */
  static String stripSuffix(String raw, String outlet, boolean anyShortSuffix) {
    String t = clean(raw);
    if (t == null) {
      return null;
    }
    var m = TITLE_SEPARATOR.matcher(t);
    int cut = -1;
    int after = -1;
    while (m.find()) {
      cut = m.start();
      after = m.end();
    }
    if (cut <= 0) {
      return t;
    }
    String head = t.substring(0, cut).strip();
    String tail = t.substring(after).strip();
    String lowTail = tail.toLowerCase(Locale.ROOT);
    String lowOutlet = outlet == null ? null : outlet.toLowerCase(Locale.ROOT);
    boolean isOutlet =
        lowOutlet != null
            && !lowTail.isEmpty()
            && (lowOutlet.contains(lowTail) || lowTail.contains(lowOutlet));
    boolean shortTail = tail.split("\\s+").length <= 4 && head.length() > tail.length();
    if ((isOutlet || (anyShortSuffix && shortTail)) && head.length() >= 8) {
      return head;
    }
    return t;
  }

  private static String byline(Document doc, JsonLd ld) {
    String fromMeta = meta(doc, "author");
    if (fromMeta != null && !fromMeta.startsWith("http") && fromMeta.length() <= 120) {
      return withoutBy(fromMeta);
    }
    if (ld.author() != null) {
      return withoutBy(ld.author());
    }
    String articleAuthor = meta(doc, "article:author");
    if (articleAuthor != null && !articleAuthor.startsWith("http")) {
      return withoutBy(articleAuthor);
    }
    for (String css :
        new String[] {
          "[rel=author]",
          "[itemprop=author] [itemprop=name]",
          "[itemprop=author]"
        }) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        String t = clean(e.text());
        if (t != null && t.length() <= 120) {
          return withoutBy(t);
        }
      }
    }
    for (Element e : doc.select("[class*=byline], [class*=author]")) {
      if (e.closest("form, label, [class*=comment], [id*=comment]") != null) {
        continue;
      }
      String t = clean(TRAILING_DATE.matcher(e.text()).replaceFirst(""));
      if (t != null && t.length() >= 4 && t.length() <= 80 && !t.contains("http")) {
        return withoutBy(t);
      }
    }
    return null;
  }

  private static String withoutBy(String s) {
    String t = clean(s);
    if (t == null) {
      return null;
    }
    t = LEADING_BY.matcher(t).replaceFirst("").strip();
    return t.isEmpty() ? null : t;
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      String k = m.attr("property");
      if (k.isEmpty()) {
        k = m.attr("name");
      }
      if (k.isEmpty()) {
        k = m.attr("itemprop");
      }
      if (k.equalsIgnoreCase(key)) {
        String c = clean(m.attr("content"));
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : clean(e.attr(name));
  }

  private static String absolute(Element link) {
    if (link == null) {
      return null;
    }
    String abs = link.absUrl("href");
    return httpOnly(abs.isEmpty() ? link.attr("href") : abs);
  }

  private static String httpOnly(String u) {
    return u != null && (u.startsWith("http://") || u.startsWith("https://")) ? u.strip() : null;
  }

  private static String firstDate(String... raws) {
    for (String r : raws) {
      String iso = Dates.toIso(r);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = WS.matcher(s).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }
}

package dev.quorum.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Generic clues that an element is page furniture rather than article text: its tag, its ARIA
 * role, the words in its class and id, and markup that hides it.
 */
final class Boilerplate {

  /**
   * A removal reason and the class/id words that stand for it: substrings found anywhere in the
   * lower-cased names, or whole words (names split at spaces, hyphens and underscores).
   */
  private record Rule(String reason, List<String> substrings, Set<String> words) {

    boolean matches(String names, List<String> nameWords) {
      for (String sub : substrings) {
        if (names.contains(sub)) {
          return true;
        }
      }
      for (String w : nameWords) {
        if (words.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Checked in order; the first match names the reason. */
  private static final List<Rule> NEGATIVE =
      List.of(
          new Rule("comments",
              List.of("comment", "disqus", "replies", "respond", "discussion", "talkback"),
              Set.of()),
          new Rule("related links",
              List.of("related", "recommend", "more-stories", "morestories", "more-articles",
                  "more-news", "more-from", "more-on-", "read-more", "readmore", "readnext",
                  "read-next", "outbrain", "taboola", "trending", "popular", "most-read",
                  "mostread", "most-viewed", "mostviewed", "also-read", "see-also",
                  "next-article", "recirc", "teaser", "promo-list", "card-list", "cards-list"),
              Set.of()),
          new Rule("share",
              List.of("share", "sharing", "social", "follow-us", "followus", "addthis"),
              Set.of()),
          new Rule("cookie notice",
              List.of("cookie", "consent", "gdpr", "privacy-banner", "privacy-notice"), Set.of()),
          new Rule("advertising",
              List.of("advertis", "sponsored", "doubleclick", "adsense", "adblock", "adslot",
                  "adunit", "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "commercial",
                  "affiliate", "outstream"),
              Set.of("ad", "ads", "adv", "advert", "dfp", "gpt", "banner", "sponsor", "promo",
                  "promotion", "promoted")),
          new Rule("newsletter",
              List.of("newsletter", "subscri", "signup", "sign-up",
                  "registration", "login"),
              Set.of()),
          new Rule("navigation",
              List.of("navigation", "navbar", "breadcrumb", "pagination", "nav-", "-nav",
                  "menu-", "-menu", "skip-link", "masthead", "topbar"),
              Set.of("nav", "menu", "pager", "skiplink")),
          new Rule("footer", List.of("footer", "copyright", "colophon"), Set.of("foot")),
          new Rule("aside",
              List.of("sidebar", "side-bar", "right-col", "rightcol", "right-rail", "sidenav"),
              Set.of("aside", "rail", "widget", "sidecol")),
          new Rule("tags", List.of("tag-list", "taglist"),
              Set.of("tag", "tags", "keywords", "topics", "categories")),
          new Rule("byline",
              List.of("byline", "author-bio", "authorbio", "author-info", "authorinfo",
                  "article-meta", "post-meta", "entry-meta"),
              Set.of("author", "authors", "dateline", "timestamp", "published", "pubdate",
                  "date", "meta")),
          new Rule("caption",
              List.of("caption", "credit", "gallery", "slideshow", "lightbox"), Set.of()),
          new Rule("widget", List.of(),
              Set.of("modal", "popup", "overlay", "toolbar", "tools", "print", "skip")));

  private static final List<String> POSITIVE =
      List.of("article-body", "articlebody", "article-content", "articlecontent", "article-text",
          "articletext", "article--body", "article--content", "story-body", "storybody",
          "story-content", "storycontent", "story-text", "entry-content", "post-content",
          "postcontent", "post-body", "postbody", "post-text", "body-text", "bodytext",
          "main-content", "maincontent", "content-body", "contentbody", "rich-text", "richtext");

  private static final List<String> PICTURES =
      List.of("caption", "credit", "image", "img", "photo", "picture", "video", "gallery");

  private static final List<String> WEAK_POSITIVE =
      List.of("article", "body", "content", "entry", "main", "page", "post", "text", "blog",
          "story", "paragraph");

  private static final Set<String> HIDDEN_CLASSES =
      Set.of(
          "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
          "screen-reader-only", "is-hidden", "d-none", "u-hidden", "offscreen", "element-invisible");


  private Boilerplate() {}

  /** Why an element's own tag, class or id marks it as furniture, or null when nothing does. */
  static String reason(Element e) {
    String r = tagReason(e);
    return r != null ? r : namesReason(names(e));
  }

  /** Why an element's tag or ARIA role marks it as furniture, or null. */
  static String tagReason(Element e) {
    switch (e.normalName()) {
      case "nav":
        return "navigation";
      case "footer":
        return "footer";
      case "aside":
        return "aside";
      case "figure", "figcaption":
        return "caption";
      case "form", "button", "select", "fieldset", "label", "input", "textarea", "dialog":
        return "form";
      default:
        break;
    }
    String role = e.attr("role");
    if (role.isEmpty()) {
      return null;
    }
    return switch (role) {
      case "navigation", "menu", "menubar" -> "navigation";
      case "contentinfo" -> "footer";
      case "complementary" -> "aside";
      case "dialog", "alertdialog" -> "widget";
      default -> null;
    };
  }

  /** Why lower-cased class and id words ({@link #names}) mark an element as furniture, or null. */
  static String namesReason(String names) {
    if (names.isEmpty() || containsAny(names, POSITIVE)) {
      return null;
    }
    if (names.contains("embed") && !containsAny(names, PICTURES)) {
      // embedded posts (tweets, Instagram) sit in "social-embed" boxes but belong to the story
      return null;
    }
    List<String> words = words(names);
    for (Rule r : NEGATIVE) {
      if (r.matches(names, words)) {
        return r.reason;
      }
    }
    return null;
  }

  private static boolean containsAny(String names, List<String> subs) {
    for (String sub : subs) {
      if (names.contains(sub)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String names) {
    List<String> words = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
        if (i > start) {
          words.add(names.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  /** True for an element whose class or id names the article body itself. */
  static boolean isPositive(Element e) {
    if ("articleBody".equals(e.attr("itemprop"))) {
      return true;
    }
    String names = names(e);
    return !names.isEmpty() && containsAny(names, POSITIVE);
  }

  /** Readability-style class weight: +25 for content-like names, -25 for furniture-like ones. */
  static int classWeight(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (containsAny(names, POSITIVE)) {
      w += 35;
    } else if (containsAny(names, WEAK_POSITIVE)) {
      w += 25;
    }
    if (reason(e) != null) {
      w -= 25;
    }
    return w;
  }

  /** True when the element is hidden by its own markup. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    if (e.hasAttr("class")) {
      for (String c : e.classNames()) {
        if (HIDDEN_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An element's class and id, lower-cased and joined by a space. */
  static String names(Element e) {
    String c = e.attr("class");
    String id = e.id();
    String n = c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id;
    return n.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

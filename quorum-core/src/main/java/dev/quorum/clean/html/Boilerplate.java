package dev.quorum.clean.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Generic clues that an element is page furniture rather than article text: its tag, the words in
 * its class and id, and lines that are boilerplate on any site.
 */
final class Boilerplate {

  /** A class/id pattern and the removal reason it stands for. */
  private record Rule(Pattern pattern, String reason) {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** Checked in order; the first match names the reason. */
  private static final List<Rule> NEGATIVE =
      List.of(
          new Rule(p("comment|disqus|replies|respond|discussion|talkback"), "comments"),
          new Rule(
              p(
                  "related|recommend|more-?(stories|articles|news|from|on)|read-?more|readnext"
                      + "|read-next|outbrain|taboola|trending|popular|most-?read|most-?viewed"
                      + "|also-?read|see-?also|next-?article|recirc|teaser|promo-?list|cards?-list"),
              "related links"),
          new Rule(p("share|sharing|social|follow-?us|sharethis|addthis"), "share"),
          new Rule(
              p(
                  "(^|[\\s_-])(ad|ads|adv|advert\\w*|ad-?slot|ad-?unit|dfp|gpt|banner|sponsor\\w*"
                      + "|promo\\w*|commercial|affiliate|outstream)([\\s_-]|\\d|$)"
                      + "|advertis|sponsored|doubleclick|adsense|adblock"),
              "advertising"),
          new Rule(
              p("newsletter|subscri|signup|sign-up|paywall|regwall|registration|meter|piano|login"),
              "newsletter"),
          new Rule(p("cookie|consent|gdpr|privacy-?(banner|notice)"), "cookie notice"),
          new Rule(
              p("(^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|masthead|topbar|skip-?link)"
                  + "|-nav([\\s_-]|$)|nav-|menu-|breadcrumb|pagination|pager"),
              "navigation"),
          new Rule(p("footer|(^|[\\s_-])foot([\\s_-]|$)|copyright|colophon"), "footer"),
          new Rule(
              p("sidebar|side-?bar|(^|[\\s_-])(aside|rail|right-?col|widget|sidecol|sidenav)"),
              "aside"),
          new Rule(p("(^|[\\s_-])(tags?|tag-?list|keywords|topics|categories)([\\s_-]|$)"), "tags"),
          new Rule(
              p("byline|(^|[\\s_-])(author|authors|author-?bio|author-?info|dateline|timestamp"
                  + "|published|pubdate|date|meta|article-?meta|post-?meta|entry-?meta)([\\s_-]|$)"),
              "byline"),
          new Rule(p("(^|[\\s_-])(modal|popup|overlay|toolbar|tools|print|skip)([\\s_-]|$)"), "widget"));

  private static final Pattern POSITIVE =
      p(
          "article-?body|articlebody|article-?content|article-?text|story-?body|story-?content"
              + "|story-?text|entry-?content|post-?content|post-?body|post-?text|body-?text"
              + "|main-?content|content-?body|article__body|article__content|rich-?text|prose");

  private static final Pattern WEAK_POSITIVE =
      p("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph");

  private static final Set<String> HIDDEN_CLASSES =
      Set.of(
          "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
          "screen-reader-only", "is-hidden", "d-none", "u-hidden", "offscreen", "element-invisible");

  private static final Set<String> BOILERPLATE_LINES =
      Set.of(
          "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content",
          "share", "share this", "share this article", "share this story", "share on facebook",
          "share on twitter", "tweet", "email", "print", "comments", "comment", "read more",
          "continue reading", "related", "related articles", "related stories", "recommended",
          "skip to content", "skip to main content", "scroll to continue", "story continues below",
          "story continues below advertisement", "article continues below", "continue reading below",
          "advertisement - scroll to continue", "click to expand", "loading", "loading...",
          "subscribe", "sign up", "log in", "sign in", "close", "menu", "search", "back to top",
          "view comments", "show comments", "hide caption", "toggle caption", "enlarge this image",
          "image", "photo", "video", "watch", "listen", "play", "copy link", "link copied");

  private Boilerplate() {}

  /** Why an element's own tag, class or id marks it as furniture, or null when nothing does. */
  static String reason(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "nav":
        return "navigation";
      case "footer":
        return "footer";
      case "aside":
        return "aside";
      case "form", "button", "select", "fieldset", "label", "input", "textarea", "dialog":
        return "form";
      default:
        break;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
      return "navigation";
    }
    if (role.equals("contentinfo")) {
      return "footer";
    }
    if (role.equals("complementary")) {
      return "aside";
    }
    if (role.equals("dialog") || role.equals("alertdialog")) {
      return "widget";
    }
    String names = classAndId(e);
    if (names.isEmpty() || POSITIVE.matcher(names).find()) {
      return null;
    }
    for (Rule r : NEGATIVE) {
      if (r.pattern.matcher(names).find()) {
        return r.reason;
      }
    }
    return null;
  }

  /** True for an element whose class or id names the article body itself. */
  static boolean isPositive(Element e) {
    if ("articleBody".equals(e.attr("itemprop"))) {
      return true;
    }
    String names = classAndId(e);
    return !names.isEmpty() && POSITIVE.matcher(names).find();
  }

  /** Readability-style class weight: +25 for content-like names, -25 for furniture-like ones. */
  static int classWeight(Element e) {
    String names = classAndId(e);
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (POSITIVE.matcher(names).find()) {
      w += 35;
    } else if (WEAK_POSITIVE.matcher(names).find()) {
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

  /** True for a line that is furniture on any site ("Advertisement", "Share this article"). */
  static boolean isBoilerplateLine(String text) {
    if (text.length() > 60) {
      return false;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.!»›>|]+$", "");
    return BOILERPLATE_LINES.contains(t);
  }

  private static String classAndId(Element e) {
    String c = e.attr("class");
    String id = e.id();
    if (c.isEmpty()) {
      return id;
    }
    return id.isEmpty() ? c : c + " " + id;
  }
}

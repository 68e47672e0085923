package dev.quorum.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises, by their text alone, short lines that are furniture on any site: date lines, picture
 * credits, calls to action, lists of web addresses and stock labels such as "Advertisement".
 */
final class BoilerplateLines {

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

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.h]\\d{2}(?!\\d)");

  private static final Pattern DATED =
      Pattern.compile(
          "^\\W*(posted|published|updated|last updated|created|modified)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^\\W*(source|sources|fonte|quelle|fuente)\\s*:", Pattern.CASE_INSENSITIVE);

  private static final Pattern COOKIE_TERMS =
      Pattern.compile(
          "consent|accept|agree|privacy|browsing|experience|tracking|settings|preferences",
          Pattern.CASE_INSENSITIVE);

  private BoilerplateLines() {}

  /** True for the text of a cookie banner: mentions cookies and consent, privacy or tracking. */
  static boolean isCookieNotice(String text) {
    if (text.length() > 600) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("cookie") && COOKIE_TERMS.matcher(lower).find();
  }

  /**
   * True for a short line that only dates the page ("Updated Nov. 19, 2019 8:21 am ET"): a year
   * with a time of day or a leading "Posted"/"Updated" within 80 characters, or a year within six
   * words that do not end like a sentence.
   */
  static boolean isDateLine(String text) {
    int n = text.length();
    if (n > 80 || !YEAR.matcher(text).find()) {
      return false;
    }
    if (TIME.matcher(text).find() || DATED.matcher(text).find()) {
      return true;
    }
    char last = text.charAt(n - 1);
    boolean sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
    return n <= 40 && !sentence && text.split(" ").length <= 6;
  }

  private static final Pattern CREDIT =
      Pattern.compile(
          "^\\s*©|[(\\[]\\s*(image|images|photo|photos|picture|pictures|credit|credits|source|foto"
              + "|file)\\s*:[^)\\]]*[)\\]]\\s*$"
              + "|\\b(photo|image|picture|credit|foto)s?\\s*(:|by)\\s*[^.!?]{0,60}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "contributed (to )?this report|^\\W*(additional )?reporting by|editing by"
              + "|follow (us|him|her|them|me)\\b|\\bsign up (for|to|now|today)|subscribe (to|now|for|today)"
              + "|newsletter|click here|(can|may) be reached at|\\bjoin our\\b|have a (news )?tip"
              + "|all rights reserved|^\\W*(read more|related|see also|also read|read also|more)\\s*:",
          Pattern.CASE_INSENSITIVE);

  /** True for a short line that asks the reader to do something, credits the staff or sources. */
  static boolean isCallToAction(String text) {
    return text.length() <= 300 && CALL_TO_ACTION.matcher(text).find()
        || text.length() <= 80 && SOURCE_LINE.matcher(text).find();
  }

  /** True for a short line that credits a picture ("... (Image: Agency)", "© Photographer ..."). */
  static boolean isCreditLine(String text) {
    return text.length() <= 300
        && CREDIT.matcher(text).find()
        && !text.toLowerCase(Locale.ROOT).contains("reserved");
  }

  /** True for a line that is mostly web addresses. */
  static boolean isMostlyUrls(String text) {
    if (text.indexOf("http") < 0 && text.indexOf("www.") < 0) {
      return false;
    }
    var m = URL.matcher(text);
    int urlChars = 0;
    while (m.find()) {
      urlChars += m.end() - m.start();
    }
    return urlChars > 0.5 * text.length();
  }

  /** True for a line that is furniture on any site ("Advertisement", "Share this article"). */
  static boolean isBoilerplateLine(String text) {
    if (text.length() > 60) {
      return false;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.!»›>|]+$", "");
    return BOILERPLATE_LINES.contains(t);
  }
}

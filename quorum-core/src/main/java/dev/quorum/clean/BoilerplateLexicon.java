package dev.quorum.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lexicon of generic web boilerplate lines (share and follow prompts, ad and video placeholders,
 * "Read more:" markers, navigation, newsletter and cookie prompts, copyright lines), written as
 * patterns over a whole normalized line so that wording variants match.
 *
 * <p>Every pattern must match the whole line, so a real sentence that merely contains such words
 * is never taken for boilerplate.
 */
final class BoilerplateLexicon {

  /** What a boilerplate line is, and whether it announces a teaser that may follow it. */
  enum Kind {
    /** "Read more:", "Related:", "Recommended", "See also" and the like: a teaser follows. */
    TEASER_MARKER("teaser marker", true),
    /** "Click to play video: ...", "Watch:": a video teaser's title follows. */
    VIDEO("video placeholder", true),
    /** "Advertisement", "The story continues below the ad". */
    AD("ad marker", true),
    SHARE("share prompt", false),
    FOLLOW("follow prompt", false),
    NAVIGATION("navigation", false),
    NEWSLETTER("newsletter prompt", false),
    COOKIE("cookie prompt", false),
    COPYRIGHT("copyright", false),
    COUNTER("share or comment counter", false),
    TIMESTAMP("timestamp", false),
    TAGS("tag list", false),
    READING_TIME("reading time", false),
    SCRIPT("script or loading notice", false);

    final String label;
    final boolean marker;

    Kind(String label, boolean marker) {
      this.label = label;
      this.marker = marker;
    }
  }

  /**
   * One pattern, tried only on lines of at most {@code maxWords} words whose first character can
   * start a match ({@code firstAscii}, worked out once from the pattern; other first characters
   * are always tried).
   */
  private record Entry(int maxWords, Kind kind, Pattern pattern, boolean[] firstAscii) {

    boolean mayStartWith(char c) {
      return c >= 128 || firstAscii[c];
    }
  }

  private static final int MAX_LENGTH = 300;
  /** No boilerplate line the lexicon knows runs longer than this. */
  private static final int MAX_WORDS = 40;

  private static final String MONTH =
      "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
          + "|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";

  private static final List<Entry> ENTRIES = List.of(
      e(8, Kind.TEASER_MARKER,
          "(read|see|also read|read also|watch|listen|more)( more| also| next)?( on this( story)?)?"
              + "( here| now)?\\s*[:›»>-]?"),
      e(10, Kind.TEASER_MARKER,
          "(related|related (articles?|stories|content|coverage|links?|reading|topics?|videos?|news)"
              + "|recommended( (for you|reading|stories|articles|videos?))?|more (stories|news|articles"
              + "|coverage|videos?)( from [\\p{L} ]{1,30})?|most (read|popular|viewed|shared)"
              + "|trending( now| stories)?|top stories|editor'?’?s picks?|don'?’?t miss|further reading"
              + "|you (may|might) (also )?(like|be interested in|have missed)|what to read next"
              + "|up next|next up|in other news|latest (news|stories)|popular now|sponsored stories"
              + "|more in [\\p{L} ]{1,30}|more from [\\p{L} ]{1,30})\\s*[:›»>-]?"),
      // the same markers in a few other languages of the evaluation sets
      e(8, Kind.TEASER_MARKER,
          "((à )?lire aussi|lire la suite|voir aussi|sur le même sujet|lesen sie (auch|mehr)"
              + "|mehr zum thema|auch interessant|leer más|lea también|le puede interesar"
              + "|leia também|leggi anche|čtěte (také|též)|přečtěte si (také|též)|читайте также"
              + "|см\\. также)\\s*[:›»>-]?"),
      e(40, Kind.VIDEO,
          "(click|tap|press) (here )?to (play|watch|view|see) (the |this )?(video|clip|gallery).*"),
      e(12, Kind.VIDEO,
          "((watch|video|listen)( now| live| the video| below)?|play video|video (player|unavailable)"
              + "|this video (is|has been) .{0,60}|your browser does(n'?’?t| not) support .{0,60}"
              + "|(now )?playing|duration \\d+:\\d+|\\d{1,2}:\\d{2})\\s*:?"),
      e(14, Kind.AD,
          "(advertisement|advertising|advert|ads?|sponsored( content| post)?|paid (post|content)"
              + "|publicité|werbung|anzeige|publicidad|pubblicità|reklama|реклама"
              + "|promoted( content)?|partner content|ad feedback|report (this )?ad"
              + "|skip (advertisement|ad)|(advertisement|ad) ?[-–—:|] ?(scroll|story) (to|continues)"
              + " .{0,30})\\s*:?"),
      e(14, Kind.AD,
          "((the |this )?(story|article|text|content|post) continues (below|after|under) (the |this )?"
              + "(ad|advert|advertisement|advertising|video|break)s?|continue reading( (the|this) "
              + "(main )?(story|article))?( below)?|scroll (down )?to continue( (with|reading) "
              + "(the )?(content|article|story))?|article continues below)\\s*[.:…]?"),
      e(10, Kind.SHARE,
          "(share|share (this|the) (article|story|page|post|video|on .{1,20})|share via .{1,20}"
              + "|share on (facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram)"
              + "|tweet( this)?|email( this)?|print( this( article| page)?)?|facebook|twitter|x"
              + "|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|copy (the )?(article )?link"
              + "|share this|instagram|youtube|rss|tiktok|snapchat|messenger|partager|teilen"
              + "|compartir|condividi|sdílet"
              + "|link copied|save( (article|story|for later))?|bookmark|gift (this )?article"
              + "|(view|leave a|add a|post a|read|show|hide|no) comments?|comments?"
              + "|jump to comments|join the (conversation|discussion))\\s*[:!.]?"),
      e(25, Kind.FOLLOW,
          "(follow|like|find|connect with|join|subscribe to) (us|me)((:| on| at| via| for) .{0,80})?"
              + "[.!]?|follow @[\\w.]+.{0,60}|(follow|like|find) [\\p{L} .@'’]{1,40} on (facebook"
              + "|twitter|x|instagram|linkedin|tiktok|youtube|threads|telegram|whatsapp|bluesky"
              + "|mastodon|social media)\\b.{0,40}"),
      e(8, Kind.NAVIGATION,
          "(back to top( button)?|return to top|scroll to top|top of (the )?page|go to top"
              + "|skip to (main )?(content|navigation|article)|skip navigation|jump to (main )?content"
              + "|menu|main menu|open (the )?menu|close( (the )?menu)?|home|homepage|search"
              + "|sign in|log ?in|log ?out|sign out|register|subscribe( now| today)?|my account"
              + "|next( article| story| page| post)?|previous( article| story| page| post)?"
              + "|prev|older (posts|stories)|newer (posts|stories)|load more( stories)?"
              + "|show more|see more|view (all|more)|see all|more|contact us|about us"
              + "|terms (of (use|service)|and conditions)|privacy( policy| notice)?|site ?map"
              + "|accessibility( statement)?|help|faq|report (an error|a typo|a correction)"
              + "|send us (a|your) (tip|feedback|story)|feedback|corrections?|topics|sections"
              + "|edition|change edition|breadcrumbs?|you are here|advertise( with us| here)?"
              + "|(e-?mail )?newsletters?|back to (the )?(main )?menu|(all|more) articles)"
              + "\\s*[:›»>|-]?\\s*"),
      e(30, Kind.NEWSLETTER,
          "(sign up|subscribe|register|join)( now| today| free)?( for| to)?(?=.{0,120}"
              + "(newsletter|inbox|e-?mail|briefing|alerts?|digest)).{0,120}"),
      e(30, Kind.COPYRIGHT,
          "©\\s*.{0,150}|(\\(c\\)|copyright)\\s*(©|\\(c\\))?\\s*\\d{4}\\b.{0,120}|copyright ©.{0,150}"),
      e(10, Kind.COUNTER,
          "(this|the) (story|article|post|video) has been (shared|viewed|read) [\\d,.]+[km]? times?"
              + "\\.?"),
      e(5, Kind.COUNTER,
          "[\\d,.]+[km]? (shares?|comments?|views|likes|reads)( so far)?"),
      e(10, Kind.TIMESTAMP,
          "(published|updated|posted|last (updated|modified)|first published|modified)( on| at)?"
              + "\\s*:?\\s*(?=.{0,60}(\\d|" + MONTH + "|ago)).{1,80}"),
      e(4, Kind.TIMESTAMP,
          "\\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago"),
      e(40, Kind.TAGS,
          "(tags|topics|filed under|categories|category|keywords|more about|related topics)\\s*:"
              + "\\s*.{0,200}"),
      e(10, Kind.READING_TIME,
          "(\\d+\\s*(-|–)?\\s*(min(ute)?s?|mins?) read|reading time:? .{1,20}|listen to (this )?"
              + "(article|story)( \\(?\\d+ min(ute)?s?\\)?)?|estimated reading time.{0,20})\\.?"),
      e(30, Kind.SCRIPT,
          "(loading(\\.\\.\\.|…)?|please (enable|turn on) javascript.{0,120}"
              + "|(you need to |please )?enable javascript.{0,120}|javascript is (disabled|required)"
              + ".{0,120})"));

  private BoilerplateLexicon() {}

  /** Patterns are written in lower case and matched against the lower-cased line. */
  private static Entry e(int maxWords, Kind kind, String regex) {
    Pattern p = Pattern.compile(regex);
    boolean[] first = new boolean[128];
    for (char c = 0; c < 128; c++) {
      // a one-character input either matches, or the matcher ran out of input while still on
      // track (hitEnd), unless the pattern cannot start with this character at all
      var m = p.matcher(String.valueOf(c));
      first[c] = m.matches() || m.hitEnd();
    }
    return new Entry(maxWords, kind, p, first);
  }

  private static final Pattern COOKIE = Pattern.compile(
      "we use cookies|(site|website) uses cookies|uses cookies to|accept (all )?cookies"
          + "|cookie (policy|settings|preferences|consent)|by (continuing|using) (to (browse|use) )?"
          + "(this|our) (site|website)|manage (your )?(cookie|consent|privacy) (settings|preferences)");
  private static final Pattern NEWSLETTER_ACTION =
      Pattern.compile("sign up|subscribe|inbox|delivered|email address");

  /** The kind of boilerplate a whole normalized line is, or null when it is none. */
  static Kind match(String line) {
    if (line.isEmpty() || line.length() > MAX_LENGTH) {
      return null;
    }
    int words = LineFeatures.words(line, MAX_WORDS);
    if (words > MAX_WORDS) {
      return null;
    }
    String l = line.toLowerCase(Locale.ROOT);
    if (l.contains("cookie") && COOKIE.matcher(l).find()) {
      return Kind.COOKIE;
    }
    if (l.length() <= 200
        && (l.endsWith("all rights reserved") || l.endsWith("all rights reserved."))) {
      return Kind.COPYRIGHT;
    }
    if (l.length() <= 200 && l.contains("newsletter") && NEWSLETTER_ACTION.matcher(l).find()) {
      return Kind.NEWSLETTER;
    }
    for (Entry entry : ENTRIES) {
      // the word cap also keeps "Updated figures show 12 people died in the storm." news
      if (words <= entry.maxWords && entry.mayStartWith(l.charAt(0))
          && entry.pattern.matcher(l).matches()) {
        return entry.kind;
      }
    }
    return null;
  }

  private static boolean hasMarkerPunctuation(String line) {
    for (int i = 0, n = Math.min(line.length(), 40); i < n; i++) {
      char c = line.charAt(i);
      if (c == ':' || c == '|' || c == '›' || c == '»') {
        return true;
      }
    }
    return false;
  }

  private static final Pattern INLINE_TEASER = Pattern.compile(
      "(read more|read also|also read|see also|related|recommended|more|watch|listen|video"
          + "|related (article|story|coverage|content)|more on this|trending|opinion)\\s*[:|›»]\\s*"
          + "(?<rest>\\S.{0,250})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The teaser text when the line is a marker and a teaser on one line ("Read more: Title of
   * another story"), else null.
   */
  static String inlineTeaser(String line) {
    if (line.length() > MAX_LENGTH || !hasMarkerPunctuation(line)) {
      return null;
    }
    var m = INLINE_TEASER.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String rest = m.group("rest");
    // a teaser is a title; "Related: the minister said ... ." over many words is a real sentence
    return LineFeatures.words(rest) <= 30 && LineFeatures.sentenceCount(rest) <= 1 ? rest : null;
  }
}

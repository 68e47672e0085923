package dev.quorum.clean;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes lines and line openings that carry metadata rather than story text: bylines,
 * datelines, date lines, outlet lines and photo credits.
 */
final class MetaLines {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern BY_LINE = Pattern.compile(
      "(?:by|byline|written by|words by|story by|text by|von|par|por)\\s*:?\\s+(?<name>\\S.{1,150})",
      FLAGS);

  private static final Pattern CREDITS_LINE = Pattern.compile(
      "[(\\[]?(additional )?(reporting|writing|editing|compiled|contributed|research|translated"
          + "|produced|edited|written)( and (reporting|writing|editing|research))? by\\b.{2,300}",
      FLAGS);

  private static final Pattern NAME_OUTLET = Pattern.compile(
      "(?<name>\\p{Lu}[\\p{L}.'’-]*( (\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|der|da|di|al|el|bin))"
          + "{1,5})\\s*[,|·•/]\\s*(?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'’ -]{1,40})");

  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{0,40}\\p{Lu}\\.?";
  private static final String TITLE_PLACE =
      "\\p{Lu}[\\p{L}\\p{M}.'’\\-]+( \\p{Lu}[\\p{L}\\p{M}.'’\\-]+){0,3}";
  private static final String REGION = "(, ?\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{1,30}){0,2}";
  private static final String DATE_PART = "(,? ?\\p{Lu}[\\p{L}]{2,8}\\.? \\d{1,2})?";
  private static final String AGENCY = "\\s*\\(\\p{L}[\\p{L}\\p{N} .&'’/-]{0,40}\\)";
  private static final Pattern DATELINE_CAPS = Pattern.compile(
      "(?<dl>" + CAPS_PLACE + REGION + DATE_PART + "(" + AGENCY + ")?\\s*(—|–|--|-|_)\\s*)"
          + "(?=[\\p{L}\\p{N}\"'“‘(])");
  private static final Pattern DATELINE_AGENCY = Pattern.compile(
      "(?<dl>" + TITLE_PLACE + REGION + DATE_PART + AGENCY + "\\s*(—|–|--|-|_)\\s*)"
          + "(?=[\\p{L}\\p{N}\"'“‘(])");
  /** "Hong Kong (CNN Business) A muddled view": agency without a dash, capital letter next. */
  private static final Pattern DATELINE_AGENCY_NO_DASH = Pattern.compile(
      "(?<dl>" + TITLE_PLACE + REGION + DATE_PART + AGENCY + "\\s*)(?=[\\p{Lu}\"“‘])");

  private static final String MONTHS =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\.?,? )?";
  private static final String TIME =
      "(,? (at )?\\d{1,2}([:.]\\d{2})? ?([ap]\\.?m\\.?)?( [A-Z]{2,4})?)?";
  private static final Pattern DATE_MDY = Pattern.compile(
      WEEKDAY + MONTHS + " (?<day>\\d{1,2})(st|nd|rd|th)?,? (?<year>\\d{4})" + TIME, FLAGS);
  private static final Pattern DATE_DMY = Pattern.compile(
      WEEKDAY + "(?<day>\\d{1,2})(st|nd|rd|th)? " + MONTHS + ",? (?<year>\\d{4})" + TIME, FLAGS);
  private static final Pattern DATE_ISO = Pattern.compile(
      "(?<year>\\d{4})[-/.](?<mon>\\d{1,2})[-/.](?<day>\\d{1,2})([ T]\\d{1,2}:\\d{2}(:\\d{2})?"
          + "(Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern CREDIT_LINE = Pattern.compile(
      "[(\\[]?(photo|photos|photograph|image|images|picture|pic|credit|photo credit|image credit"
          + "|illustration|graphic|file photo|photo illustration|source|image source|media caption"
          + "|image caption|photograph by|photo by|photos by|image by|picture by|credit by)"
          + "( by\\s+|\\s*[:/|]\\s*).{1,160}");
  private static final Pattern CREDIT_MARK = Pattern.compile(
      "getty images|shutterstock|istock(photo)?|alamy|ap photo|afp via|/ ?(ap|afp|reuters|epa"
          + "|anadolu|sipa|xinhua|tass|bloomberg|nurphoto|zuma)\\b|(ap|afp|reuters|epa|efe)"
          + " ?/|photo:|photo by|image:|credit:|caption:");
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "\\s*(?<credit>[(\\[](photo|image|picture|credit|file|ap photo|afp|reuters|getty|epa|source)"
          + "[^()\\[\\]]{0,120}[)\\]])\\s*$",
      FLAGS);

  private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private MetaLines() {}

  /**
   * The author names when the whole line is a "By ..." byline, else null. The names must be
   * capitalised words and the line must not read as a sentence ("By Tuesday, troops had ...").
   */
  static String byline(String line) {
    if (line.length() > 200 || line.length() < 4 || "bBwWsStTvVpP".indexOf(line.charAt(0)) < 0) {
      return null;
    }
    Matcher m = BY_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String name = m.group("name").strip();
    int words = LineFeatures.words(name);
    if (words > 14 || !Character.isUpperCase(name.codePointAt(0))
        || (LineFeatures.endsSentence(name) && !name.endsWith("."))
        || LineFeatures.sentenceCount(name) > 1 || LineFeatures.capitalisedShare(name) < 0.6
        || (LineFeatures.endsSentence(name) && words > 5)) {
      return null;
    }
    // "Jane Doe." loses its period; "John Roe Jr." keeps it
    int lastSpace = name.lastIndexOf(' ');
    if (name.endsWith(".") && name.length() - lastSpace > 4) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** True when the whole line is a production credit ("Reporting by ...; Editing by ..."). */
  static boolean creditsLine(String line) {
    return line.length() <= 400
        && (line.contains(" by") || line.contains(" By") || line.contains(" BY"))
        && CREDITS_LINE.matcher(line).matches();
  }

  /**
   * The author when the line is "Jane Doe, Outlet" or "Jane Doe | Outlet" (a header-only form: a
   * short line of capitalised words with a separator and no sentence end), else null.
   */
  static String nameWithOutlet(String line) {
    if (line.length() > 80 || LineFeatures.endsSentence(line) || LineFeatures.hasDigit(line)) {
      return null;
    }
    Matcher m = NAME_OUTLET.matcher(line);
    if (!m.matches() || LineFeatures.capitalisedShare(line) < 0.75) {
      return null;
    }
    return line.strip();
  }

  /**
   * True when the line could be an outlet name: one to four capitalised words (connectors and
   * "The" allowed) starting with a capital letter, no colon, no sentence end but a domain name's,
   * at most 40 characters.
   */
  static boolean outletLike(String line) {
    int w = LineFeatures.words(line);
    if (w < 1 || w > 4 || line.length() > 40 || LineFeatures.endsSentence(line)
        && !line.matches("(?i).*\\.(com|org|net|co\\.uk|news)")) {
      return false;
    }
    for (String word : line.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int cp = word.codePointAt(0);
      boolean connector = word.equals("of") || word.equals("the") || word.equals("and")
          || word.equals("&") || word.equals("de");
      if (!connector && !(Character.isUpperCase(cp) || Character.isDigit(cp))) {
        return false;
      }
    }
    // a section heading ("1947-65: Territorial Picks") is no outlet
    return Character.isUpperCase(line.codePointAt(0)) && line.indexOf(':') < 0;
  }

  /** The dateline opening the paragraph ("GENEVA (AP) — ") with its trailing space, or null. */
  static String dateline(String paragraph) {
    return dateline(paragraph, 4);
  }

  /** True when the paragraph opens with a dateline, however short the text after it. */
  static boolean opensWithDateline(String paragraph) {
    return dateline(paragraph, 1) != null;
  }

  private static String dateline(String paragraph, int minRestWords) {
    if (paragraph.length() < 8) {
      return null;
    }
    // cheap test first: a dateline opens with two capitals ("GENEVA", "ST.") or holds an agency in
    // brackets near the start
    boolean caps = Character.isUpperCase(paragraph.charAt(0))
        && Character.isUpperCase(paragraph.charAt(1));
    int bracket = paragraph.indexOf('(');
    if (!caps && (bracket < 0 || bracket > 100 || !Character.isUpperCase(paragraph.charAt(0)))) {
      return null;
    }
    String head = paragraph.length() > 140 ? paragraph.substring(0, 140) : paragraph;
    for (Pattern p : new Pattern[] {DATELINE_CAPS, DATELINE_AGENCY, DATELINE_AGENCY_NO_DASH}) {
      Matcher m = p.matcher(head);
      if (m.lookingAt()) {
        String dl = m.group("dl");
        String rest = paragraph.substring(dl.length());
        // the text after the dateline must be a sentence of its own, not a short label
        if (LineFeatures.words(rest) >= minRestWords
            && dl.chars().filter(Character::isLetter).count() >= 2) {
          return dl;
        }
      }
    }
    return null;
  }

  /** The date as ISO-8601 ({@code 2023-03-07}) when the whole line is a date, else null. */
  static String dateLine(String line) {
    if (line.length() > 60) {
      return null;
    }
    String l = line.strip();
    for (Pattern p : new Pattern[] {DATE_MDY, DATE_DMY}) {
      Matcher m = p.matcher(l);
      if (m.matches()) {
        Integer month =
            MONTH_NUMBERS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
        return iso(m.group("year"), month, m.group("day"));
      }
    }
    Matcher m = DATE_ISO.matcher(l);
    if (m.matches()) {
      return iso(m.group("year"), Integer.parseInt(m.group("mon")), m.group("day"));
    }
    return null;
  }

  private static String iso(String year, Integer month, String day) {
    int d = Integer.parseInt(day);
    if (month == null || month < 1 || month > 12 || d < 1 || d > 31) {
      return null;
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d);
  }

  /** True when the whole line is a photo credit ("Photo: Jane Doe/Getty Images"). */
  static boolean photoCredit(String line) {
    if (line.length() > 200 || LineFeatures.words(line, 20) > 20) {
      return false;
    }
    line = line.toLowerCase(Locale.ROOT);
    if (CREDIT_LINE.matcher(line).matches()
        && !(LineFeatures.endsSentence(line) && LineFeatures.words(line) > 12)) {
      return true;
    }
    return LineFeatures.words(line) <= 12 && mayHoldCreditMark(line)
        && CREDIT_MARK.matcher(line).find()
        && !(LineFeatures.endsSentence(line) && LineFeatures.words(line) > 6);
  }

  private static boolean mayHoldCreditMark(String lower) {
    return lower.indexOf('/') >= 0 || lower.indexOf(':') >= 0 || lower.contains("getty")
        || lower.contains("shutterstock") || lower.contains("istock") || lower.contains("alamy")
        || lower.contains("ap photo") || lower.contains("afp via") || lower.contains("photo by");
  }

  /** The photo credit in brackets that closes a caption paragraph ("... (AP Photo/Jane Doe)"). */
  static String trailingCredit(String paragraph) {
    if (paragraph.length() < 10) {
      return null;
    }
    char last = paragraph.charAt(paragraph.length() - 1);
    if (last != ')' && last != ']') {
      return null;
    }
    String tail =
        paragraph.length() > 160 ? paragraph.substring(paragraph.length() - 160) : paragraph;
    Matcher m = TRAILING_CREDIT.matcher(tail);
    if (m.find() && CREDIT_MARK.matcher(m.group("credit").toLowerCase(Locale.ROOT)).find()
        && m.start() > 0) {
      return tail.substring(m.start());
    }
    return null;
  }
}

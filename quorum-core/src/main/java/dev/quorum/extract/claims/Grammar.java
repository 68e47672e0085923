package dev.quorum.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The number grammar: reads every number phrase of a sentence's tokens (qualifier, currency,
 * number in digits or words, scale, fraction, percent, range, ratio, unit, post-qualifier) and
 * sorts out those that are no claims (dates, times, years, ages, ordinals, codes and names, phone
 * numbers, list numbers, back-references) and those that are the report's time span.
 */
final class Grammar {

  private Grammar() {}

  private static final Set<String> SPOKEN_SMALL = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten");

  /** Capitalized words that may open a sentence before a count ("The 213 families"). */
  private static final Set<String> OPENERS = Set.of(
      "the", "these", "those", "all", "another", "some", "his", "her", "their", "its", "our",
      "my", "your", "in", "on", "at", "by", "for", "with", "of", "from", "to", "and", "but",
      "only", "just", "each", "every", "what", "when", "while", "after", "before", "since",
      "until", "if", "as", "a", "an", "last", "nearly", "almost", "about", "over", "under",
      "around", "roughly", "during", "among", "through", "across", "then", "now", "so", "yet",
      "or", "nor", "both", "that", "this", "there", "here", "per", "than", "like", "total",
      "within");

  private static final Set<String> BACK_REFERENCE = Set.of("the", "these", "those", "both");

  static List<Amount> read(List<Tok> toks) {
    List<Amount> out = new ArrayList<>();
    boolean[] phone = phoneRuns(toks);
    int i = 0;
    while (i < toks.size()) {
      Amount a = phone[i] ? null : at(toks, i);
      if (a == null) {
        i++;
        continue;
      }
      Amount c = classify(toks, a);
      if (!out.isEmpty() && c.kind() == Amount.Kind.CLAIM && c.first() > 0) {
        Amount prev = out.get(out.size() - 1);
        String open = lower(toks, c.first() - 1);
        if ((open.equals("(") || open.equals("[")) && prev.end() == c.first() - 1
            && !prev.unit().equals(Units.COUNT) && prev.kind() != Amount.Kind.NONE) {
          c = c.with(Amount.Kind.NONE); // a conversion: 110 mph (177 kph)
        }
      }
      out.add(c);
      i = Math.max(a.end(), i + 1);
    }
    return out;
  }

  /** Runs of three or more bare digit groups, or digits after a "+": phone numbers. */
  private static boolean[] phoneRuns(List<Tok> toks) {
    boolean[] r = new boolean[toks.size()];
    int i = 0;
    while (i < toks.size()) {
      int j = i;
      while (j < toks.size() && toks.get(j).text().matches("\\d+")) {
        j++;
      }
      boolean plus = i > 0 && toks.get(i - 1).is("+") && j > i;
      if (j - i >= 3 || plus) {
        for (int k = i; k < j; k++) {
          r[k] = true;
        }
      }
      i = Math.max(j, i + 1);
    }
    return r;
  }

  private static String lower(List<Tok> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).lower() : "";
  }

  /** Length of the token sequence {@code words} (space separated) at i, or 0. */
  private static final java.util.Map<String, String[]> SPLIT = new java.util.concurrent.ConcurrentHashMap<>();

  private static int match(List<Tok> toks, int i, String words) {
    if (i >= toks.size() || !words.startsWith(toks.get(i).lower())) {
      return 0;
    }
    String[] w = SPLIT.computeIfAbsent(words, x -> x.split(" "));
    for (int k = 0; k < w.length; k++) {
      if (!lower(toks, i + k).equals(w[k])) {
        return 0;
      }
    }
    return w.length;
  }

  /** A core number at i: value, tokens used, whether spelled in words, whether a multitude. */
  private record Core(double value, int length, boolean words, boolean multitude,
      boolean fraction, String raw) {}

  private static Core core(List<Tok> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    Tok t = toks.get(i);
    if (t.isDigits()) {
      Double v = NumberWords.digits(t.text());
      if (v == null) {
        Double f = NumberWords.slashFraction(t.text());
        return f == null ? null : new Core(f, 1, false, false, true, t.text());
      }
      int len = 1;
      // 4 1/2
      if (i + 1 < toks.size() && !toks.get(i + 1).attached()) {
        Double f = NumberWords.slashFraction(toks.get(i + 1).text());
        if (f != null && f < 1) {
          v += f;
          len = 2;
        }
      }
      return new Core(v, len, false, false, false, t.text());
    }
    String w = t.lower();
    // fractions: "a fifth", "two thirds", "half", "one in seven" is handled by the caller
    Integer denom = NumberWords.FRACTION.get(w);
    if (denom != null && Set.of("first", "second", "latter", "former", "other", "last", "next",
        "third").contains(lower(toks, i - 1))) {
      return null;
    }
    if ((w.equals("a") || w.equals("an")) && (lower(toks, i + 1).equals("decade")
        || lower(toks, i + 1).equals("century"))) {
      return new Core(1, 1, true, false, false, w);
    }
    if (denom != null && (lower(toks, i + 1).equals("of") || lower(toks, i + 1).equals("a")
        || lower(toks, i + 1).equals("an") || lower(toks, i + 1).equals("as")
        || (lower(toks, i + 1).equals("-") && lower(toks, i + 2).startsWith("point")))) {
      return new Core(1.0 / denom, 1, true, false, true, w);
    }
    if ((w.equals("a") || w.equals("an") || w.equals("one")) && i + 1 < toks.size()
        && !Set.of("first", "second", "latter", "former", "other", "last", "next")
            .contains(lower(toks, i - 1))) {
      Integer d = NumberWords.FRACTION.get(lower(toks, i + 1));
      if (d != null && !lower(toks, i + 1).equals("fourth")) {
        return new Core(1.0 / d, 2, true, false, true, w + " " + lower(toks, i + 1));
      }
      if (lower(toks, i + 1).equals("dozen")) {
        return new Core(12, 2, true, false, false, "a dozen");
      }
    }
    Double multitude = NumberWords.MULTITUDE.get(w);
    if (multitude != null && lower(toks, i + 1).equals("of")) {
      // hundreds of thousands of, tens of thousands of
      Double next = NumberWords.MULTITUDE.get(lower(toks, i + 2));
      if (next != null && next > multitude && lower(toks, i + 3).equals("of")) {
        return new Core(multitude * next, 3, true, true, false, w);
      }
      return new Core(multitude, 1, true, true, false, w);
    }
    if ((w.equals("several") || w.equals("few")) && NumberWords.SCALE.containsKey(lower(toks, i + 1))) {
      return new Core(NumberWords.SCALE.get(lower(toks, i + 1)), 2, true, true, false, w);
    }
    NumberWords.Parsed p = NumberWords.parse(toks, i);
    if (p != null) {
      String next = lower(toks, i + p.length());
      Integer d = NumberWords.FRACTION.get(next);
      if (d != null && next.endsWith("s") && p.value() < d) {
        return new Core(p.value() / d, p.length() + 1, true, false, true, w); // two thirds
      }
      return new Core(p.value(), p.length(), true, false, false, w);
    }
    return null;
  }

  private static Amount at(List<Tok> toks, int i) {
    int j = i;
    String qualifier = null;
    boolean qualified = false;
    for (int round = 0; round < 2; round++) {
      boolean found = false;
      for (String[] q : Units.QUALIFIERS) {
        int m = match(toks, j, q[0]);
        if (m > 0 && (lower(toks, j + m).equals("a") || lower(toks, j + m).equals("an"))
            && j + m + 1 < toks.size() && toks.get(j + m + 1).isDigits()) {
          m++;
        }
        if (m > 0 && startsNumber(toks, j + m)) {
          if (!qualified) {
            qualifier = q[1];
          }
          qualified = true;
          j += m;
          found = true;
          break;
        }
      }
      if (!found) {
        break;
      }
    }
    double sign = 1;
    if (lower(toks, j).equals("minus") && startsNumber(toks, j + 1)) {
      sign = -1;
      j++;
    }
    String currency = null;
    String c1 = lower(toks, j);
    if (c1.equals("u.s.") && lower(toks, j + 1).equals("$")) {
      currency = "USD";
      j += 2;
    } else if (Units.CURRENCY_BEFORE.containsKey(c1)) {
      currency = Units.CURRENCY_BEFORE.get(c1);
      j++;
    }
    int number = j;
    Core core = core(toks, j);
    if (core == null) {
      return null;
    }
    int k = j + core.length();
    double value = core.value();
    boolean share = core.fraction();
    // scales: 1.5 million, two dozen, half a million; half a year
    if (core.fraction() && core.words() && (lower(toks, k).equals("a") || lower(toks, k).equals("an"))) {
      String next = lower(toks, k + 1);
      if (NumberWords.SCALE.containsKey(next)) {
        value *= NumberWords.SCALE.get(next);
        share = false;
        k += 2;
      } else if (Units.TIME.contains(String.valueOf(Units.MEASURE.get(next)))) {
        share = false;
      }
    }
    // billions of dollars
    if (core.multitude() && lower(toks, k).equals("of")
        && Units.CURRENCY_AFTER.containsKey(lower(toks, k + 1)) && currency == null) {
      currency = Units.CURRENCY_AFTER.get(lower(toks, k + 1));
      k += 2;
    }
    while (!core.fraction() && !core.multitude() && NumberWords.SCALE.containsKey(lower(toks, k))) {
      if (core.words() && !lower(toks, k).equals("dozen")) {
        break; // the spell-out parse already took its scales
      }
      value *= NumberWords.SCALE.get(lower(toks, k));
      k++;
    }
    Double high = null;
    String unit = currency != null ? currency : Units.COUNT;
    // ranges: 10-20, 10 to 20, between 10 and 20, three or four
    int rangeStart = k;
    String sep = lower(toks, k);
    boolean between = lower(toks, i).equals("between") || lower(toks, number - 1).equals("between");
    if ((sep.equals("-") || sep.equals("–") || sep.equals("to") || sep.equals("or")
        || (sep.equals("and") && between)) && !core.fraction() && !core.multitude()) {
      int r = k + 1;
      if (Units.CURRENCY_BEFORE.containsKey(lower(toks, r))) {
        r++;
      }
      Core second = core(toks, r);
      if (second != null && !second.fraction() && !second.multitude()
          && !(lower(toks, r + second.length()).equals("-")
              && lower(toks, r + second.length() + 1).equals("year"))) {
        double v2 = second.value();
        int r2 = r + second.length();
        double scale = 1;
        while (NumberWords.SCALE.containsKey(lower(toks, r2)) && !second.words()) {
          scale *= NumberWords.SCALE.get(lower(toks, r2));
          r2++;
        }
        if (scale > 1 && value == core.value()) {
          value *= scale;
        }
        v2 *= scale;
        if (v2 > value && !(core.raw().length() == 4 && isYearish(core.value()))) {
          high = v2;
          k = r2;
        }
      }
    }
    // ratios: one in seven, 2-to-1
    if (high == null && k == rangeStart && lower(toks, k).equals("in")) {
      Core second = core(toks, k + 1);
      if (second != null && !second.fraction() && !second.multitude() && second.value() > value
          && second.value() < 1000 && value > 0) {
        int after = k + 1 + second.length();
        if (!Units.MEASURE.containsKey(lower(toks, after))) {
          return new Amount(i, number, after, value / second.value(), null, Units.RATIO,
              qualifier, Amount.Kind.CLAIM);
        }
      }
    }
    if (high == null && match(toks, k, "- to -") > 0) {
      Core second = core(toks, k + 3);
      if (second != null && second.value() > 0) {
        return new Amount(i, number, k + 3 + second.length(), value / second.value(), null,
            Units.RATIO, qualifier, Amount.Kind.CLAIM);
      }
    }
    // percent, percentage points
    String u = lower(toks, k);
    if (u.equals("percent") || u.equals("%") || u.equals("pct") || match(toks, k, "per cent") > 0) {
      k += u.equals("per") ? 2 : 1;
      if (lower(toks, k).equals("point") || lower(toks, k).equals("points")) {
        unit = Units.POINT;
        k++;
      } else {
        value /= 100;
        high = high == null ? null : high / 100;
        unit = Units.SHARE;
      }
    } else if (match(toks, k, "percentage points") > 0 || match(toks, k, "percentage point") > 0) {
      unit = Units.POINT;
      k += 2;
    } else if (share && match(toks, k, "- point") > 0) {
      unit = Units.POINT;
      k += 2;
    } else if (share) {
      unit = Units.SHARE;
    } else if (core.fraction() && (lower(toks, k).equals("a") || lower(toks, k).equals("an"))) {
      k++; // half a year: the unit follows
    }
    if (unit.equals(Units.COUNT) || currency != null) {
      int h = lower(toks, k).equals("-") && toks.get(Math.min(k, toks.size() - 1)).attached() ? 1 : 0;
      String w = lower(toks, k + h);
      String two = w + " " + lower(toks, k + h + 1);
      String three = two + " " + lower(toks, k + h + 2);
      if (currency == null && Units.CURRENCY_NATION.containsKey(three)) {
        unit = Units.CURRENCY_NATION.get(three);
        k += h + 3;
      } else if (currency == null && Units.CURRENCY_NATION.containsKey(two)) {
        unit = Units.CURRENCY_NATION.get(two);
        k += h + 2;
      } else if (currency == null && Units.CURRENCY_AFTER.containsKey(w)
          && !(w.equals("pounds") && value < 1e5)) {
        unit = Units.CURRENCY_AFTER.get(w);
        k += h + 1;
      } else if (currency == null && (w.equals("point") || w.equals("points"))) {
        unit = Units.POINT;
        k += h + 1;
      } else if (currency == null && w.equals("square") && Units.MEASURE.containsKey(lower(toks, k + h + 1))) {
        unit = Units.MEASURE.get(lower(toks, k + h + 1)) + "2";
        k += h + 2;
      } else if (currency == null && Units.MEASURE.containsKey(w)) {
        unit = Units.MEASURE.get(w);
        k += h + 1;
        if (unit.equals("decade") || unit.equals("century")) {
          double times = unit.equals("decade") ? 10 : 100;
          unit = "year";
          value *= times;
          high = high == null ? null : high * times;
        }
        if (unit.equals("degree")) {
          String scale = lower(toks, k);
          if (scale.equals("celsius") || scale.equals("c") || scale.equals("centigrade")) {
            unit = "degC";
            k++;
          } else if (scale.equals("fahrenheit") || scale.equals("f")) {
            unit = "degF";
            k++;
          }
        }
        if (match(toks, k, "per hour") > 0 || match(toks, k, "an hour") > 0) {
          unit = unit + "/hour";
          k += 2;
        }
        // compound durations: 8 minutes 50 seconds
        if (Units.SECONDS.containsKey(unit)) {
          Core next = core(toks, k);
          String nu = next == null ? null : Units.MEASURE.get(lower(toks, k + next.length()));
          if (nu != null && Units.SECONDS.containsKey(nu)
              && Units.SECONDS.get(nu) < Units.SECONDS.get(unit)) {
            value = value * Units.SECONDS.get(unit) / Units.SECONDS.get(nu) + next.value();
            unit = nu;
            k += next.length() + 1;
          }
        }
      }
      // rates: dlrs 14 billion a year
      String r = lower(toks, k);
      if ((r.equals("a") || r.equals("per") || r.equals("an") || r.equals("each"))
          && Units.TIME.contains(String.valueOf(Units.MEASURE.get(lower(toks, k + 1))))
          && !unit.equals(Units.COUNT) && !Units.TIME.contains(unit)) {
        unit = unit + "/" + Units.MEASURE.get(lower(toks, k + 1));
        k += 2;
      }
    }
    if (unit.equals(Units.COUNT) && (lower(toks, number - 1).equals("magnitude")
        || (lower(toks, number - 1).equals("of") && lower(toks, number - 2).equals("magnitude"))
        || match(toks, k, "on the richter scale") > 0)) {
      unit = "magnitude";
      if (match(toks, k, "on the richter scale") > 0) {
        k += 4;
      }
    }
    // post-qualifiers: 5.0 or higher, 600-plus
    for (String[] q : Units.POST_QUALIFIERS) {
      int m = match(toks, k, q[0]);
      if (m > 0) {
        if (qualifier == null) {
          qualifier = q[1];
        }
        k += m;
        break;
      }
    }
    if (core.multitude() && qualifier == null) {
      qualifier = "more than";
    }
    return new Amount(i, number, k, sign * value, high == null ? null : sign * high, unit,
        qualifier, Amount.Kind.CLAIM);
  }

  private static boolean isYearish(double v) {
    return v >= 1000 && v <= 2100 && v == Math.floor(v);
  }

  private static boolean startsNumber(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return false;
    }
    String w = lower(toks, j);
    if (w.equals("minus") || Units.CURRENCY_BEFORE.containsKey(w) || w.equals("u.s.")) {
      return startsNumber(toks, j + 1);
    }
    return core(toks, j) != null;
  }

  /** Marks a parsed amount as no claim, a time span, or a claim. */
  private static Amount classify(List<Tok> toks, Amount a) {
    Tok t = toks.get(a.number());
    String raw = t.text();
    boolean bare = a.unit().equals(Units.COUNT) && a.high() == null;
    int n = a.number();
    // digits glued to letters (A330, 93rd, 1990s, 6:30am) or times and multi-dot codes
    if (t.isDigits() && (!raw.matches("[\\d.,/]+") || raw.chars().filter(c -> c == '.').count() > 1)) {
      return a.with(Amount.Kind.NONE);
    }
    if (t.isDigits() && t.attached() && n > 0 && (toks.get(n - 1).isWord()
        || toks.get(n - 1).is("'") || toks.get(n - 1).is("\u2019")
        || (toks.get(n - 1).is("-") && n > 1 && toks.get(n - 2).isDigits()))) {
      return a.with(Amount.Kind.NONE);
    }
    // years and year ranges
    if (t.isDigits() && raw.length() == 4 && raw.matches("\\d{4}")
        && isYearish(Double.parseDouble(raw))
        && (bare || a.high() != null) && a.qualifier() == null) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && t.isDigits() && raw.matches("0\\d+")) {
      return a.with(Amount.Kind.NONE);
    }
    // dates: Aug. 7, 18 April, February 24
    String before = lower(toks, n - 1).replace(".", "");
    String after = lower(toks, a.end()).replace(".", "");
    if (bare && (Units.MONTHS.contains(before) || Units.MONTHS.contains(after))) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && n >= 2 && lower(toks, n - 1).equals(".") && Units.MONTHS.contains(lower(toks, n - 2))) {
      return a.with(Amount.Kind.NONE);
    }
    // clock times
    if (Units.CLOCK.contains(lower(toks, a.end())) || Units.CLOCK.contains(lower(toks, n + 1))) {
      return a.with(Amount.Kind.NONE);
    }
    // ordinals and names in words: "Group of Seven" mid-sentence capitals
    if (!t.isDigits() && t.capitalized() && n > 0 && !isOpening(toks, n)) {
      return a.with(Amount.Kind.NONE);
    }
    // ages: "32-year-old", "Yongo, 32,", "aged 46"
    if (Units.TIME.contains(a.unit()) && (lower(toks, a.end()).equals("old")
        || lower(toks, a.end()).equals("olds") || match(toks, a.end(), "- old") > 0
        || match(toks, a.end(), "- olds") > 0 || before.equals("aged"))) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && (before.equals("aged") || before.equals("age"))) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && t.isDigits() && before.equals(",") && n >= 2 && toks.get(n - 2).capitalized()
        && (after.equals(",") || after.equals("") || lower(toks, a.end()).equals("."))
        && a.value() < 120) {
      return a.with(Amount.Kind.NONE);
    }
    // codes and names: Flight 447, Fokker 50, Resolution 1723
    if (bare && t.isDigits() && n > 0 && toks.get(n - 1).capitalized() && a.first() == n
        && (!isOpening(toks, n - 1) || !OPENERS.contains(toks.get(n - 1).lower()))) {
      return a.with(Amount.Kind.NONE);
    }
    // list numbering
    if (n == 0 && bare && (after.equals(")") || (lower(toks, a.end()).equals(".") && a.end() + 1 < toks.size()))) {
      return a.with(Amount.Kind.NONE);
    }
    // "one" alone is an article, not a count
    if (bare && !t.isDigits() && a.value() == 1 && a.qualifier() == null) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && lower(toks, a.end()).equals("of") && !t.isDigits() && a.value() == 1) {
      return a.with(Amount.Kind.NONE);
    }
    // back-references: "the two leaders", "these four"
    if (bare && !t.isDigits() && SPOKEN_SMALL.contains(t.lower()) && a.first() == n
        && BACK_REFERENCE.contains(before)) {
      return a.with(Amount.Kind.NONE);
    }
    // durations that place the report in time: "300 days ago", "in the past 24 hours"
    if (Units.TIME.contains(a.unit()) && a.high() == null) {
      String b = lower(toks, a.first() - 1);
      if (Units.TIME_AFTER.contains(after) || Units.TIME_BEFORE.contains(b)
          || match(toks, a.end(), "from now") > 0) {
        return a.with(Amount.Kind.TIME);
      }
    }
    // a day or two
    if (bare && before.equals("or") && Units.MEASURE.containsKey(lower(toks, n - 2))) {
      return a.with(Amount.Kind.NONE);
    }
    if (bare && (before.equals("no.") || before.equals("no") || before.equals("number")
        || before.equals("#"))) {
      return a.with(Amount.Kind.NONE);
    }
    return a;
  }

  /** True when token i opens its sentence or follows an opening quote or bracket. */
  private static boolean isOpening(List<Tok> toks, int i) {
    if (i == 0) {
      return true;
    }
    String p = toks.get(i - 1).text();
    return p.equals("\"") || p.equals("\u201c") || p.equals("`") || p.equals("'")
        || p.equals("(") || p.equals("\u2018") || p.equals(":") || p.equals("_")
        || p.equals("\u2014") || p.equals("-");
  }
}

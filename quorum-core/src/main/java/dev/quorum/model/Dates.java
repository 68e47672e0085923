package dev.quorum.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the publication dates found in news containers to ISO-8601: {@code
 * 2023-03-07T10:15:00Z} when the instant is known (the time had a zone or offset, or was an epoch
 * number), else the calendar date alone, {@code 2023-03-07}.
 *
 * <p>A time without a zone ({@code 1999-01-25 19:19}) keeps only its date: which instant it was
 * cannot be told, and the two shapes above are what {@code Metadata.published} promises.
 */
public final class Dates {

  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private static final Pattern DIGITS = Pattern.compile("\\d{8,13}");
  private static final Pattern WEEKDAY =
      Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T"
              + " ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");

  /** Zone abbreviations of RFC 822 and common US ones, as fixed offsets. */
  private static final Map<String, ZoneOffset> ZONES =
      Map.ofEntries(
          Map.entry("UT", ZoneOffset.UTC),
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("Z", ZoneOffset.UTC),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)));

  private static final Pattern RFC822 =
      Pattern.compile(
          "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
              + "\\s*([+-]\\d{4}|[A-Za-z]{1,4})?)?\\b.*");

  private static final List<DateTimeFormatter> WORDY_DATES =
      List.of(
          formatter("MMMM d, uuuu"),
          formatter("MMMM d uuuu"),
          formatter("MMM d, uuuu"),
          formatter("MMM. d, uuuu"),
          formatter("MMM d uuuu"),
          formatter("d MMMM, uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"),
          formatter("d. MMMM uuuu"));

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date in {@code s} as ISO-8601, or null when it is not a date this class understands. */
  public static String toIso(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty() || t.length() > 100) {
      return null;
    }
    try {
      String r = parse(t);
      return r;
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private static String parse(String t) {
    if (DIGITS.matcher(t).matches()) {
      return digits(t);
    }
    Matcher iso = ISO_LIKE.matcher(t);
    if (iso.lookingAt()) {
      return isoLike(iso);
    }
    String u = WEEKDAY.matcher(t).replaceFirst("");
    Matcher rfc = RFC822.matcher(u);
    if (rfc.matches()) {
      String r = rfc822(rfc);
      if (r != null) {
        return r;
      }
    }
    for (DateTimeFormatter f : WORDY_DATES) {
      java.text.ParsePosition pos = new java.text.ParsePosition(0);
      TemporalAccessor ta;
      try {
        ta = f.parseUnresolved(u, pos);
      } catch (RuntimeException e) {
        continue;
      }
      if (ta == null || pos.getErrorIndex() >= 0) {
        continue;
      }
      if (pos.getIndex() < u.length() && Character.isLetterOrDigit(u.charAt(pos.getIndex()))) {
        continue;
      }
      try {
        LocalDate d =
            LocalDate.of(
                (int) ta.getLong(ChronoField.YEAR),
                (int) ta.getLong(ChronoField.MONTH_OF_YEAR),
                (int) ta.getLong(ChronoField.DAY_OF_MONTH));
        return date(d);
      } catch (DateTimeException e) {
        continue;
      }
    }
    return null;
  }

  private static String digits(String t) {
    if (t.length() == 8) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(t.substring(0, 4)),
              Integer.parseInt(t.substring(4, 6)),
              Integer.parseInt(t.substring(6, 8)));
      return date(d);
    }
    long v = Long.parseLong(t);
    Instant i = t.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    return instant(i);
  }

  private static String isoLike(Matcher m) {
    LocalDate d =
        LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    if (m.group(4) == null || m.group(7) == null) {
      return date(d);
    }
    int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    ZoneOffset off = offset(m.group(7));
    if (off == null) {
      return date(d);
    }
    OffsetDateTime odt =
        OffsetDateTime.of(
            d.getYear(),
            d.getMonthValue(),
            d.getDayOfMonth(),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            sec,
            0,
            off);
    return instant(odt.toInstant());
  }

  private static String rfc822(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    int month = month(m.group(2));
    if (month < 0) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    } else if (m.group(3).length() != 4) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, day);
    if (m.group(4) == null || m.group(7) == null) {
      return date(d);
    }
    ZoneOffset off = offset(m.group(7));
    if (off == null) {
      return date(d);
    }
    int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    ZonedDateTime z =
        ZonedDateTime.of(
            year,
            month,
            day,
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            sec,
            0,
            (ZoneId) off);
    return instant(z.toInstant());
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i]) && (n.length() == 3 || fullMonthPrefix(n, i))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean fullMonthPrefix(String n, int i) {
    String[] full = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    return full[i].startsWith(n) || (i == 8 && n.equals("sept"));
  }

  private static ZoneOffset offset(String z) {
    if (z == null) {
      return null;
    }
    ZoneOffset named = ZONES.get(z.toUpperCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.substring(1).replace(":", "");
      int h = Integer.parseInt(digits.substring(0, 2));
      int mm = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
      int sign = z.startsWith("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * h, sign * mm);
    }
    return null;
  }

  private static String date(LocalDate d) {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      return null;
    }
    return d.toString();
  }

  private static String instant(Instant i) {
    int year = i.atOffset(ZoneOffset.UTC).getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    return DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The ISO-8601 form of an instant, whole seconds, in UTC ({@code 2023-03-07T10:15:00Z}). */
  public static String of(Instant i) {
    return i == null ? null : instant(i);
  }
}

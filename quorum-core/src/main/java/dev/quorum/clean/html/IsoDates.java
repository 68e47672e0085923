package dev.quorum.clean.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalizes the date strings found in page metadata to ISO-8601, or null when none can be read. */
final class IsoDates {

  private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss z", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss z yyyy", Locale.ENGLISH));
  private static final List<DateTimeFormatter> LOCAL_DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH));

  private IsoDates() {}

  /** The ISO-8601 form of {@code raw}: an instant in UTC, a local date-time or a date. */
  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return null;
    }
    String t = s.replace(' ', 'T');
    if (t.length() > 10 && DATE_PREFIX.matcher(t).find()) {
      t = OFFSET_NO_COLON.matcher(t).replaceFirst("$1:$2");
      try {
        return OffsetDateTime.parse(t).toInstant().toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return ZonedDateTime.parse(t).toInstant().toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return LocalDateTime.parse(t).toString();
      } catch (DateTimeParseException e) {
        // fall through to the date alone
      }
    }
    Matcher m = DATE_PREFIX.matcher(s);
    if (m.find()) {
      return validDate(m.group(1), m.group(2), m.group(3));
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(s, f).toInstant().toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    String cleaned = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
    for (DateTimeFormatter f : LOCAL_DATES) {
      try {
        return LocalDate.parse(cleaned, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    Matcher c = COMPACT.matcher(s);
    if (c.find()) {
      return validDate(c.group(1), c.group(2), c.group(3));
    }
    return null;
  }

  private static String validDate(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}

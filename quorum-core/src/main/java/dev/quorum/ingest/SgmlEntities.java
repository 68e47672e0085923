package dev.quorum.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Decodes the character entities of SGML newswire: numeric references, HTML named entities in any
 * case ({@code &amp;}, {@code &AMP;}), and LDC typesetting codes ({@code &QL;}, {@code &UR;},
 * {@code &Cx1f;} ...), which carry no text and are dropped. Unknown entities stay as written.
 */
final class SgmlEntities {

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern LDC_CODE =
      Pattern.compile("Q[LCR]|[UL]R|Cx[0-9A-Fa-f]{1,2}", Pattern.CASE_INSENSITIVE);

  private SgmlEntities() {}

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(String name, String whole) {
    if (name.startsWith("#")) {
      try {
        int cp =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    if (LDC_CODE.matcher(name).matches()) {
      return "";
    }
    if (name.equalsIgnoreCase("HT")) {
      return " ";
    }
    if (Entities.isNamedEntity(name)) {
      return Entities.getByName(name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (Entities.isNamedEntity(lower)) {
      return Entities.getByName(lower);
    }
    return whole;
  }
}

package dev.quorum.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns document bytes into text, finding the charset from a byte-order mark, a declaration (HTTP
 * header or HTML {@code <meta>}), ICU4J's statistical detector, and UTF-8 with replacement last.
 *
 * <p>A declaration is trusted only as far as it can be checked: a page that declares UTF-8 but is
 * not valid UTF-8 (a common mis-declaration of windows-1252 bytes) goes on to detection, and
 * ISO-8859-1 / US-ASCII declarations are read as windows-1252 as browsers do.
 */
final class Decoder {

  /** How many leading bytes are searched for a {@code <meta>} charset declaration. */
  static final int META_SCAN = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
          Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many leading bytes the statistical detector looks at. */
  private static final int DETECT_BYTES = 1 << 16;

  /** Confidence points within which a detector candidate counts as tied with the best. */
  private static final int TIE = 5;

  private Decoder() {}

  /** Decoded text with the charset it was read in. */
  record Decoded(String text, Charset charset, String how) {}

  /** Decodes HTML: BOM, then {@code declared} (transport), then {@code <meta>}, then detection. */
  static Decoded html(byte[] bytes, String declared) {
    Decoded d = bom(bytes);
    if (d != null) {
      return d;
    }
    d = declared(bytes, declared, "transport");
    if (d != null) {
      return d;
    }
    d = declared(bytes, metaCharset(bytes), "meta");
    if (d != null) {
      return d;
    }
    return detect(bytes, true);
  }

  /** Decodes plain text: BOM, then valid UTF-8, then detection. */
  static Decoded text(byte[] bytes) {
    Decoded d = bom(bytes);
    return d != null ? d : detect(bytes, false);
  }

  /** The charset a {@code <meta>} tag in the first bytes declares, or null. */
  static String metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Decoded bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new Decoded(lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new Decoded(
          lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new Decoded(
          lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
    }
    return null;
  }

  private static Decoded declared(byte[] bytes, String name, String how) {
    Charset cs = lookup(name);
    if (cs == null) {
      return null;
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      String s = strict(bytes, cs);
      return s == null ? null : new Decoded(s, cs, how);
    }
    return new Decoded(lenient(bytes, 0, cs), cs, how);
  }

  /** The Java charset for a declared name, mapped as browsers map it; null when unusable. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1" -> {
        return WINDOWS_1252;
      }
      case "utf8" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {}
    }
    try {
      Charset cs = Charset.forName(n);
      // a byte stream cannot be UTF-16/32 without NULs; such a declaration is wrong, as in browsers
      return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")
          ? StandardCharsets.UTF_8
          : cs;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Decoded detect(byte[] bytes, boolean markup) {
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "valid utf-8");
    }
    Charset cs = detector(bytes, markup);
    if (cs != null) {
      return new Decoded(lenient(bytes, 0, cs), cs, "detected");
    }
    return new Decoded(
        lenient(bytes, 0, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8,
        "utf-8 with replacement");
  }

  /**
   * ICU4J's best guess among the single- and multi-byte charsets Java supports. Short texts often
   * tie between windows-1252 and its Central European sibling; ties within {@link #TIE} points go
   * to windows-1252, the legacy charset browsers fall back to for most of the web.
   */
  private static Charset detector(byte[] bytes, boolean markup) {
    try {
      CharsetDetector det = new CharsetDetector();
      det.enableInputFilter(markup);
      det.setText(
          bytes.length <= DETECT_BYTES ? bytes : java.util.Arrays.copyOf(bytes, DETECT_BYTES));
      CharsetMatch[] all = det.detectAll();
      if (all == null) {
        return null;
      }
      Charset best = null;
      int top = -1;
      for (CharsetMatch m : all) {
        Charset cs = lookup(m.getName());
        if (cs == null || m.getConfidence() < 10 || cs.equals(StandardCharsets.UTF_8)) {
          continue;
        }
        if (best == null) {
          best = cs;
          top = m.getConfidence();
        } else if (m.getConfidence() >= top - TIE && cs.equals(WINDOWS_1252)) {
          return cs;
        }
      }
      return best;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The text, or null when the bytes are not valid in {@code cs}. */
  static String strict(byte[] bytes, Charset cs) {
    try {
      CharBuffer cb =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  /**
   * True when a decoded text is not readable text: too many replacement characters or control
   * characters other than tab, line feed, carriage return and form feed.
   */
  static boolean looksBinary(CharSequence s) {
    int n = Math.min(s.length(), 1 << 16);
    if (n == 0) {
      return false;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD'
          || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)) {
        bad++;
      }
    }
    return bad * 10 > n;
  }
}

package dev.quorum.text;

/** Character classes shared by the sentence splitter and the tokenizer, without regex. */
final class Chars {

  private Chars() {}

  /** A letter, digit or combining mark (Indic vowel signs are marks and belong to their word). */
  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Java whitespace plus the no-break spaces. */
  static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
  }

  /** Characters that can end a sentence. */
  static boolean isTerminal(char c) {
    switch (c) {
      case '.':
      case '!':
      case '?':
      case '\u2026': // …
      case '\u3002': // 。
      case '\uFF01': // ！
      case '\uFF1F': // ？
      case '\uFF0E': // ．
      case '\u061F': // ؟
      case '\u06D4': // ۔
      case '\u0964': // ।
      case '\u0965': // ॥
      case '\u203C': // ‼
      case '\u2047':
      case '\u2048':
      case '\u2049':
      case '\u037E': // Greek question mark
        return true;
      default:
        return false;
    }
  }

  /** Terminals after which no space is needed to end a sentence (CJK full-width marks). */
  static boolean isFullWidthTerminal(char c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  /** Characters that close a quotation or a parenthetical. */
  static boolean isClosing(char c) {
    switch (c) {
      case '"':
      case '\'':
      case '\u201D': // ”
      case '\u2019': // ’
      case '\u00BB': // »
      case '\u203A': // ›
      case ')':
      case ']':
      case '}':
      case '\u300D': // 」
      case '\u300F': // 』
      case '\uFF09': // ）
        return true;
      default:
        return false;
    }
  }

  /** Characters that open a quotation or a parenthetical. */
  static boolean isOpening(char c) {
    switch (c) {
      case '`': // ``PTB-style quotes'' in wire copy
      case '"':
      case '\'':
      case '\u201C': // “
      case '\u2018': // ‘
      case '\u201E': // „
      case '\u201A': // ‚
      case '\u00AB': // «
      case '\u2039': // ‹
      case '(':
      case '[':
      case '{':
      case '\u00BF': // ¿
      case '\u00A1': // ¡
      case '\u300C': // 「
      case '\u300E': // 『
      case '\uFF08': // （
        return true;
      default:
        return false;
    }
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015';
  }

  /** Trailing punctuation that is always its own token. */
  static boolean isTrailingPunct(char c) {
    switch (c) {
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case '\u2026':
      case '\u3002':
      case '\u3001': // 、
      case '\uFF0C': // ，
      case '\uFF01':
      case '\uFF1F':
      case '\u061F':
      case '\u060C': // ،
      case '\u061B': // ؛
      case '\u06D4':
      case '\u0964':
      case '\u0965':
      case '\u037E':
      case '\u00B7': // Greek ano teleia is U+0387, normalized to U+00B7
      case '\u0387':
        return true;
      default:
        return isClosing(c);
    }
  }

  static boolean isCurrency(char c) {
    return c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u20B9'
        || c == '\u20BD' || c == '\u20B4';
  }

  static boolean isUpper(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  static boolean isLower(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') : Character.isLowerCase(c);
  }

  static boolean isDigit(char c) {
    return c < 128 ? (c >= '0' && c <= '9') : Character.isDigit(c);
  }

  static boolean isLetter(char c) {
    return c < 128 ? ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) : Character.isLetter(c);
  }
}

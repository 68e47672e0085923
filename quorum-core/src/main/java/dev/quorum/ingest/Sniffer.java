package dev.quorum.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the format of an input from its first (decompressed) bytes, using the file name's extension
 * only where the content leaves a choice (JSON vs JSON lines, bare text vs HTML).
 */
final class Sniffer {

  /** How many leading bytes are looked at. */
  static final int HEAD = 8192;

  /** The verdict: a format, or the reason the input is not readable text at all. */
  record Verdict(Format format, String problem) {
    static Verdict of(Format f) {
      return new Verdict(f, null);
    }

    static Verdict bad(String problem) {
      return new Verdict(null, problem);
    }
  }

  private static final Pattern ROOT = Pattern.compile("<([A-Za-z][A-Za-z0-9_:.-]*)");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(html|head|body|meta|title|div|p|article|section|span|a|br|table|h[1-6]|script|link|style)[\\s>/]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern JSONL_BREAK = Pattern.compile("[}\\]]\\s*\\r?\\n\\s*[{\\[]");

  private static final JsonFactory JSON = new JsonFactory();

  private Sniffer() {}

  static Verdict sniff(byte[] head, int length, String fileName) {
    if (length == 0) {
      return Verdict.bad("empty file");
    }
    String ext = extension(fileName);
    String ascii = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("WARC/")) {
      return Verdict.of(Format.WARC);
    }
    String text;
    if (length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
      text = new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
    } else if (length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
      text = new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
    } else {
      if (ascii.indexOf('\0') >= 0) {
        return Verdict.bad("binary content (NUL bytes)");
      }
      text = ascii.startsWith("\u00ef\u00bb\u00bf") ? ascii.substring(3) : ascii;
    }
    if (Decoder.looksBinary(text)) {
      return Verdict.bad("binary content (control characters)");
    }
    String t = text.stripLeading();
    if (t.isEmpty()) {
      return Verdict.bad("blank file (only whitespace)");
    }
    char first = t.charAt(0);
    boolean jsonName = ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson");
    if ((first == '[' || first == '{') && (jsonName || startsWithJson(t))) {
      if (ext.equals("jsonl") || ext.equals("ndjson")) {
        return Verdict.of(Format.JSONL);
      }
      return Verdict.of(first == '{' && JSONL_BREAK.matcher(t).find() ? Format.JSONL : Format.JSON);
    }
    if (first == '<') {
      Format f = markup(t, ext);
      if (f != null) {
        return Verdict.of(f);
      }
    }
    return switch (ext) {
      case "html", "htm", "xhtml", "shtml" -> Verdict.of(Format.HTML);
      case "warc" -> Verdict.of(Format.WARC);
      case "json" -> Verdict.of(Format.JSON);
      case "jsonl", "ndjson" -> Verdict.of(Format.JSONL);
      default -> Verdict.of(Format.TEXT);
    };
  }

  /**
   * True when the text opens with a JSON value that parses, or that is only cut off by the end of
   * the sniffed head; a text file that merely starts with a brace is not taken for JSON.
   */
  private static boolean startsWithJson(String t) {
    try (JsonParser p = JSON.createParser(t)) {
      int depth = 0;
      JsonToken tok;
      while ((tok = p.nextToken()) != null) {
        if (tok.isStructStart()) {
          depth++;
        } else if (tok.isStructEnd() && --depth == 0) {
          return true;
        }
      }
      return true;
    } catch (JsonEOFException e) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Format markup(String t, String ext) {
    String s = stripProlog(t.substring(0, Math.min(t.length(), HEAD)));
    Matcher m = ROOT.matcher(s);
    if (s.regionMatches(true, 0, "<!doctype html", 0, 14)) {
      return Format.HTML;
    }
    if (m.lookingAt()) {
      String root = m.group(1).toLowerCase(Locale.ROOT);
      switch (root) {
        case "doc" -> {
          return Format.SGML;
        }
        case "rss", "feed", "rdf:rdf" -> {
          return Format.FEED;
        }
        case "html" -> {
          return Format.HTML;
        }
        default -> {}
      }
    }
    if (ext.equals("sgml") || ext.equals("sgm")) {
      return Format.SGML;
    }
    if (HTML_TAG.matcher(s).find() || ext.startsWith("htm") || ext.equals("xhtml")) {
      return Format.HTML;
    }
    // other XML (NITF, NewsML ...): markup the HTML extractor can still take paragraphs from
    return t.startsWith("<?xml") ? Format.HTML : null;
  }

  /** Drops leading XML declarations, processing instructions, comments and non-HTML doctypes. */
  private static String stripProlog(String s) {
    String t = s.stripLeading();
    while (true) {
      int end;
      if (t.startsWith("<?")) {
        end = t.indexOf("?>");
        end = end < 0 ? -1 : end + 2;
      } else if (t.startsWith("<!--")) {
        end = t.indexOf("-->");
        end = end < 0 ? -1 : end + 3;
      } else if (t.startsWith("<!") && !t.regionMatches(true, 0, "<!doctype html", 0, 14)) {
        int gt = t.indexOf('>');
        int subset = t.indexOf('[');
        if (subset >= 0 && (gt < 0 || subset < gt)) {
          end = t.indexOf("]>", subset); // a doctype with an internal subset of declarations
          end = end < 0 ? -1 : t.indexOf('>', end) + 1;
        } else {
          end = gt < 0 ? -1 : gt + 1;
        }
      } else {
        return t;
      }
      if (end < 0) {
        return t;
      }
      t = t.substring(end).stripLeading();
    }
  }

  /** The last extension of a file name, lower case, after dropping a final {@code .gz}. */
  static String extension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    } else if (n.endsWith(".gzip")) {
      n = n.substring(0, n.length() - 5);
    }
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}

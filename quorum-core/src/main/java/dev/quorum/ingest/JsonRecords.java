package dev.quorum.ingest;

import dev.quorum.model.Dates;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps one JSON object of a news dump to a {@link RawDocument}, accepting the field names common
 * dumps use (news-please, NewsAPI, Common Crawl derivatives, WordPress exports).
 */
final class JsonRecords {

  static final List<String> ID = List.of("id", "_id", "doc_id", "uuid", "guid");
  static final List<String> URL = List.of("url", "link", "uri", "canonical_url");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> TEXT =
      List.of("text", "body", "content", "maintext", "article", "articleBody");
  static final List<String> HTML = List.of("html", "raw_html", "content_html");
  static final List<String> PUBLISHED =
      List.of(
          "published",
          "date",
          "publish_date",
          "date_publish",
          "pubDate",
          "published_at",
          "datePublished",
          "timestamp");
  static final List<String> OUTLET =
      List.of("outlet", "source", "site", "site_name", "publisher", "source_domain", "domain");
  static final List<String> BYLINE = List.of("author", "authors", "byline");

  /** Markup that makes a "text" field HTML rather than plain text. */
  private static final Pattern MARKUP =
      Pattern.compile("</p>|<p[\\s>]|<br\\s*/?>|</div>|<div[\\s>]", Pattern.CASE_INSENSITIVE);

  /** A record as a document, or the reason it cannot be one. */
  record Result(RawDocument document, String problem) {}

  private JsonRecords() {}

  /**
   * The document for {@code node}.
   *
   * @param number the record's 1-based position, used for the id when the record has none
   */
  static Result toDocument(JsonNode node, Input in, Format format, long number, Source source) {
    if (node == null || !node.isObject()) {
      return new Result(null, "not a JSON object");
    }
    String html = first(node, HTML);
    String text = first(node, TEXT);
    MediaType type;
    String body;
    if (html != null) {
      type = MediaType.HTML;
      body = html;
    } else {
      if (text == null) {
        text = string(node.get("description"));
      }
      if (text == null) {
        return new Result(null, "no text, body, content or html field");
      }
      type =
          text.indexOf('<') >= 0 && MARKUP.matcher(text).find() ? MediaType.HTML : MediaType.TEXT;
      body = text;
    }
    String id = first(node, ID);
    if (id == null) {
      id = in.stem() + "#" + number;
    }
    String published = null;
    for (String f : PUBLISHED) {
      published = Dates.toIso(string(node.get(f)));
      if (published != null) {
        break;
      }
    }
    Metadata meta =
        new Metadata(
            first(node, TITLE), first(node, URL), outlet(node), byline(node), published, null);
    return new Result(new RawDocument(id, source, format.label(), type, body, meta), null);
  }

  private static String first(JsonNode node, List<String> fields) {
    for (String f : fields) {
      String s = string(node.get(f));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The non-blank text of a scalar, or of a WordPress-style {@code {"rendered": ...}}. */
  private static String string(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isObject()) {
      return string(v.has("rendered") ? v.get("rendered") : v.get("$date"));
    }
    if (v.isTextual() || v.isNumber() || v.isBoolean()) {
      String s = v.asText().strip();
      return s.isEmpty() ? null : s;
    }
    return null;
  }

  private static String outlet(JsonNode node) {
    for (String f : OUTLET) {
      JsonNode v = node.get(f);
      if (v != null && v.isObject()) {
        String s = string(v.get("name"));
        if (s == null) {
          s = string(v.get("title"));
        }
        if (s != null) {
          return s;
        }
      } else {
        String s = string(v);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static String byline(JsonNode node) {
    for (String f : BYLINE) {
      String s = person(node.get(f));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String person(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode e : v) {
        String s = person(e);
        if (s != null) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (v.isObject()) {
      return string(v.get("name"));
    }
    return string(v);
  }
}

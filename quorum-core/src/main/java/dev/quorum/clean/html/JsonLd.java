package dev.quorum.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's schema.org JSON-LD, if it has one: headline, author, dates,
 * publisher and body text.
 *
 * @param headline the headline
 * @param author author names joined by ", "
 * @param datePublished the publication date as written
 * @param publisher the publisher's name
 * @param url the article's own URL
 * @param articleBody the full text, used to cross-check the chosen container
 */
record JsonLd(
    String headline,
    String author,
    String datePublished,
    String publisher,
    String url,
    String articleBody) {

  static final JsonLd EMPTY = new JsonLd(null, null, null, null, null, null);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  /** Reads the first article-like object of the page's JSON-LD scripts; never throws. */
  static JsonLd read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = MAPPER.readTree(script.data());
        collect(root, objects, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common; ignore the script
      }
    }
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode o : objects) {
      int rank = rank(o);
      if (rank < bestRank) {
        best = o;
        bestRank = rank;
      }
    }
    if (best == null) {
      return EMPTY;
    }
    return new JsonLd(
        text(best.get("headline")),
        names(best.get("author")),
        text(best.get("datePublished")),
        names(best.get("publisher")),
        url(best),
        text(best.get("articleBody")));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.has("@type")) {
        out.add(node);
      }
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  /** Lower is better: news articles, then other articles, then web pages; others are skipped. */
  private static int rank(JsonNode o) {
    String type = o.get("@type").toString().toLowerCase(Locale.ROOT);
    if (type.contains("newsarticle") || type.contains("reportage")) {
      return 0;
    }
    if (type.contains("article") || type.contains("posting")) {
      return 1;
    }
    if (o.has("headline") || o.has("articleBody")) {
      return 2;
    }
    return Integer.MAX_VALUE;
  }

  private static String url(JsonNode o) {
    String u = text(o.get("url"));
    if (u == null) {
      JsonNode main = o.get("mainEntityOfPage");
      u = main != null && main.isObject() ? text(main.get("@id")) : text(main);
    }
    return u != null && u.startsWith("http") ? u : null;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isValueNode()) {
      String s = n.asText().strip();
      return s.isEmpty() ? null : s;
    }
    return null;
  }

  private static String names(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    if (n.isArray()) {
      for (JsonNode a : n) {
        String s = name(a);
        if (s != null && !names.contains(s)) {
          names.add(s);
        }
      }
    } else {
      String s = name(n);
      if (s != null) {
        names.add(s);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String name(JsonNode n) {
    String s = n.isObject() ? text(n.get("name")) : text(n);
    return s == null || s.startsWith("http") ? null : s;
  }
}

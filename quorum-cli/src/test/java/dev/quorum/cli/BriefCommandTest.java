package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {

  private static JsonNode brief;
  private static Map<String, String> texts = new HashMap<>();

  @BeforeAll
  static void briefTheSeeds() throws IOException {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief", "-f", "json",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    brief = Json.MAPPER.readTree(r.out());
    for (JsonNode a : brief.get("articles")) {
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
  }

  private static String cited(JsonNode mention) {
    return texts.get(mention.get("article").asText())
        .substring(mention.get("start").asInt(), mention.get("end").asInt());
  }

  @Test
  void jsonHoldsEveryPart() {
    assertThat(brief.fieldNames()).toIterable().contains("articles", "copies", "origins",
        "stories", "entities", "quotes", "claims", "summary");
    assertThat(brief.get("articles").size()).isEqualTo(5);
    assertThat(brief.get("origins").size()).isEqualTo(4);
  }

  @Test
  void everySummarySentenceIsVerbatimAndCitesEverySource() {
    assertThat(brief.get("summary").size()).isGreaterThanOrEqualTo(3);
    for (JsonNode s : brief.get("summary")) {
      JsonNode mentions = s.get("mentions");
      assertThat(mentions.size()).isPositive();
      assertThat(cited(mentions.get(0))).isEqualTo(s.get("text").asText());
      Set<String> articles = new HashSet<>();
      mentions.forEach(m -> articles.add(m.get("article").asText()));
      assertThat(s.get("origins").asInt()).isBetween(1, articles.size());
    }
  }

  @Test
  void aStatementAndItsCopyAppearOnceInTheSummary() {
    // Sentences aligned by a copy relation state the same thing: at most one may be chosen.
    Set<String> summarySpans = new HashSet<>();
    for (JsonNode s : brief.get("summary")) {
      JsonNode m = s.get("mentions").get(0);
      summarySpans.add(m.get("article").asText() + ":" + m.get("start").asInt());
    }
    for (JsonNode copy : brief.get("copies")) {
      for (JsonNode pair : copy.get("aligned")) {
        boolean a = summarySpans.contains(copy.get("a").asText() + ":"
            + pair.get("a").get("start").asInt());
        boolean b = summarySpans.contains(copy.get("b").asText() + ":"
            + pair.get("b").get("start").asInt());
        assertThat(a && b).as("both sides of an aligned pair chosen").isFalse();
      }
    }
  }

  @Test
  void claimsCarryAStatusAndCountOriginsNotArticles() {
    Set<String> statuses = Set.of("corroborated", "single-source", "unverified", "disputed");
    boolean sawCopyPair = false;
    for (JsonNode c : brief.get("claims")) {
      assertThat(statuses).contains(c.get("status").asText());
      Set<String> articles = new HashSet<>();
      c.get("mentions").forEach(m -> articles.add(m.get("article").asText()));
      if (articles.equals(Set.of("002_f953430fa18a98f3", "004_666e057f571c62ec"))) {
        sawCopyPair = true;
        assertThat(c.get("origins").asInt()).as(c.toString()).isEqualTo(1);
        assertThat(c.get("status").asText()).isNotEqualTo("corroborated");
      }
      if (c.get("status").asText().equals("corroborated")) {
        assertThat(c.get("origins").asInt()).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(sawCopyPair).as("a figure stated only by the wire story and its rewrite").isTrue();
  }

  @Test
  void nothingFromTheRemovedTeasersAppears() throws IOException {
    ArticlesCommandTest.Run articles = ArticlesCommandTest.run("articles", "-f", "json",
        ArticlesCommandTest.EXAMPLES.resolve("004_666e057f571c62ec.txt").toString());
    JsonNode removed = Json.MAPPER.readTree(articles.out()).get("articles").get(0).get("removed");
    assertThat(removed.size()).isPositive();
    ArticlesCommandTest.Run text = ArticlesCommandTest.run("brief",
        ArticlesCommandTest.EXAMPLES.toString());
    // The articles part lists what cleaning removed, with reasons; nothing else may hold it.
    String findings = ((com.fasterxml.jackson.databind.node.ObjectNode) brief.deepCopy())
        .without("articles").toString();
    int checked = 0;
    for (JsonNode r : removed) {
      String piece = r.get("text").asText();
      if (piece.length() > 30) {
        checked++;
        assertThat(text.out()).doesNotContain(piece);
        assertThat(findings).doesNotContain(piece);
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void textNamesTheCopiesAndFitsAHundredColumns() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("004_\\w+ rewrites 002_\\w+: \\d+ of \\d+ sentences")
        .contains("Summary").contains("Key figures").contains("Quotes")
        .contains("Who and where").doesNotContain("\u001b[");
    for (String line : r.out().split("\n")) {
      // a single word longer than the width is the only excuse for a long line
      if (line.length() > 100) {
        assertThat(line.strip()).doesNotContain(" ");
      }
    }
  }

  @Test
  void markdownAndHtmlGoToTheOutFile(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("brief.md");
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief", "-f", "markdown", "-o",
        md.toString(), ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(md)).startsWith("# ").contains("### Summary")
        .contains("| Figure | Status | Sources |");
  }

  @Test
  void badWordCountIsAUsageError() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief", "--words", "0",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--words");
  }

  @Test
  void nothingReadingIsExitOne(@TempDir Path dir) {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("brief", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.NOTHING_PROCESSED);
  }

  static List<String> lines(String s) {
    return List.of(s.split("\n"));
  }
}

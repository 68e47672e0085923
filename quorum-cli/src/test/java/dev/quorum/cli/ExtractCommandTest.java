package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeds acceptance for entities: one entity per person or place across spellings and aliases. */
class ExtractCommandTest {

  static JsonNode root;
  static Map<String, String> texts = new HashMap<>();

  @BeforeAll
  static void extractSeeds() throws IOException {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("extract", "-f", "json",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    root = Json.MAPPER.readTree(r.out());
    ArticlesCommandTest.Run a = ArticlesCommandTest.run("articles", "-f", "jsonl",
        ArticlesCommandTest.EXAMPLES.toString());
    for (JsonNode n : ArticlesCommandTest.jsonLines(a.out())) {
      texts.put(n.get("id").asText(), n.get("text").asText());
    }
  }

  /** The entity one of whose names is {@code name}. */
  static JsonNode entity(String name) {
    JsonNode found = null;
    for (JsonNode e : root.get("entities")) {
      if (names(e).contains(name)) {
        assertThat(found).as("two entities named " + name).isNull();
        found = e;
      }
    }
    assertThat(found).as("no entity named " + name).isNotNull();
    return found;
  }

  static List<String> names(JsonNode e) {
    List<String> names = new ArrayList<>();
    names.add(e.get("name").asText());
    e.get("aliases").forEach(a -> names.add(a.asText()));
    return names;
  }

  @Test
  void zelenskySpellingsAreOnePerson() {
    JsonNode z = entity("Zelenskyy");
    assertThat(names(z)).contains("Zelensky", "Zelenskyy", "Zelenskyi");
    assertThat(z.get("type").asText()).isEqualTo("PERSON");
    assertThat(z.get("roles").toString()).contains("President");
  }

  @Test
  void bakhmutAndItsSovietEraNameAreOnePlace() {
    JsonNode b = entity("Bakhmut");
    assertThat(names(b)).contains("Artemovsk");
    assertThat(b.get("name").asText()).isEqualTo("Bakhmut");
    assertThat(b.get("type").asText()).isEqualTo("PLACE");
  }

  @Test
  void kyivAndKievAreOnePlace() {
    assertThat(names(entity("Kyiv"))).contains("Kiev");
  }

  @Test
  void putinsVariantsAreOnePerson() {
    JsonNode p = entity("Putin");
    assertThat(names(p)).contains("Vladimir Putin");
    assertThat(p.get("name").asText()).isEqualTo("Vladimir Putin");
    assertThat(p.get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  void prigozhinIsAPerson() {
    assertThat(entity("Prigozhin").get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  void shoiguHasHisRole() {
    assertThat(entity("Sergei Shoigu").get("roles").toString()).contains("Minister");
  }

  @Test
  void nothingFromTheTeasers() {
    for (JsonNode e : root.get("entities")) {
      assertThat(names(e)).doesNotContain("Ursula von der Leyen", "Sweden", "Canada", "EU",
          "Swedish", "Canadian");
    }
  }

  @Test
  void mentionsPointAtTheirNamesInTheCleanedText() {
    int checked = 0;
    for (JsonNode e : root.get("entities")) {
      List<String> names = names(e);
      for (JsonNode m : e.get("mentions")) {
        String text = texts.get(m.get("article").asText());
        String covered = text.substring(m.get("start").asInt(), m.get("end").asInt());
        assertThat(names).contains(covered.replaceAll("\\s+", " "));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void textListsEntitiesWithAliases() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("extract",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("entities in 5 articles")
        .containsPattern("PERSON +Vladimir Putin \\[vladimir-putin\\]: \\d+ mentions");
  }

  @Test
  void conllLinesGetATagAndKeepTheirLayout() throws IOException {
    String input = "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n"
        + "visited VBD I-VP O\nGermany NNP I-NP I-LOC\n. . O O\n\n";
    ArticlesCommandTest.Run r = ArticlesCommandTest.runWithInput(input, "entities", "--conll", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER I-PER\n"
        + "Blackburn NNP I-NP I-PER I-PER\nvisited VBD I-VP O O\nGermany NNP I-NP I-LOC I-LOC\n"
        + ". . O O O\n\n");
  }

  @Test
  void conllNeedsAFile() {
    assertThat(ArticlesCommandTest.run("entities").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(ArticlesCommandTest.run("entities", "--conll", "/no/such/file").exit())
        .isEqualTo(ExitCodes.NOTHING_PROCESSED);
    assertThat(Files.exists(ArticlesCommandTest.EXAMPLES)).isTrue();
  }

  private static JsonNode quoteContaining(String words) {
    for (JsonNode q : root.get("quotes")) {
      if (q.get("text").asText().contains(words)) {
        return q;
      }
    }
    throw new AssertionError("no quote contains '" + words + "'");
  }

  @Test
  void aQuoteReportedByThreeArticlesIsOneQuoteFromTwoOrigins() {
    JsonNode q = quoteContaining("appropriate forces");
    assertThat(q.get("mentions").size()).isEqualTo(3);
    assertThat(q.get("origins").asInt()).isEqualTo(2);
    assertThat(q.get("direct").asBoolean()).isTrue();
    JsonNode speaker = entity("Zelenskyy");
    assertThat(q.get("speaker").asText()).isEqualTo(speaker.get("id").asText());
    assertThat(quoteContaining("liberation of Artemovsk").get("origins").asInt()).isEqualTo(1);
  }

  @Test
  void quoteAndClaimSpansPointAtTheirWords() {
    for (JsonNode q : root.get("quotes")) {
      for (JsonNode m : q.get("mentions")) {
        String text = texts.get(m.get("article").asText());
        int start = m.get("start").asInt();
        int end = m.get("end").asInt();
        assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.length());
      }
    }
    for (JsonNode c : root.get("claims")) {
      JsonNode m = c.get("mentions").get(0);
      String cited = texts.get(m.get("article").asText())
          .substring(m.get("start").asInt(), m.get("end").asInt());
      assertThat(cited).as(c.toString()).containsPattern("\\d|[a-z]");
    }
  }

  @Test
  void claimsIncludeTheWarFiguresButNoTeaserNumbers() {
    List<Double> values = new java.util.ArrayList<>();
    root.get("claims").forEach(c -> values.add(c.get("value").asDouble()));
    assertThat(values).contains(170.0, 4e8, 1600.0, 70000.0).doesNotContain(171.0);
    for (JsonNode c : root.get("claims")) {
      if (c.get("value").asDouble() == 1600.0) {
        assertThat(c.get("hedged").asBoolean()).isTrue();
      }
      if (Math.abs(c.get("value").asDouble() - 0.2) < 1e-9
          && c.get("unit").asText().equals("share")) {
        assertThat(c.get("origins").asInt()).isEqualTo(2);
      }
    }
  }
}

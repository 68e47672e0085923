package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiesCommandTest {

  @Test
  void textNamesTheRewriteAndTheOrigins() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("copies", ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("004_\\w+ rewrites 002_\\w+: \\d+ of \\d+ sentences")
        .contains("4 independent origins:");
  }

  @Test
  void embeddingsFindTheSameRewriteAndLinkNoIndependentReport() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("copies", "--embed",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("004_\\w+ rewrites 002_\\w+: \\d+ of \\d+ sentences")
        .contains("4 independent origins:");
  }

  @Test
  void jsonHasCopiesWithAlignedSpansAndOrigins() throws IOException {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("copies", "-f", "json",
        ArticlesCommandTest.EXAMPLES.toString());
    JsonNode root = Json.MAPPER.readTree(r.out());
    JsonNode copy = root.get("copies").get(0);
    assertThat(copy.get("relation").asText()).isEqualTo("rewrite");
    assertThat(copy.get("aligned").size()).isGreaterThanOrEqualTo(8);
    JsonNode pair = copy.get("aligned").get(0);
    assertThat(pair.get("a").get("end").asInt()).isGreaterThan(pair.get("a").get("start").asInt());
    assertThat(pair.get("similarity").asDouble()).isBetween(0.0, 1.0);
    assertThat(root.get("origins").size()).isEqualTo(4);
  }

  @Test
  void repeatedIdsAreRenamedNotFatal(@TempDir Path dir) throws IOException {
    String story = "Ferry service resumes\n\nThe island ferry resumed service on Monday after a"
        + " week of storms kept the boats in port. Operators said extra sailings would clear the"
        + " backlog of freight and passengers by Wednesday.\n";
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/story.txt"), story);
    Files.writeString(dir.resolve("b/story.txt"), story);
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("copies", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("using 'story#2'");
    assertThat(r.out()).contains("story#2 duplicates story").contains("1 independent origin:");
  }

  @Test
  void compareShowsBothArticlesWithNumberedAlignedSentences() {
    Path dir = ArticlesCommandTest.EXAMPLES;
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("compare",
        dir.resolve("002_f953430fa18a98f3.txt").toString(),
        dir.resolve("004_666e057f571c62ec.txt").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("A: 002_f953430fa18a98f3")
        .containsPattern("\\[1 0\\.\\d\\d\\] .* \\| \\[1 0\\.\\d\\d\\] ")
        .contains("004_666e057f571c62ec rewrites 002_f953430fa18a98f3");
  }

  @Test
  void compareWantsExactlyTwoArticles() {
    ArticlesCommandTest.Run r =
        ArticlesCommandTest.run("compare", ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("exactly two articles");
  }

  @Test
  void comparePairsJudgesEachWellFormedLine() throws IOException {
    ArticlesCommandTest.Run r = ArticlesCommandTest.runWithInput(
        "p1\tThe company said profits rose 5 percent in the third quarter.\tProfits at the"
            + " company climbed 5 percent in the third quarter, it said.\n"
            + "p2\tThe storm killed three people in the north.\tFans cheered as the team won.\n"
            + "not a pair\n",
        "compare", "--pairs", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = Json.MAPPER.readTree(lines[0]);
    JsonNode second = Json.MAPPER.readTree(lines[1]);
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.get("same").asBoolean()).isTrue();
    assertThat(second.get("same").asBoolean()).isFalse();
    assertThat(first.get("similarity").asDouble()).isGreaterThan(second.get("similarity").asDouble());
    assertThat(r.err()).contains("2 pairs compared, 1 malformed");
  }

  @Test
  void articlesWithoutInputsIsAUsageError() {
    assertThat(ArticlesCommandTest.run("articles").exit()).isEqualTo(ExitCodes.USAGE);
  }
}

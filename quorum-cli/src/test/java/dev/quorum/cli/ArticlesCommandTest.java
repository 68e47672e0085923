package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ArticlesCommandTest {

  static final Path EXAMPLES = Path.of("..", "examples", "bakhmut");

  record Run(int exit, String out, String err) {}

  static Run runWithInput(String stdin, String... args) {
    CommandLine cl = Quorum.commandLine(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(Json.MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void helpDocumentsFormatsAndExitCodes() {
    Run r = run("articles", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--format", "jsonl", "Exit codes", "nothing could be processed");
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertThat(run().exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("articles", "--no-such-option", "x").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void jsonLinesCarryTheDocumentedFieldsWithSpansIntoTheText() throws IOException {
    Run r = run("articles", "--format", "jsonl", "--no-progress", EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> articles = jsonLines(r.out());
    assertThat(articles).hasSize(5);
    List<String> ids = articles.stream().map(a -> a.get("id").asText()).toList();
    assertThat(ids).isSorted().allMatch(id -> !id.endsWith(".txt"));
    for (JsonNode a : articles) {
      assertThat(a.has("source") && a.has("title") && a.has("outlet") && a.has("byline")
          && a.has("published") && a.has("language") && a.has("removed")).isTrue();
      String text = a.get("text").asText();
      assertThat(text).isNotBlank();
      assertThat(a.get("language").asText()).isEqualTo("eng");
      assertThat(a.get("sentences").size()).isGreaterThan(3);
      for (JsonNode s : a.get("sentences")) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end)).isEqualTo(text.substring(start, end).strip());
      }
      for (JsonNode removed : a.get("removed")) {
        assertThat(removed.get("reason").asText()).isNotBlank();
        assertThat(text).doesNotContain(removed.get("text").asText().strip() + "\n");
      }
    }
    assertThat(r.err()).contains("5 articles processed, 0 skipped");
  }

  @Test
  void jsonIsOneDocumentWithAnArticlesArray() throws IOException {
    Run r = run("articles", "-f", "json", EXAMPLES.resolve("000_1d47d5f76411ba20.txt").toString());
    assertThat(r.exit()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(root.get("articles").size()).isEqualTo(1);
    assertThat(root.get("articles").get(0).get("id").asText()).isEqualTo("000_1d47d5f76411ba20");
  }

  @Test
  void badInputIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "A headline about a vote\n\nThe council voted on Monday to approve the"
        + " budget. The mayor said the vote was a relief for the city.\n");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    Path missing = dir.resolve("missing.txt");
    Run r = run("articles", "-f", "jsonl", good.toString(), empty.toString(), missing.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(jsonLines(r.out())).hasSize(1);
    assertThat(r.err()).contains(empty.toString()).contains(missing.toString())
        .contains("1 article processed, 2 skipped");
  }

  @Test
  void nothingProcessableExitsWithOne(@TempDir Path dir) throws IOException {
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0x7f, 0, 9});
    Run r = run("articles", binary.toString(), dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.NOTHING_PROCESSED);
    assertThat(r.err()).contains("0 articles processed, 2 skipped");
  }

  @Test
  void readsStandardInput() throws IOException {
    Run r = runWithInput("Storm closes schools\n\nSchools across the region closed on Tuesday as a storm"
        + " brought heavy snow. Officials said they would reopen on Thursday.\n",
        "articles", "-f", "jsonl", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> articles = jsonLines(r.out());
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).get("text").asText()).contains("heavy snow");
  }

  @Test
  void outputIsDeterministic() {
    Run a = run("articles", "-f", "jsonl", "--threads", "2", EXAMPLES.toString());
    Run b = run("articles", "-f", "jsonl", "--threads", "1", EXAMPLES.toString());
    assertThat(a.out()).isEqualTo(b.out());
  }

  @Test
  void textFormatShowsRemovedPiecesWithReasons() {
    Run r = run("articles", EXAMPLES.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("=== 004_666e057f571c62ec").contains("removed (");
  }

  @Test
  void theCorpusPassDropsLinesRepeatedAcrossAnOutletsDocuments(@TempDir Path dir)
      throws IOException {
    String[] stories = {
      "The council approved the new budget on Monday after a long debate.",
      "Flooding closed three roads in the north of the county overnight.",
      "The school board named a new superintendent for the district.",
      "A local bakery won a national award for its sourdough bread.",
    };
    for (int i = 0; i < stories.length; i++) {
      Files.writeString(dir.resolve("story" + i + ".txt"), "Headline number " + i + "\n\n"
          + stories[i] + " Officials said more details would follow this week.\n\n"
          + "Valley Desk community notes\n\n"
          + "Residents were asked to share their views at a meeting on Thursday.\n\n"
          + "The meeting will be held at the town hall and is open to everyone in the county.\n\n"
          + "A second meeting is planned for next month if the first one is full.\n");
    }
    Run learned = run("articles", "-f", "jsonl", dir.toString());
    Run plain = run("articles", "-f", "jsonl", "--no-corpus-pass", dir.toString());
    assertThat(learned.exit()).isZero();
    for (JsonNode a : jsonLines(learned.out())) {
      assertThat(a.get("text").asText()).doesNotContain("Valley Desk").contains("Residents");
      assertThat(a.get("removed").toString()).contains("repeated");
    }
    for (JsonNode a : jsonLines(plain.out())) {
      assertThat(a.get("text").asText()).contains("Valley Desk");
    }
  }
}

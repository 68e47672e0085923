package dev.quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoriesCommandTest {

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText().substring(0, 3)));
    return out;
  }

  @Test
  void seedsFormOneStorylineWithTheReinforcementDecisionAsOneEvent() throws IOException {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("stories", "--format", "json",
        "--no-progress", ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = Json.MAPPER.readTree(r.out()).get("stories");
    assertThat(stories.size()).isEqualTo(1);
    JsonNode story = stories.get(0);
    assertThat(ids(story.get("articles"))).containsExactly("000", "001", "002", "003", "004");
    assertThat(story.get("id").asText()).isNotBlank();
    assertThat(story.get("title").asText()).isNotBlank();
    JsonNode decision = null;
    int total = 0;
    for (JsonNode e : story.get("events")) {
      assertThat(e.get("id").asText()).isNotBlank();
      assertThat(e.get("title").asText()).isNotBlank();
      total += e.get("articles").size();
      if (ids(e.get("articles")).contains("001")) {
        decision = e;
      }
    }
    assertThat(total).isEqualTo(5);
    assertThat(decision).isNotNull();
    assertThat(ids(decision.get("articles"))).contains("001", "002", "004").doesNotContain("000");
  }

  @Test
  void textIsAnOutlineOfStorylinesEventsAndArticles() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("stories", "--no-progress",
        ArticlesCommandTest.EXAMPLES.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 storyline, ")
        .containsPattern("\\nStoryline s-000_\\w+: .+\\n  dates unknown; 5 articles")
        .containsPattern("\\n  Event e-001_\\w+: .+\\n    dates unknown; 3 articles from 2 origins")
        .contains("    - 000_1d47d5f76411ba20: Zelensky visits the battleground city");
  }

  @Test
  void noInputIsAUsageError() {
    ArticlesCommandTest.Run r = ArticlesCommandTest.run("stories");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
  }
}

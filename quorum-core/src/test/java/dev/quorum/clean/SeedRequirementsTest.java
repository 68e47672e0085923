package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Removed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaning requirements stated for the seed reports, checked one by one. */
class SeedRequirementsTest {

  private static Cleaned seed(String prefix) throws IOException {
    try (var files = java.nio.file.Files.list(SeedGoldenTest.SEEDS)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return SeedGoldenTest.clean(p);
    }
  }

  private static List<String> reasons(Cleaned c, String prefix) {
    return c.removed().stream().map(Removed::reason).filter(r -> r.startsWith(prefix)).toList();
  }

  @Test
  void seed004LosesItsTeasersMarkersAndTheirNumbers() throws IOException {
    Cleaned c = seed("004");
    List<Removed> teasers =
        c.removed().stream().filter(r -> r.reason().startsWith("teaser")).toList();
    assertThat(teasers).hasSize(5);
    for (Removed t : teasers) {
      assertThat(c.text()).doesNotContain(t.text());
    }
    assertThat(c.text())
        .doesNotContain("The story continues below the ad")
        .doesNotContain("Read more")
        .doesNotContain("Click to play")
        .doesNotContain("171")
        .doesNotContain("2 Canadian");
    assertThat(reasons(c, "boilerplate: ad marker")).hasSize(4);
    assertThat(reasons(c, "boilerplate: teaser marker")).hasSize(3);
    assertThat(reasons(c, "boilerplate: video placeholder")).hasSize(2);
  }

  @Test
  void seed000LosesBackToTopButKeepsItsStory() throws IOException {
    Cleaned c = seed("000");
    assertThat(c.removed()).extracting(Removed::text).contains("Back to top button");
    assertThat(c.text()).doesNotContain("Back to top").endsWith("to assault Ukrainian positions.");
    assertThat(c.metadata().title()).startsWith("Zelensky visits the battleground city");
  }

  @Test
  void seed001LosesRecommendedOnly() throws IOException {
    Cleaned c = seed("001");
    assertThat(c.removed()).extracting(Removed::text).containsExactly("Recommended");
  }

  @Test
  void seed002MovesHeadlineAndOutletAndDropsTheRepeatedStandfirst() throws IOException {
    Cleaned c = seed("002");
    assertThat(c.metadata().title())
        .isEqualTo("Ukraine sending more troops into Bakhmut in attempt to break Russian siege");
    assertThat(c.metadata().outlet()).isEqualTo("Global News");
    assertThat(reasons(c, "duplicate")).hasSize(1);
    assertThat(c.text()).startsWith("Ukrainian President Volodymyr Zelenskyy publicly committed");
  }

  @Test
  void seed003LosesNothing() throws IOException {
    assertThat(seed("003").removed()).isEmpty();
  }
}

package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Removed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests on the five seed reports in examples/bakhmut: the removed pieces, their reasons and
 * the kept paragraph count must match the golden file, and every seed line that the golden file does
 * not list as removed must survive whole in the cleaned text.
 *
 * <p>Run with {@code -Dquorum.golden.update=true} to rewrite the golden files after a deliberate
 * change; review the diff before committing it.
 */
class SeedGoldenTest {

  static final Path SEEDS = Path.of("../examples/bakhmut");
  static final Path GOLDEN = Path.of("src/test/resources/clean/golden");

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  static Cleaned clean(Path seed) throws IOException {
    String body = Files.readString(seed, StandardCharsets.UTF_8);
    ParsedText parsed = new PlainTextParser().parse(body);
    return new TextCleaner().clean(parsed.blocks(), parsed.metadata());
  }

  static List<String> describe(Cleaned c) {
    List<String> lines = new ArrayList<>();
    lines.add("paragraphs\t" + c.paragraphs().size());
    lines.add("title\t" + c.metadata().title());
    lines.add("outlet\t" + c.metadata().outlet());
    for (Removed r : c.removed()) {
      lines.add("removed\t" + r.offset() + "\t" + r.reason() + "\t" + r.text());
    }
    return lines;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesGoldenFile(Path seed) throws IOException {
    List<String> actual = describe(clean(seed));
    Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".golden"));
    if (Boolean.getBoolean("quorum.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keepsEveryLineNotListedAsRemoved(Path seed) throws IOException {
    Cleaned c = clean(seed);
    List<String> removedTexts = c.removed().stream().map(Removed::text).toList();
    for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      String l = TextNormalizer.normalizeParagraph(line);
      if (l.isEmpty() || removedTexts.contains(l)) {
        continue;
      }
      assertThat(c.text()).as("real line of %s", seed.getFileName()).contains(l);
    }
    for (Removed r : c.removed()) {
      if (r.reason().startsWith("duplicate")) {
        // a duplicate's words must all stand, in order, in a kept paragraph
        String words = LineFeatures.key(r.text());
        assertThat(LineFeatures.key(c.text())).contains(words);
      }
      if (r.reason().equals("title")) {
        assertThat(c.metadata().title()).isEqualTo(r.text());
      }
    }
  }
}

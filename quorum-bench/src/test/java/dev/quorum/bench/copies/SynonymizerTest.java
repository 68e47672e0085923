package dev.quorum.bench.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inflection rules and word substitution of the synonymizer. */
class SynonymizerTest {

  @Test
  void regularInflections() {
    assertThat(Synonymizer.plural("city")).isEqualTo("cities");
    assertThat(Synonymizer.plural("day")).isEqualTo("days");
    assertThat(Synonymizer.plural("church")).isEqualTo("churches");
    assertThat(Synonymizer.regularPast("hope")).isEqualTo("hoped");
    assertThat(Synonymizer.regularPast("carry")).isEqualTo("carried");
    assertThat(Synonymizer.regularPast("walk")).isEqualTo("walked");
    assertThat(Synonymizer.gerund("make")).isEqualTo("making");
    assertThat(Synonymizer.gerund("see")).isEqualTo("seeing");
  }

  @Test
  void onlyLowerCaseContentWordsAreEligible() {
    assertThat(Synonymizer.eligible("building")).isTrue();
    assertThat(Synonymizer.eligible("London")).isFalse();
    assertThat(Synonymizer.eligible("the")).isFalse();
    assertThat(Synonymizer.eligible("1998")).isFalse();
    assertThat(Synonymizer.eligible("a1b")).isFalse();
  }

  @Test
  void substitutionKeepsInflectionOfRegularWords() {
    assumeTrue(WordNet.available(WordNet.defaultDir()), "WordNet not installed");
    Synonymizer s = new Synonymizer(WordNet.open());
    String out = s.substitute("the cars", 1.0, new Random(1));
    assertThat(out).startsWith("the ").isNotEqualTo("the cars").endsWith("s");
  }
}

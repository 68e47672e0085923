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

  private static final java.util.List<String> WORDS = java.util.List.of(
      "the", "Minister", "said", "talks", "were", "held", "in", "Paris", "on", "Monday", "and",
      "1998", "officials", "expected", "rising", "prices", "3.5", "percent", "UN", "strong",
      "quickly", "buildings", "damaged", ",", ".", "O'Brien", "well-known", "reports");

  private static final java.util.regex.Pattern KEPT =
      java.util.regex.Pattern.compile("\\b[A-Z][\\w'-]*|\\d[\\d.]*");

  /** Random texts (jqwik is not on this module's test path): names and numbers always stay. */
  @Test
  void namesAndNumbersSurviveAnyTextAndSeed() {
    assumeTrue(WordNet.available(WordNet.defaultDir()), "WordNet not installed");
    Synonymizer s = new Synonymizer(WordNet.open());
    Random gen = new Random(2024);
    int changedTexts = 0;
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + gen.nextInt(30); k > 0; k--) {
        text.append(WORDS.get(gen.nextInt(WORDS.size()))).append(' ');
      }
      String in = text.toString().strip();
      long seed = gen.nextLong();
      String out = s.substitute(in, 1.0, new Random(seed));
      assertThat(kept(out)).as(in).isEqualTo(kept(in));
      assertThat(s.substitute(in, 1.0, new Random(seed))).isEqualTo(out);
      assertThat(s.substitute(in, 0.0, new Random(seed))).isEqualTo(in);
      if (!out.equals(in)) {
        changedTexts++;
      }
    }
    assertThat(changedTexts).isGreaterThan(200);
  }

  private static java.util.List<String> kept(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = KEPT.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}

package dev.quorum.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void romanizationsOfOneNameAreVariants() {
    assertThat(Romanization.variants("zelensky", "zelenskyy")).isTrue();
    assertThat(Romanization.variants("zelensky", "zelenskyi")).isTrue();
    assertThat(Romanization.variants("zelenskiy", "zelensky")).isTrue();
    assertThat(Romanization.variants("kiev", "kyiv")).isTrue();
    assertThat(Romanization.variants("mikhail", "mihail")).isTrue();
    assertThat(Romanization.variants("donbas", "donbass")).isTrue();
  }

  @Test
  void differentNamesAndDerivedWordsAreNot() {
    assertThat(Romanization.variants("israel", "israeli")).isFalse();
    assertThat(Romanization.variants("germany", "german")).isFalse();
    assertThat(Romanization.variants("swedes", "swedish")).isFalse();
    assertThat(Romanization.variants("bell", "bill")).isFalse();
    assertThat(Romanization.variants("jiang", "yang")).isFalse();
    assertThat(Romanization.variants("iran", "iraq")).isFalse();
    assertThat(Romanization.variants("ali", "aly")).isFalse(); // too short to tell
  }

  @Test
  void keysAreAsciiTokens() {
    Romanization r = new Romanization();
    assertThat(r.tokens("Володимир Зеленський")).containsExactly("volodimir", "zelenskij");
    assertThat(r.tokens("Acme Corp.")).containsExactly("acme", "corporation");
    assertThat(r.tokens("al-Hayat")).containsExactly("al", "hayat");
    assertThat(r.tokens("U.S.")).containsExactly("us");
  }
}

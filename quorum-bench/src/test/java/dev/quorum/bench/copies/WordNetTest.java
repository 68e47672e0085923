package dev.quorum.bench.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the installed WordNet 3.0 database; skipped when it is absent. */
class WordNetTest {

  static WordNet wn;

  @BeforeAll
  static void open() {
    assumeTrue(WordNet.available(WordNet.defaultDir()), "WordNet not installed");
    wn = WordNet.open();
  }

  @Test
  void synonymsComeFromTheMostFrequentSenseFirst() {
    // car's first sense is the automobile; its railway-car senses come later
    assertThat(wn.synonyms("car", WordNet.Pos.NOUN, 1))
        .contains("auto", "automobile", "motorcar").doesNotContain("car", "railcar");
    assertThat(wn.synonyms("car", WordNet.Pos.NOUN)).contains("railcar");
    assertThat(wn.synonyms("car", WordNet.Pos.NOUN).indexOf("automobile"))
        .isLessThan(wn.synonyms("car", WordNet.Pos.NOUN).indexOf("railcar"));
  }

  @Test
  void multiWordLemmasUseSpacesAndUnknownWordsHaveNone() {
    assertThat(wn.synonyms("die", WordNet.Pos.VERB)).contains("pass away");
    assertThat(wn.synonyms("qwzrtx", WordNet.Pos.NOUN)).isEmpty();
    assertThat(wn.taggedCount("qwzrtx", WordNet.Pos.NOUN)).isEqualTo(-1);
  }

  @Test
  void baseFormsUseExceptionsAndDetachmentRules() {
    assertThat(wn.baseForms("went", WordNet.Pos.VERB)).contains("go");
    assertThat(wn.baseForms("children", WordNet.Pos.NOUN)).containsExactly("child");
    assertThat(wn.baseForms("churches", WordNet.Pos.NOUN)).contains("church");
    assertThat(wn.baseForms("walking", WordNet.Pos.VERB)).contains("walk");
    assertThat(wn.baseForms("hoped", WordNet.Pos.VERB)).contains("hope");
    assertThat(wn.baseForms("cities", WordNet.Pos.NOUN)).contains("city");
    assertThat(wn.irregular("go", WordNet.Pos.VERB)).isTrue();
    assertThat(wn.irregular("walk", WordNet.Pos.VERB)).isFalse();
  }

  @Test
  void aMissingDatabaseIsAClearError(@TempDir Path empty) {
    assertThat(WordNet.available(empty)).isFalse();
    assertThatThrownBy(() -> WordNet.open(empty))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("wordnet-base");
  }
}

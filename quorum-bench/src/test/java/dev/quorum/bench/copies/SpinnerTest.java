package dev.quorum.bench.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spinner and the editor: deterministic, changing words, keeping names and numbers. */
class SpinnerTest {

  static WordNet wn;

  static final Draft BASE = new Draft("Storm closes schools in northern towns", List.of(
      List.of("Heavy rain flooded several roads in the northern province on Tuesday, officials"
          + " said.", "Rescue teams evacuated 240 families from low-lying villages near the"
          + " river."),
      List.of("Schools will remain closed until the water recedes, the education office"
          + " announced.", "Farmers reported serious damage to crops and livestock across the"
          + " valley."),
      List.of("Forecasters at the Northern Weather Bureau expect more storms this week.",
          "Residents were told to avoid travel and to stay away from the swollen river.")));

  static final Draft OTHER = new Draft("Market report", List.of(
      List.of("Shares rose sharply in early trading.", "Analysts expect a quiet week.")));

  @BeforeAll
  static void open() {
    assumeTrue(WordNet.available(WordNet.defaultDir()), "WordNet not installed");
    wn = WordNet.open();
  }

  @Test
  void spinningIsDeterministicForASeed() {
    Spinner s = new Spinner(wn, Spinner.Options.DEFAULT);
    assertThat(s.spin(BASE, OTHER, 5)).isEqualTo(s.spin(BASE, OTHER, 5));
    assertThat(s.spin(BASE, OTHER, 5).text()).isNotEqualTo(s.spin(BASE, OTHER, 6).text());
  }

  @Test
  void spinningChangesWordsButKeepsNamesAndNumbers() {
    Spinner s = new Spinner(wn, new Spinner.Options(0.5, 0, 0, 0, 0));
    Draft spun = s.spin(BASE, OTHER, 11);
    List<String> before = words(BASE.text());
    List<String> after = words(spun.text());
    assertThat(kept(before)).isEqualTo(kept(after));
    long changed = 0;
    Set<String> beforeSet = Set.copyOf(before);
    for (String w : after) {
      if (!beforeSet.contains(w)) {
        changed++;
      }
    }
    assertThat(changed).isGreaterThanOrEqualTo(5);
  }

  @Test
  void droppedAndAddedSentencesAndSwaps() {
    Spinner s = new Spinner(wn, new Spinner.Options(0.0, 0, 0, 0, 2));
    Draft spun = s.spin(BASE, OTHER, 3);
    assertThat(spun.sentences()).hasSize(BASE.sentences().size() + 2);
    assertThat(spun.sentences()).containsAll(BASE.sentences());
    Draft dropped = new Spinner(wn, new Spinner.Options(0.0, 0, 0, 0.99, 0)).spin(BASE, null, 3);
    assertThat(dropped.sentences().size()).isLessThan(BASE.sentences().size());
  }

  @Test
  void clausesSwapAroundACommaOnly() {
    assertThat(Spinner.swapClauses(
        "The rain flooded several roads on Tuesday, the provincial officials said."))
        .isEqualTo("The provincial officials said, the rain flooded several roads on Tuesday.");
    assertThat(Spinner.swapClauses(
        "Rescue teams reached the village at dawn, which the officials had feared."))
        .isEqualTo("Rescue teams reached the village at dawn, which the officials had feared.");
    assertThat(Spinner.swapClauses("Short one, the officials said today.")).isEqualTo(
        "Short one, the officials said today.");
    assertThat(Spinner.swapClauses("No comma in this sentence at all.")).isEqualTo(
        "No comma in this sentence at all.");
  }

  @Test
  void exactCopiesKeepEveryWordInOrder() {
    Editor e = new Editor(wn);
    String copy = e.exact(BASE, 9);
    assertThat(copy).isNotEqualTo(BASE.text());
    assertThat(Arrays.asList(copy.strip().split("\\s+")))
        .isEqualTo(Arrays.asList(BASE.text().strip().split("\\s+")));
  }

  @Test
  void editedCopiesDifferYetKeepMostSentences() {
    Editor e = new Editor(wn);
    Draft edited = e.edit(BASE, OTHER, 4);
    assertThat(edited).isEqualTo(e.edit(BASE, OTHER, 4));
    assertThat(edited.text()).isNotEqualTo(BASE.text());
    assertThat(edited.title()).isNotEqualTo(BASE.title());
    long kept = BASE.sentences().stream().filter(edited.sentences()::contains).count();
    assertThat(kept).isGreaterThanOrEqualTo(2);
  }

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Capitalised words and numbers, in order: what spinning must not touch. */
  private static String kept(List<String> words) {
    return words.stream()
        .filter(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
        .collect(Collectors.joining(" "));
  }
}

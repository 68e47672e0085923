package dev.quorum.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  record Found(int article, int earlier, CopyKind kind, double score) {}

  /** A text of {@code n} random words from a vocabulary of 5,000. */
  static List<String> words(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + r.nextInt(5000));
    }
    return out;
  }

  static String text(List<String> words) {
    return String.join(" ", words);
  }

  @Test
  void findsDuplicatesAndEditedCopiesAndNothingElse() {
    Random r = new Random(7);
    List<List<String>> bases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      bases.add(words(r, 300 + r.nextInt(300)));
    }
    List<Found> found = new ArrayList<>();
    NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.Options.DEFAULT, 16);
    for (List<String> b : bases) {
      index.add(text(b), (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    }
    assertThat(found).isEmpty();
    // 200: base 3 in other case and punctuation; 201: base 5 trimmed by a third, three words
    // changed, a new first line; 202: base 9 with half its words replaced: no copy
    String dup = text(bases.get(3)).toUpperCase().replace(" ", ", ");
    List<String> edited = new ArrayList<>(bases.get(5).subList(0, bases.get(5).size() * 2 / 3));
    for (int k = 0; k < 3; k++) {
      edited.set(r.nextInt(edited.size()), "changed" + k);
    }
    edited.addAll(0, List.of("breaking", "news", "headline"));
    List<String> spun = new ArrayList<>(bases.get(9));
    for (int k = 0; k < spun.size(); k += 2) {
      spun.set(k, "other" + k);
    }
    assertThat(index.add(dup, (a, e, k, s) -> found.add(new Found(a, e, k, s)))).isEqualTo(200);
    index.add(text(edited), (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    index.add(text(spun), (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    assertThat(found).extracting(Found::article, Found::earlier, Found::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(200, 3, CopyKind.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple(201, 5, CopyKind.NEAR_DUPLICATE));
    assertThat(found.get(1).score()).isGreaterThan(0.8);
    assertThat(index.containment(202, 9)).isLessThan(0.3);
    assertThat(index.jaccard(200, 3)).isEqualTo(1.0);
    assertThat(index.size()).isEqualTo(203);
  }

  @Test
  void laterMembersOfAGroupOfEqualTextsAreDuplicatesOfEachOther() {
    Random r = new Random(1);
    String t = text(words(r, 100));
    List<Found> found = new ArrayList<>();
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (int i = 0; i < 3; i++) {
      index.add(t, (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    }
    assertThat(found).extracting(Found::article, Found::earlier).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 0),
        org.assertj.core.groups.Tuple.tuple(2, 1));
    assertThat(found).allMatch(f -> f.kind() == CopyKind.DUPLICATE && f.score() == 1.0);
  }

  @Test
  void articlesWithoutWordsGetANumberButNoRelation() {
    List<Found> found = new ArrayList<>();
    NearDuplicateIndex index = new NearDuplicateIndex();
    assertThat(index.add("", (a, e, k, s) -> found.add(new Found(a, e, k, s)))).isZero();
    assertThat(index.add(" -- ", (a, e, k, s) -> found.add(new Found(a, e, k, s)))).isEqualTo(1);
    assertThat(found).isEmpty();
    assertThat(index.containment(0, 1)).isZero();
  }

  @Test
  void tablesGrowPastTheExpectedSizeAndKeepFindingCopies() {
    Random r = new Random(3);
    NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.Options.DEFAULT, 1);
    List<String> texts = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String t = text(words(r, 60));
      texts.add(t);
      index.add(t, (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    }
    long bytes = index.bytes();
    for (int i = 0; i < 3000; i += 100) {
      index.add(texts.get(i), (a, e, k, s) -> found.add(new Found(a, e, k, s)));
    }
    assertThat(found).hasSize(30).allMatch(f -> f.earlier() == (f.article() - 3000) * 100);
    assertThat(bytes).isGreaterThan(3000L * 256);
  }

  @Test
  void estimatedContainmentTracksTheExactOne() {
    Random r = new Random(11);
    List<String> base = words(r, 1000);
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(text(base), (a, e, k, s) -> {});
    index.add(text(base.subList(0, 500)), (a, e, k, s) -> {});
    // half of the base: Jaccard 0.5, containment 1
    assertThat(index.jaccard(0, 1)).isBetween(0.38, 0.62);
    assertThat(index.containment(0, 1)).isGreaterThan(0.85);
  }

  @Test
  void rejectsImpossibleOptions() {
    assertThatThrownBy(() -> new NearDuplicateIndex.Options(5, 64, 40, 2, 0.6, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateIndex.Options(5, 128, 32, 4, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

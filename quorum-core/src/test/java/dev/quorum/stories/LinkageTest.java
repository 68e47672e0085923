package dev.quorum.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LinkageTest {

  /** A made-up word, distinct per (topic, k): letters only, so the featurizer keeps it. */
  static String word(int topic, int k) {
    return "qu" + letters(topic) + "o" + letters(k) + "an";
  }

  private static String letters(int x) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('b' + x % 20));
      x /= 20;
    } while (x > 0);
    return sb.toString();
  }

  /** An article of one topic: half its words from the topic, half from a shared background. */
  static Article article(String id, int topic, String date, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(i % 2 == 0 ? word(topic, r.nextInt(15)) : word(999, r.nextInt(200)));
    }
    sb.append('.');
    return StoryClustererTest.article(id, sb.toString(), date);
  }

  /** Topics of the given sizes, dated within a few days of each other, in a shuffled order. */
  static List<Article> corpus(int[] sizes, Random r, Map<String, Integer> topicOf) {
    List<Article> out = new ArrayList<>();
    for (int t = 0; t < sizes.length; t++) {
      for (int k = 0; k < sizes[t]; k++) {
        String id = "t" + t + "-" + k;
        topicOf.put(id, t);
        out.add(article(id, t, "2024-03-" + String.format("%02d", 1 + r.nextInt(5)), r));
      }
    }
    Collections.shuffle(out, r);
    return out;
  }

  static Stories cluster(List<Article> articles, StoryClusterer.Options options) {
    return StoryClusterer.clusterByOrigin(articles, Map.of(), options,
        new CapitalizedNameFinder(), null);
  }

  @Property(tries = 15)
  void clustersPartitionTheInput(@ForAll("seeds") long seed,
      @ForAll @IntRange(min = 20, max = 50) int topics) {
    Random r = new Random(seed);
    int[] sizes = new int[topics];
    for (int t = 0; t < topics; t++) {
      sizes[t] = 1 + r.nextInt(8);
    }
    Map<String, Integer> topicOf = new HashMap<>();
    List<Article> articles = corpus(sizes, r, topicOf);
    // random copies: some articles share an origin with another of any topic
    Map<String, String> origins = new HashMap<>();
    for (int i = 0; i < articles.size() / 10; i++) {
      origins.put(articles.get(r.nextInt(articles.size())).id(),
          articles.get(r.nextInt(articles.size())).id());
    }
    Stories st = StoryClusterer.clusterByOrigin(articles, origins,
        StoryClusterer.Options.defaults(false).withLinkage(new Linkage(5, 30, 0.65, 2)),
        new CapitalizedNameFinder(), null);
    Set<String> seen = new HashSet<>();
    for (Event e : st.events()) {
      for (String id : e.articles()) {
        assertThat(seen.add(id)).as("article %s in one event only", id).isTrue();
      }
    }
    assertThat(seen).hasSize(articles.size());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Test
  void separateSubjectsOfVariedSizeFormSeparateEvents() {
    Random r = new Random(7);
    int[] sizes = new int[40];
    for (int t = 0; t < sizes.length; t++) {
      sizes[t] = 2 + t % 9;
    }
    Map<String, Integer> topicOf = new HashMap<>();
    List<Article> articles = corpus(sizes, r, topicOf);
    assertThat(articles.size()).isGreaterThanOrEqualTo(100);
    Stories st = cluster(articles, StoryClusterer.Options.defaults(false));
    assertThat(st.events()).hasSize(sizes.length);
    for (Event e : st.events()) {
      Set<Integer> topics = new HashSet<>();
      e.articles().forEach(id -> topics.add(topicOf.get(id)));
      assertThat(topics).as("event %s", e.id()).hasSize(1);
    }
  }

  @Test
  void anEventOfManyMoreReportsThanNeighboursStaysWhole() {
    Random r = new Random(17);
    int[] sizes = new int[31];
    sizes[0] = 150;
    for (int t = 1; t < sizes.length; t++) {
      sizes[t] = 2 + t % 4;
    }
    Map<String, Integer> topicOf = new HashMap<>();
    List<Article> articles = corpus(sizes, r, topicOf);
    StoryClusterer.Options defaults = StoryClusterer.Options.defaults(false);
    assertThat(sizes[0]).isGreaterThan(3 * defaults.linkage().neighbours());
    Stories st = cluster(articles, defaults);
    Set<String> eventsOfBig = new HashSet<>();
    topicOf.forEach((id, t) -> {
      if (t == 0) {
        eventsOfBig.add(st.eventOf().get(id));
      }
    });
    assertThat(eventsOfBig).hasSize(1);
    assertThat(st.events()).hasSize(sizes.length);
  }

  @Test
  void batchDoesNotDependOnInputOrder() {
    Random r = new Random(11);
    int[] sizes = new int[30];
    for (int t = 0; t < sizes.length; t++) {
      sizes[t] = 1 + t % 7;
    }
    List<Article> articles = corpus(sizes, r, new HashMap<>());
    Stories a = cluster(articles, StoryClusterer.Options.defaults(false));
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(3));
    Stories b = cluster(shuffled, StoryClusterer.Options.defaults(false));
    assertThat(b.eventOf()).isEqualTo(a.eventOf());
    assertThat(b.storyOf()).isEqualTo(a.storyOf());
  }

  @Test
  void aBatchBelowTheSmallestSizeKeepsTheCentroidRefinement() {
    Random r = new Random(5);
    List<Article> articles = corpus(new int[] {4, 3, 5, 2}, r, new HashMap<>());
    StoryClusterer.Options defaults = StoryClusterer.Options.defaults(false);
    assertThat(articles.size()).isLessThan(defaults.linkage().minUnits());
    assertThat(cluster(articles, defaults).eventOf())
        .isEqualTo(cluster(articles, defaults.withLinkage(null)).eventOf());
  }

  @Test
  void labelsAreTheSmallestIndexOfEachCluster() {
    Random r = new Random(13);
    List<Article> articles = corpus(new int[] {6, 6, 6, 6, 6}, r, new HashMap<>());
    List<Unit> units = new ArrayList<>();
    Vocabulary terms = new Vocabulary();
    Featurizer f = new Featurizer(new CapitalizedNameFinder(), terms, new Vocabulary());
    for (Article a : articles) {
      Unit u = f.featurize(a);
      terms.observe(u.terms);
      units.add(u);
    }
    int[] label = new Linkage(3, 10, 0.65, 2).cluster(units, terms, false);
    for (int i = 0; i < label.length; i++) {
      assertThat(label[i]).isLessThanOrEqualTo(i);
      assertThat(label[label[i]]).isEqualTo(label[i]);
    }
    assertThat(java.util.Arrays.stream(label).distinct().count()).isEqualTo(5);
  }

  @Test
  void rejectsSettingsOutOfRange() {
    assertThatThrownBy(() -> new Linkage(0, 30, 0.6, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Linkage(5, 4, 0.6, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Linkage(5, 30, 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Linkage(5, 30, 0.6, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

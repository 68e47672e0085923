package dev.quorum.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.model.Article;
import dev.quorum.model.Metadata;
import dev.quorum.model.Sentence;
import dev.quorum.model.Source;
import dev.quorum.model.Span;
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

class StoryClustererTest {

  /** Three made-up subjects, each with its own vocabulary and names. */
  static final String[][] TOPICS = {
    {"Harbor", "ferry", "storm", "sailings", "port", "freight", "harbor", "captain", "waves",
        "island", "Marlow", "coastguard"},
    {"Orchard", "apple", "harvest", "frost", "growers", "cider", "orchard", "pickers", "crop",
        "Kestle", "valley", "prices"},
    {"Observatory", "telescope", "comet", "astronomers", "orbit", "observatory", "mirror",
        "sky", "Verrin", "images", "night", "dome"},
  };

  static final String[] FILLER = {"the", "a", "of", "and", "on", "with", "after", "said"};

  /** An article of words drawn from one topic, one sentence of whitespace tokens. */
  static Article article(String id, int topic, String date, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(i % 3 == 2 ? FILLER[r.nextInt(FILLER.length)]
          : TOPICS[topic][r.nextInt(TOPICS[topic].length)]);
    }
    sb.append('.');
    return article(id, sb.toString(), date);
  }

  static Article article(String id, String text, String date) {
    List<Span> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '.') {
        i++;
      }
      if (i > start) {
        tokens.add(new Span(start, i));
      }
      if (i < text.length() && text.charAt(i) == '.') {
        tokens.add(new Span(i, i + 1));
        i++;
      }
    }
    Span all = new Span(0, text.length());
    return new Article(id, Source.file(id + ".txt"), Metadata.EMPTY.withPublished(date), "eng",
        text, List.of(all), List.of(new Sentence(all, tokens)), List.of());
  }

  static StoryClusterer clusterer() {
    return new StoryClusterer(StoryClusterer.Options.defaults(false), new CapitalizedNameFinder(),
        null);
  }

  @Property(tries = 40)
  void clustersPartitionTheInput(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll boolean secondLook) {
    Random r = new Random(seed);
    List<Article> articles = new ArrayList<>();
    Map<String, String> origins = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = "a" + i;
      articles.add(article(id, r.nextInt(TOPICS.length),
          r.nextInt(4) == 0 ? null : "2024-01-" + (10 + r.nextInt(20)), r));
      if (i > 0 && r.nextInt(5) == 0) {
        origins.put(id, "a" + r.nextInt(i));
      }
    }
    StoryClusterer.Options d = StoryClusterer.Options.defaults(false);
    StoryClusterer c = new StoryClusterer(
        secondLook ? d.withEvents(d.events().withSecondLook(0.2)) : d,
        new CapitalizedNameFinder(), null);
    for (int i = 0; i < n; i += 7) {
      c.addBatch(articles.subList(i, Math.min(n, i + 7)), origins, false);
    }
    assertPartition(c.stories(), articles, origins);
  }

  /** Every article in exactly one event, storylines the union of their events, copies along. */
  static void assertPartition(Stories s, List<Article> articles, Map<String, String> origins) {
    List<String> seen = new ArrayList<>();
    for (Event e : s.events()) {
      seen.addAll(e.articles());
      assertThat(e.origins()).isBetween(1, e.articles().size());
    }
    assertThat(seen).hasSize(articles.size()).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(
        new HashSet<>(articles.stream().map(Article::id).toList()));
    for (Story st : s.stories()) {
      Set<String> union = new HashSet<>();
      st.events().forEach(e -> union.addAll(e.articles()));
      assertThat(union).isEqualTo(new HashSet<>(st.articles()));
    }
    Map<String, String> eventOf = s.eventOf();
    origins.forEach((copy, origin) -> {
      if (!origins.containsKey(origin)) {
        assertThat(eventOf.get(copy)).isEqualTo(eventOf.get(origin));
      }
    });
  }

  @Property(tries = 40)
  void refinementNeverLosesOrDuplicatesAnArticle(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 1000) int seed,
      @ForAll @IntRange(min = 1, max = 3) int rounds, @ForAll boolean merge,
      @ForAll boolean streamed) {
    Random r = new Random(seed);
    List<Article> articles = new ArrayList<>();
    Map<String, String> origins = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = "a" + i;
      articles.add(article(id, r.nextInt(TOPICS.length),
          r.nextInt(4) == 0 ? null : "2024-01-" + (10 + r.nextInt(20)), r));
      if (i > 0 && r.nextInt(5) == 0) {
        origins.put(id, "a" + r.nextInt(i));
      }
    }
    // every copy points at an article that is its own origin
    origins.replaceAll((copy, origin) -> {
      String root = origin;
      while (origins.containsKey(root)) {
        root = origins.get(root);
      }
      return root;
    });
    StoryClusterer.Options o = StoryClusterer.Options.defaults(false)
        .withRefine(rounds, merge ? 0.0 : Double.POSITIVE_INFINITY);
    Stories s;
    if (streamed) {
      StoryClusterer c = new StoryClusterer(o, new CapitalizedNameFinder(), null);
      c.keepForRefinement();
      for (int i = 0; i < n; i += 7) {
        c.addBatch(articles.subList(i, Math.min(n, i + 7)), origins, false);
      }
      c.refine();
      s = c.stories();
    } else {
      s = StoryClusterer.clusterByOrigin(articles, origins, o, new CapitalizedNameFinder(), null);
    }
    assertPartition(s, articles, origins);
  }

  @Test
  void refinedBatchDoesNotDependOnInputOrderAndMergesNoMoreThanItMust() {
    Random r = new Random(21);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      articles.add(article(String.format("t%d-%02d", i % 3, i), i % 3,
          "2024-03-" + (10 + r.nextInt(9)), r));
    }
    StoryClusterer.Options o = StoryClusterer.Options.defaults(false).withRefine(3,
        Double.POSITIVE_INFINITY);
    Stories first = StoryClusterer.cluster(articles, null, o, new CapitalizedNameFinder(), null);
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(9));
    assertThat(StoryClusterer.cluster(shuffled, null, o, new CapitalizedNameFinder(), null))
        .isEqualTo(first);
    // three separate subjects stay three pure events
    for (Event e : first.events()) {
      assertThat(e.articles()).allMatch(a -> a.substring(0, 2).equals(
          e.articles().get(0).substring(0, 2)));
    }
    assertThat(first.events()).hasSize(3);
  }

  @Test
  void undatedOriginsKeepTheirFirstPassEvent() {
    Random r = new Random(4);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      articles.add(article("u" + i, r.nextInt(3), null, r));
    }
    StoryClusterer.Options d = StoryClusterer.Options.defaults(false);
    Stories plain = StoryClusterer.cluster(articles, null, d.withRefine(0,
        Double.POSITIVE_INFINITY), new CapitalizedNameFinder(), null);
    Stories refined = StoryClusterer.cluster(articles, null, d.withRefine(3,
        Double.POSITIVE_INFINITY), new CapitalizedNameFinder(), null);
    assertThat(refined.eventOf()).isEqualTo(plain.eventOf());
  }

  @Test
  void refineNeedsTheUnitsKeptFromTheStart() {
    StoryClusterer c = clusterer();
    c.add(article("k1", 0, "2024-01-02", new Random(1)));
    org.assertj.core.api.Assertions.assertThatThrownBy(c::refine)
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(c::keepForRefinement)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void separateSubjectsFormSeparateEventsAndOneSubjectOneEvent() {
    Random r = new Random(3);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      articles.add(article(String.format("t%d-%02d", i % 3, i), i % 3, "2024-02-0" + (1 + i % 5),
          r));
    }
    Stories s = StoryClusterer.cluster(articles, null, StoryClusterer.Options.defaults(false),
        new CapitalizedNameFinder(), null);
    assertThat(s.events()).hasSize(3);
    for (Event e : s.events()) {
      assertThat(e.articles()).hasSize(4)
          .allMatch(a -> a.substring(0, 2).equals(e.articles().get(0).substring(0, 2)));
      assertThat(e.first()).isEqualTo("2024-02-01");
      assertThat(e.entities()).isNotEmpty();
    }
  }

  @Test
  void batchResultDoesNotDependOnInputOrder() {
    Random r = new Random(11);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      articles.add(article("x" + i, r.nextInt(3), "2024-03-" + (10 + r.nextInt(9)), r));
    }
    Stories first = StoryClusterer.cluster(articles, null, StoryClusterer.Options.defaults(false),
        new CapitalizedNameFinder(), null);
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(5));
    Stories second = StoryClusterer.cluster(shuffled, null,
        StoryClusterer.Options.defaults(false), new CapitalizedNameFinder(), null);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void batchResultWithTheSecondLookDoesNotDependOnInputOrder() {
    Random r = new Random(12);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      articles.add(article("y" + i, r.nextInt(3), "2024-03-" + (10 + r.nextInt(9)), r));
    }
    StoryClusterer.Options d = StoryClusterer.Options.defaults(false);
    StoryClusterer.Options o = d.withEvents(d.events().withSecondLook(0.2));
    Stories first = StoryClusterer.cluster(articles, null, o, new CapitalizedNameFinder(), null);
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(6));
    Stories second = StoryClusterer.cluster(shuffled, null, o, new CapitalizedNameFinder(), null);
    assertThat(second).isEqualTo(first);
    Stories plain = StoryClusterer.cluster(articles, null, d, new CapitalizedNameFinder(), null);
    assertThat(first.events().size()).isLessThanOrEqualTo(plain.events().size());
  }

  @Test
  void copiesOfOneOriginCountOnce() {
    Random r = new Random(8);
    Article a = article("orig", 0, "2024-04-01", r);
    Article copy = article("copy", a.text(), "2024-04-02");
    Article other = article("other", 0, "2024-04-01", r);
    CopyReport report = new CopyReport(List.of(),
        List.of(new Origin("copy", List.of("copy", "orig")), new Origin("other", List.of("other"))));
    Stories s = StoryClusterer.cluster(List.of(a, copy, other), report,
        StoryClusterer.Options.defaults(false), new CapitalizedNameFinder(), null);
    Event e = s.events().stream().filter(x -> x.articles().contains("orig")).findFirst()
        .orElseThrow();
    assertThat(e.articles()).contains("copy");
    assertThat(e.origins()).isEqualTo(e.articles().size() - 1);
  }

  @Test
  void theActiveWindowStaysWithinItsBound() {
    StoryClusterer.Options d = StoryClusterer.Options.defaults(false);
    StoryClusterer.Options small = d.withEvents(d.events().withMaxActive(5))
        .withStorylines(d.storylines().withMaxActive(5));
    StoryClusterer c = new StoryClusterer(small, new CapitalizedNameFinder(), null);
    Random r = new Random(2);
    for (int i = 0; i < 60; i++) {
      // each article its own made-up subject: every one founds an event
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        sb.append(w == 0 ? "" : " ").append("w").append(i).append('x').append(r.nextInt(9));
      }
      c.add(article("u" + i, sb.toString(), "2024-05-01"));
      assertThat(c.active()[0]).isLessThanOrEqualTo(5);
      assertThat(c.active()[1]).isLessThanOrEqualTo(5);
    }
    assertThat(c.stories().events()).hasSize(60);
  }
}
